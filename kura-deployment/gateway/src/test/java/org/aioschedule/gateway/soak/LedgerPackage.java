package org.aioschedule.gateway.soak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Writes the soak's task bundle ({@link LedgerActivator}, {@link LedgerTask}, from the test classes) wrapped in a
 * deployment package, the form in which the gateway installs task bundles (its {@code --package} option).
 */
public final class LedgerPackage {

    static final String BUNDLE = "org.aioschedule.soak.ledger";

    private LedgerPackage() {
    }

    /** Writes {@code soak-ledger.dp} into {@code directory}; returns its path. */
    public static Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path dp = directory.resolve("soak-ledger.dp");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("DeploymentPackage-SymbolicName", "org.aioschedule.soak");
        main.putValue("DeploymentPackage-Version", "1.0.0");
        Attributes entry = new Attributes();
        entry.putValue("Bundle-SymbolicName", BUNDLE);
        entry.putValue("Bundle-Version", "1.0.0");
        manifest.getEntries().put(BUNDLE + ".jar", entry);
        try (OutputStream file = Files.newOutputStream(dp); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry(BUNDLE + ".jar"));
            out.write(bundle());
            out.closeEntry();
        }
        return dp;
    }

    private static byte[] bundle() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BUNDLE);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", LedgerActivator.class.getName());
        main.putValue("Import-Package", "org.aioschedule,org.osgi.framework");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Class<?> type : new Class<?>[] {LedgerActivator.class, LedgerTask.class}) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    out.write(in.readAllBytes());
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
