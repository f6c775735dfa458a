package org.aioschedule.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** Target 8: the shipped bundles (api, engine, provider) as built in bundles/*&#47;target, against 150 KB together. */
final class Sizes {

    private static final String[] SHIPPED = {"api", "engine", "provider"};

    private Sizes() {
    }

    static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".");
        long total = 0;
        for (String bundle : SHIPPED) {
            Path target = root.resolve("bundles").resolve(bundle).resolve("target");
            if (!Files.isDirectory(target)) {
                throw new IOException("no " + target
                        + ": build the bundles first (mvn -B -ntp -q package -DskipTests)");
            }
            try (Stream<Path> jars = Files.list(target)) {
                Path jar = jars.filter(path -> {
                    String name = path.getFileName().toString();
                    return name.startsWith(bundle + "-") && name.endsWith(".jar") && !name.endsWith("-tests.jar")
                            && !name.endsWith("-sources.jar");
                }).findFirst().orElseThrow(() -> new IOException("no " + bundle + " jar in " + target
                        + ": build the bundles first (mvn -B -ntp -q package -DskipTests)"));
                long size = Files.size(jar);
                total += size;
                System.out.printf("%-50s %,9d bytes%n", root.relativize(jar), size);
            }
        }
        System.out.printf("together: %,d bytes = %.1f KiB (target: 150 KB = 153,600 bytes as KiB, 150,000 as kB)%n",
                total, total / 1024.0);
    }
}
