package org.aioschedule.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * What Kura's deployment agent does at every start: the deployment packages named in {@code dpa.properties} are
 * installed again through DeploymentAdmin (the framework forgot them). On the first boot the gateway's own packages
 * are copied in and recorded.
 */
final class PackageAgent {

    private static final String DEPLOYMENT_ADMIN = "org.osgi.service.deploymentadmin.DeploymentAdmin";

    private final BundleContext context;
    private final GatewayLayout layout;
    private final Path registry;

    PackageAgent(BundleContext context, GatewayLayout layout) {
        this.context = context;
        this.layout = layout;
        this.registry = layout.packages.resolve("dpa.properties");
    }

    /**
     * Installs every recorded package; first records the gateway's own packages (first boot) and each of
     * {@code extra} not yet recorded (copied to packages/, as Kura's agent keeps what it installed).
     */
    void installAll(List<Path> extra) throws IOException {
        if (!Files.exists(registry)) {
            record(layout.installation.packageFiles(), new Properties());
        }
        Properties entries = new Properties();
        try (InputStream in = Files.newInputStream(registry)) {
            entries.load(in);
        }
        List<Path> unrecorded = new ArrayList<>();
        for (Path file : extra) {
            if (!entries.containsValue(layout.packages.resolve(file.getFileName()).toUri().toString())) {
                unrecorded.add(file);
            }
        }
        if (!unrecorded.isEmpty()) {
            record(unrecorded, entries);
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(asMap(entries)).entrySet()) {
            Path file = java.nio.file.Paths.get(java.net.URI.create(entry.getValue()));
            install(file);
        }
    }

    private void install(Path file) throws IOException {
        ServiceReference<?> reference = context.getServiceReference(DEPLOYMENT_ADMIN);
        if (reference == null) {
            throw new IllegalStateException("No DeploymentAdmin: the runtime bundles did not start");
        }
        Object admin = context.getService(reference);
        try (InputStream in = Files.newInputStream(file)) {
            Method install = reference.getBundle().loadClass(DEPLOYMENT_ADMIN)
                    .getMethod("installDeploymentPackage", InputStream.class);
            install.invoke(admin, in);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Installing " + file + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DeploymentAdmin is not callable: " + e, e);
        } finally {
            context.ungetService(reference);
        }
    }

    private void record(List<Path> sources, Properties entries) throws IOException {
        int order = entries.size();
        for (Path source : sources) {
            Path target = layout.packages.resolve(source.getFileName());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            entries.setProperty(String.format("%02d-%s", order++, source.getFileName()), target.toUri().toString());
        }
        Path temporary = registry.resolveSibling("dpa.properties.tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            entries.store(out, "packages installed at every start, as Kura's deployment agent does");
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, registry, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }
}
