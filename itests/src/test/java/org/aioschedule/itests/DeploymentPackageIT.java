package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.options.UrlProvisionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.deploymentadmin.BundleInfo;
import org.osgi.service.deploymentadmin.DeploymentAdmin;
import org.osgi.service.deploymentadmin.DeploymentException;
import org.osgi.service.deploymentadmin.DeploymentPackage;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The deployment packages installed the way Kura installs them (KURA.md, "Deployment packages"): Felix
 * DeploymentAdmin 0.9.5 with DependencyManager 3.0.0 on Kura's runtime composition, the .dp read from a stream.
 * The shipped bundles are NOT installed beforehand here (DeploymentAdmin refuses a bundle already present outside a
 * package, TOOLCHAIN trap 14). The test touches aioschedule only through service names and the shell, never its
 * classes: a wire from this probe to a package's bundle would keep it alive after the package is uninstalled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeploymentPackageIT {

    private static final String SCHEDULER_DP = "org.aioschedule";
    private static final String EXAMPLES_DP = "org.aioschedule.examples";
    private static final Set<String> SCHEDULER_BUNDLES = new TreeSet<>(
            Arrays.asList("org.aioschedule.api", "org.aioschedule.engine", "org.aioschedule.provider"));
    private static final String EXAMPLES_BUNDLE = "org.aioschedule.examples";
    private static final String SHIPPED_SERVICES = "(|(objectClass=org.aioschedule.Scheduler)"
            + "(objectClass=org.aioschedule.Task)(component.name=org.aioschedule.Scheduler)"
            + "(component.name=org.aioschedule.Job)(component.name=org.aioschedule.provider.*)"
            + "(component.name=org.aioschedule.examples.*)(osgi.command.scope=schedule))";
    private static final List<String> SHIPPED_JARS = Arrays.asList("/api.jar", "/engine.jar", "/provider.jar",
            "/examples.jar");
    private static final long WAIT_MILLIS = 20_000;

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private BundleContext context;

    @Inject
    private DeploymentAdmin deploymentAdmin;

    @Inject
    private CommandProcessor commands;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> handler;

    /** Kura's composition and the emulator, without aioschedule's bundles, plus Kura's DeploymentAdmin. */
    @Configuration
    public Option[] config() {
        List<Option> options = Stream.of(KuraRuntime.composition("deployment-package"))
                .filter(option -> !isShippedBundle(option)).collect(Collectors.toCollection(ArrayList::new));
        options.add(CoreOptions.bundle(bundleFile("org.apache.felix.dependencymanager.jar").toURI().toString()));
        options.add(CoreOptions.bundle(bundleFile("org.apache.felix.deploymentadmin.jar").toURI().toString()));
        return options.toArray(new Option[0]);
    }

    @Before
    public void listen() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, "org/osgi/service/deployment/*");
        handler = context.registerService(EventHandler.class, events::add, properties);
    }

    @After
    public void uninstallEverything() throws Exception {
        handler.unregister();
        for (String name : Arrays.asList(EXAMPLES_DP, SCHEDULER_DP)) {
            DeploymentPackage dp = deploymentAdmin.getDeploymentPackage(name);
            if (dp != null) {
                dp.uninstall();
            }
        }
    }

    @Test
    public void shouldInstallSchedulerPackageFromStreamAndStartItsBundles() throws Exception {
        DeploymentPackage dp = install("org.aioschedule.dp");

        assertEquals(SCHEDULER_DP, dp.getName());
        assertEquals(SCHEDULER_BUNDLES, Stream.of(dp.getBundleInfos()).map(BundleInfo::getSymbolicName)
                .collect(Collectors.toCollection(TreeSet::new)));
        for (BundleInfo info : dp.getBundleInfos()) {
            Bundle bundle = dp.getBundle(info.getSymbolicName());
            assertNotNull(info.getSymbolicName() + " installed", bundle);
            assertEquals(info.getSymbolicName() + " started eagerly, as Kura relies on", Bundle.ACTIVE,
                    bundle.getState());
            assertEquals(info.getVersion(), bundle.getVersion());
            assertEquals("osgi-dp:" + info.getSymbolicName(), bundle.getLocation());
        }
        awaitEvent("INSTALL", SCHEDULER_DP, null);
        awaitEvent("COMPLETE", SCHEDULER_DP, Boolean.TRUE);
        assertNotNull("the scheduler comes up", awaitService("(objectClass=org.aioschedule.Scheduler)"));
        assertTrue("DeploymentAdmin keeps the package in " + packageStore(SCHEDULER_DP),
                Files.isDirectory(packageStore(SCHEDULER_DP)));
        String store = shell("schedule:store");
        assertTrue(store, store.contains("store.type=auto: Kura KeyValueDbService"));
    }

    @Test
    public void shouldLeaveNothingBehindWhenSchedulerPackageIsUninstalled() throws Exception {
        install("org.aioschedule.dp");
        awaitService("(objectClass=org.aioschedule.Scheduler)");
        assertTrue(describe(SHIPPED_SERVICES).contains("org.aioschedule.provider{"));
        events.clear();

        deploymentAdmin.getDeploymentPackage(SCHEDULER_DP).uninstall();

        // DeploymentAdmin 0.9.5 sends UNINSTALL and its COMPLETE with an empty deploymentpackage.name
        awaitEvent("UNINSTALL", null, null);
        awaitEvent("COMPLETE", null, Boolean.TRUE);
        assertNull(deploymentAdmin.getDeploymentPackage(SCHEDULER_DP));
        DeploymentPackage[] installed = deploymentAdmin.listDeploymentPackages();
        assertTrue(Arrays.toString(installed), Stream.of(installed).noneMatch(p -> SCHEDULER_DP.equals(p.getName())));
        assertEquals("no bundle of the package, in any state", new TreeSet<>(), shippedBundles());
        assertEquals("no service or command of the package", "[]", describe(SHIPPED_SERVICES));
        assertTrue("no stored copy of the package: " + packageStore(SCHEDULER_DP),
                Files.notExists(packageStore(SCHEDULER_DP)));
    }

    @Test
    public void shouldRunExampleTasksFromTheirOwnPackageAndDropThemWithIt() throws Exception {
        install("org.aioschedule.dp");
        DeploymentPackage examples = install("org.aioschedule.examples.dp");

        assertEquals(EXAMPLES_DP, examples.getName());
        assertEquals(1, examples.getBundleInfos().length);
        assertEquals(Bundle.ACTIVE, examples.getBundle(EXAMPLES_BUNDLE).getState());
        await(() -> shell("schedule:tasks").contains("org.aioschedule.examples.job_with_argument"),
                "the scheduler sees the example tasks of the other package");

        examples.uninstall();

        await(() -> !shell("schedule:tasks").contains("org.aioschedule.examples.job"),
                "the example tasks are gone with their package");
        assertEquals(SCHEDULER_BUNDLES, shippedBundles());
        assertNotNull("the scheduler stays up", context.getServiceReferences((String) null,
                "(objectClass=org.aioschedule.Scheduler)"));
    }

    @Test
    public void shouldRefusePackageWhoseBundleIsAlreadyInstalledOutsideAPackage() throws Exception {
        Bundle loose = context.installBundle(bundleFile("api.jar").toURI().toString());
        try {
            install("org.aioschedule.dp");
            fail("DeploymentAdmin installed a package over a bundle installed outside it");
        } catch (DeploymentException expected) {
            assertNull(deploymentAdmin.getDeploymentPackage(SCHEDULER_DP));
            assertEquals("nothing of the refused package stays", new TreeSet<>(Arrays.asList("org.aioschedule.api")),
                    shippedBundles());
        } finally {
            loose.uninstall();
        }
    }

    private DeploymentPackage install(String file) throws Exception {
        try (InputStream in = Files.newInputStream(bundleFile(file).toPath())) {
            return deploymentAdmin.installDeploymentPackage(in);
        }
    }

    /**
     * Where Felix DeploymentAdmin keeps an installed package (its data area, {@code packages/<name>}), in Equinox's
     * storage layout ({@code org.eclipse.osgi/<bundle id>/data}).
     */
    private Path packageStore(String name) {
        Bundle deploymentAdminBundle = Stream.of(context.getBundles())
                .filter(bundle -> "org.apache.felix.deploymentadmin".equals(bundle.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no DeploymentAdmin bundle"));
        return Paths.get(context.getProperty("org.osgi.framework.storage"), "org.eclipse.osgi",
                String.valueOf(deploymentAdminBundle.getBundleId()), "data", "packages", name);
    }

    private Set<String> shippedBundles() {
        return Stream.of(context.getBundles()).map(Bundle::getSymbolicName)
                .filter(name -> SCHEDULER_BUNDLES.contains(name) || EXAMPLES_BUNDLE.equals(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private ServiceReference<?> awaitService(String filter) throws Exception {
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        tracker.open(true);
        try {
            if (tracker.waitForService(WAIT_MILLIS) == null) {
                throw new AssertionError("No service " + filter + " within " + WAIT_MILLIS + " ms");
            }
            return tracker.getServiceReference();
        } finally {
            tracker.close();
        }
    }

    private Event awaitEvent(String type, String packageName, Boolean successful) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        for (long left = WAIT_MILLIS; left > 0; left = deadline - System.currentTimeMillis()) {
            Event event = events.poll(left, TimeUnit.MILLISECONDS);
            if (event != null) {
                seen.add(describe(event));
            }
            if (event != null && event.getTopic().equals("org/osgi/service/deployment/" + type)
                    && (packageName == null || packageName.equals(event.getProperty("deploymentpackage.name")))
                    && (successful == null || successful.equals(event.getProperty("successful")))) {
                return event;
            }
        }
        throw new AssertionError("No " + type + " event for " + packageName + " within " + WAIT_MILLIS + " ms; seen "
                + seen);
    }

    private String describe(String serviceFilter) throws Exception {
        ServiceReference<?>[] references = context.getServiceReferences((String) null, serviceFilter);
        return Stream.of(references == null ? new ServiceReference<?>[0] : references)
                .map(ref -> Stream.of(ref.getPropertyKeys()).map(key -> key + "=" + valueOf(ref.getProperty(key)))
                        .collect(Collectors.joining(", ", ref.getBundle().getSymbolicName() + "{", "}")))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private static String valueOf(Object value) {
        return value instanceof String[] ? Arrays.toString((String[]) value) : String.valueOf(value);
    }

    private static String describe(Event event) {
        return event.getTopic() + Stream.of(event.getPropertyNames())
                .map(name -> name + "=" + event.getProperty(name)).collect(Collectors.joining(", ", "{", "}"));
    }



    private static boolean isShippedBundle(Option option) {
        return option instanceof UrlProvisionOption
                && SHIPPED_JARS.stream().anyMatch(((UrlProvisionOption) option).getURL()::endsWith);
    }

    private static File bundleFile(String name) {
        File file = new File(System.getProperty("itest.bundles", "target/bundles"), name);
        if (!file.isFile()) {
            throw new IllegalStateException("Missing " + file + ": run the integration tests with mvn verify");
        }
        return file;
    }

    private String shell(String command) {
        return Probe.shell(commands, command);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Probe.await(condition, what, WAIT_MILLIS);
    }
}
