package org.aioschedule.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** One boot of the emulated gateway: a fresh framework on wiped storage, Kura's runtime, then the packages. */
final class Gateway {

    static final String SCHEDULER = "org.aioschedule.Scheduler";

    private final GatewayLayout layout;
    private final java.util.List<Path> extraPackages;
    private final HttpAddress http;
    private Framework framework;

    Gateway(GatewayLayout layout, java.util.List<Path> extraPackages, HttpAddress http) {
        this.layout = layout;
        this.extraPackages = extraPackages;
        this.http = http;
    }

    void start() throws Exception {
        for (Path dir : new Path[] {layout.data, layout.snapshots, layout.packages}) {
            Files.createDirectories(dir);
        }
        boolean firstBoot = !hasSnapshot();
        framework = newFramework();
        framework.init();
        BundleContext context = framework.getBundleContext();
        java.util.List<Path> files = new java.util.ArrayList<>(layout.installation.runtimeBundles());
        if (http.enabled()) {
            files.addAll(layout.installation.httpBundles());
        }
        java.util.List<Bundle> runtime = new java.util.ArrayList<>();
        for (Path bundle : files) {
            runtime.add(context.installBundle(bundle.toUri().toString()));
        }
        framework.start();
        for (Bundle bundle : runtime) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        new PackageAgent(context, layout).installAll(extraPackages);
        awaitService(context, SCHEDULER, 60);
        if (firstBoot) {
            new FirstConfiguration(context).apply(shell());
        }
        Banner.print(layout, shell(), firstBoot, http);
    }

    Shell shell() {
        return new Shell(framework.getBundleContext());
    }

    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    synchronized void stop() {
        if (framework == null || framework.getState() != Bundle.ACTIVE) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
        } catch (BundleException | InterruptedException e) {
            System.err.println("The gateway did not stop cleanly: " + e);
        }
    }

    private Framework newFramework() {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, layout.framework.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("kura.data", layout.data.toString());
        config.put("kura.snapshots", layout.snapshots.toString());
        config.put("kura.packages", layout.packages.toString());
        config.put("gosh.args", "--nointeractive");
        config.put("org.slf4j.simpleLogger.showDateTime", "true");
        config.putAll(http.frameworkProperties());
        Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class).iterator();
        return factories.next().newFramework(config);
    }

    private boolean hasSnapshot() throws IOException {
        if (!Files.isDirectory(layout.snapshots)) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = Files.list(layout.snapshots)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("snapshot_"));
        }
    }

    static void awaitService(BundleContext context, String objectClass, int seconds)
            throws InterruptedException, InvalidSyntaxException {
        CountDownLatch up = new CountDownLatch(1);
        String filter = "(" + Constants.OBJECTCLASS + "=" + objectClass + ")";
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                up.countDown();
            }
        };
        context.addServiceListener(listener, filter);
        try {
            if (context.getServiceReferences((String) null, filter) == null && !up.await(seconds, TimeUnit.SECONDS)) {
                StringBuilder states = new StringBuilder();
                for (Bundle bundle : context.getBundles()) {
                    states.append(System.lineSeparator()).append("  ").append(bundle.getSymbolicName()).append(' ')
                            .append(bundle.getVersion()).append(": state ").append(bundle.getState());
                }
                throw new IllegalStateException("No " + objectClass + " service after " + seconds + " s: see the log"
                        + " above for the bundle or component that failed; bundles (32 = active):" + states);
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }
}
