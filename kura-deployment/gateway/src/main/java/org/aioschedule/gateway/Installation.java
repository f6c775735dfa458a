package org.aioschedule.gateway;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the launcher's files are: {@code runtime/} (Kura's own bundles) and {@code packages/} beside the jar. */
final class Installation {

    final Path runtime;
    final Path packages;

    Installation(Path home) {
        this.runtime = home.resolve("runtime");
        this.packages = home.resolve("packages");
    }

    static Installation locate() throws URISyntaxException {
        Path jar = Paths.get(LocalGateway.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new Installation(jar.getParent());
    }

    /** The runtime bundles in installation order (the order of {@link #RUNTIME}). */
    List<Path> runtimeBundles() {
        return files(RUNTIME);
    }

    /** Kura's HTTP/REST stack in installation order (the order of {@link #HTTP_STACK}). */
    List<Path> httpBundles() {
        return files(HTTP_STACK);
    }

    private List<Path> files(List<String> names) {
        return names.stream().map(name -> require(runtime.resolve(name + ".jar"))).collect(Collectors.toList());
    }

    List<Path> packageFiles() throws IOException {
        try (Stream<Path> files = Files.list(packages)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + ": build the gateway with "
                    + "mvn -B install -DskipTests");
        }
        return file;
    }

    static final List<String> RUNTIME = java.util.Arrays.asList("slf4j-api", "slf4j-simple", "org.eclipse.osgi.util",
            "org.eclipse.osgi.services", "org.apache.felix.scr", "org.eclipse.equinox.cm",
            "org.eclipse.equinox.metatype", "org.eclipse.equinox.event", "org.apache.felix.gogo.runtime", "gson", "h2",
            "sqlite-jdbc", "kura-api", "kura-emulator", "org.apache.felix.dependencymanager",
            "org.apache.felix.deploymentadmin");

    /**
     * Kura 5.4.1's HTTP service (Equinox http.servlet on Jetty 9.4), the JAX-RS whiteboard publisher with Jersey and
     * its Gson provider, the API packages Jersey needs on Java 11+, and Felix UserAdmin; the emulator's stand-in of
     * Kura's REST provider authenticates against UserAdmin.
     */
    static final List<String> HTTP_STACK = java.util.Arrays.asList("javax.servlet-api", "jetty-util", "jetty-http",
            "jetty-io", "jetty-server", "jetty-security", "jetty-servlet", "jetty-util-ajax",
            "org.eclipse.equinox.http.servlet",
            "org.eclipse.equinox.http.jetty", "jakarta.activation-api", "jakarta.xml.bind-api", "jersey-min",
            "publisher", "provider-gson", "org.apache.felix.useradmin");
}
