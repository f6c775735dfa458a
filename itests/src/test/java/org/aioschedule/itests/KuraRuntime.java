package org.aioschedule.itests;

import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.UrlProvisionOption;

/**
 * Kura's runtime composition (TOOLCHAIN.md): Equinox 3.16.0 (the framework on the classpath), Felix SCR 2.1.16,
 * Equinox CM 1.4.400, metatype 1.5.300 and event 1.5.500, org.eclipse.osgi.services 3.9.0 and util 3.5.300, Gson
 * 2.9.0, slf4j 1.7.36, Gogo runtime 1.1.0, H2 2.1.214; with the Kura emulator standing in for Kura's services and
 * aioschedule's bundles, all installed from the files the build copied (never mvn: URLs).
 */
final class KuraRuntime {

    private KuraRuntime() {
    }

    static Option[] composition(String name) {
        Path work = Paths.get(System.getProperty("itest.work", "target/itest-work"), name).toAbsolutePath();
        deleteRecursively(work);
        return options(
                frameworkProperty("kura.data").value(work.resolve("data").toString()),
                frameworkProperty("kura.snapshots").value(work.resolve("snapshots").toString()),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("info"),
                systemProperty("org.slf4j.simpleLogger.showDateTime").value("true"),
                systemProperty("gosh.args").value("--nointeractive"),
                file("slf4j-api"), file("slf4j-simple").noStart(),
                file("org.eclipse.osgi.util"), file("org.eclipse.osgi.services"),
                file("org.apache.felix.scr"), file("org.eclipse.equinox.cm"),
                file("org.eclipse.equinox.metatype"), file("org.eclipse.equinox.event"),
                file("org.apache.felix.gogo.runtime"), file("gson"), file("h2"),
                file("kura-api"), file("kura-emulator"),
                file("api"), file("engine"), file("provider"), file("examples"),
                junitBundles());
    }

    /** A fresh kura.data per test class: job state from an earlier run must not leak in. */
    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + directory, e);
        }
    }

    private static UrlProvisionOption file(String artifact) {
        File file = new File(System.getProperty("itest.bundles", "target/bundles"), artifact + ".jar");
        if (!file.isFile()) {
            throw new IllegalStateException("Missing " + file + ": run the integration tests with mvn verify");
        }
        return org.ops4j.pax.exam.CoreOptions.bundle(file.toURI().toString());
    }
}
