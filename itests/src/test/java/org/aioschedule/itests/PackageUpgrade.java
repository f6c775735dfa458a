package org.aioschedule.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The next release of a deployment package, made from the built one as a release would make it: a higher
 * {@code DeploymentPackage-Version}, and one bundle with a higher {@code Bundle-Version} (in its own manifest and in
 * the package's entry for it), so that DeploymentAdmin updates that bundle in place and leaves the others.
 */
final class PackageUpgrade {

    private PackageUpgrade() {
    }

    /**
     * Writes to {@code target} the package {@code source} at {@code packageVersion}, with {@code bundle} at
     * {@code bundleVersion}.
     */
    static Path write(Path source, Path target, String packageVersion, String bundle, String bundleVersion)
            throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(source))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("DeploymentPackage-Version", packageVersion);
            boolean found = false;
            for (Attributes entry : manifest.getEntries().values()) {
                if (bundle.equals(entry.getValue("Bundle-SymbolicName"))) {
                    entry.putValue("Bundle-Version", bundleVersion);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("No bundle " + bundle + " in " + source);
            }
            Files.createDirectories(target.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    byte[] content = readAll(in);
                    Attributes section = manifest.getAttributes(entry.getName());
                    if (section != null && bundle.equals(section.getValue("Bundle-SymbolicName"))) {
                        content = withBundleVersion(content, bundleVersion);
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static byte[] withBundleVersion(byte[] bundleJar, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bundleJar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    copy(in, out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy(in, bytes);
        return bytes.toByteArray();
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }
}
