package org.aioschedule.kura.dp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A deployment package or a bundle read whole into memory: its entries in file order and its manifest. */
final class PackageFile {

    private final Path path;
    private final byte[] content;
    private final Map<String, byte[]> entries;

    private PackageFile(Path path, byte[] content) throws IOException {
        this.path = path;
        this.content = content;
        this.entries = read(content);
    }

    /** The file named by a system property that the build sets. */
    static PackageFile fromProperty(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with Maven");
        }
        Path file = Paths.get(value);
        try {
            return new PackageFile(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** A bundle stored inside this package. */
    PackageFile nested(String name) {
        byte[] bytes = bytes(name);
        try {
            return new PackageFile(path.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " inside " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /** The whole file, as stored. */
    byte[] content() {
        return content.clone();
    }

    int size() {
        return content.length;
    }

    List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    byte[] bytes(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("No entry " + name + " in " + path + ": " + entries.keySet());
        }
        return bytes;
    }

    Manifest manifest() {
        try {
            return new Manifest(new ByteArrayInputStream(bytes("META-INF/MANIFEST.MF")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String header(String name) {
        return manifest().getMainAttributes().getValue(name);
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zipIn = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zipIn.readAllBytes());
                }
            }
        }
        return entries;
    }
}
