package org.aioschedule.itests;

import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.UrlProvisionOption;

/**
 * The runtime compositions the integration tests run on, chosen by the system property {@code itest.composition}
 * (set per module by the build):
 * <ul>
 * <li>{@code kura} (the default; module itests): Kura's runtime composition (TOOLCHAIN.md), Equinox 3.16.0 (the
 * framework on the classpath), Felix SCR 2.1.16, Equinox CM 1.4.400, metatype 1.5.300 and event 1.5.500,
 * org.eclipse.osgi.services 3.9.0 and util 3.5.300;</li>
 * <li>{@code current} (module itests-current): Felix framework 7.0.5 (the framework on that module's classpath),
 * Felix SCR 2.2 with the org.osgi.service.component, org.osgi.util.promise and org.osgi.util.function API bundles
 * (SCR 2.2 no longer exports them), Felix ConfigAdmin 1.9.26, metatype 1.2.4 with Felix log 1.3.0 (metatype needs
 * org.osgi.service.log), Felix EventAdmin 1.6.4;</li>
 * </ul>
 * both with Gson 2.9.0, slf4j 1.7.36, Gogo runtime 1.1, H2 2.1.214, sqlite-jdbc 3.42.0.0 (Kura's SQLite add-on
 * driver), the Kura emulator standing in for Kura's services
 * and aioschedule's bundles, all installed from the files the build copied (never mvn: URLs).
 */
final class KuraRuntime {

    private KuraRuntime() {
    }

    static Option[] composition(String name) {
        return composition(name, -1);
    }

    /**
     * The selected composition with an HTTP service on localhost's {@code httpPort} and Kura's REST stack
     * ({@link #httpStack()}), or without both when {@code httpPort} is negative.
     */
    static Option[] composition(String name, int httpPort) {
        Path work = Paths.get(System.getProperty("itest.work", "target/itest-work"), name).toAbsolutePath();
        deleteRecursively(work);
        List<Option> options = new ArrayList<>(Arrays.asList(
                frameworkProperty("kura.data").value(work.resolve("data").toString()),
                frameworkProperty("kura.snapshots").value(work.resolve("snapshots").toString()),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("info"),
                systemProperty("org.slf4j.simpleLogger.showDateTime").value("true"),
                systemProperty("gosh.args").value("--nointeractive")));
        if (httpPort >= 0) {
            options.add(frameworkProperty("org.osgi.service.http.port").value(Integer.toString(httpPort)));
            options.add(frameworkProperty("org.eclipse.equinox.http.jetty.http.host").value("127.0.0.1"));
            options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        }
        options.addAll(bundles(httpPort >= 0));
        options.add(junitBundles());
        return options.toArray(new Option[0]);
    }

    /** The composition the build selected for this module: {@code kura} or {@code current}. */
    static String name() {
        return System.getProperty("itest.composition", "kura");
    }

    /**
     * What the framework and SCR of the selected composition are, as "symbolic name version-prefix" pairs, so a test
     * can tell the composition it asked for is the one running (the framework comes from the module's classpath).
     */
    static String[] expectedFrameworkAndScr() {
        switch (name()) {
            case "kura":
                return new String[] {"org.eclipse.osgi 3.16.0", "org.apache.felix.scr 2.1.16"};
            case "current":
                return new String[] {"org.apache.felix.framework 7.0.5", "org.apache.felix.scr 2.2."};
            default:
                throw new IllegalStateException("Unknown itest.composition " + name() + ": kura or current");
        }
    }

    /**
     * What a {@link KuraGateway} of the selected composition installs at every boot, in order, before its deployment
     * packages: the runtime services with Kura's DeploymentAdmin 0.9.5 and DependencyManager 3.0.0, the Kura API
     * and the emulator.
     */
    static List<String> gatewayRuntime() {
        List<String> runtime = new ArrayList<>(Arrays.asList("slf4j-api", "slf4j-simple"));
        runtime.addAll(services());
        runtime.addAll(Arrays.asList("org.apache.felix.gogo.runtime", "gson", "h2", "sqlite-jdbc",
                "org.apache.felix.dependencymanager", "org.apache.felix.deploymentadmin", "kura-api", "kura-emulator"));
        return runtime;
    }

    /** The bundle that exports org.osgi.service.event in the selected composition. */
    static String eventApiBundle() {
        return "kura".equals(name()) ? "org.eclipse.osgi.services" : "org.apache.felix.eventadmin";
    }

    private static List<String> services() {
        switch (name()) {
            case "kura":
                return Arrays.asList("org.eclipse.osgi.util", "org.eclipse.osgi.services", "org.apache.felix.scr",
                        "org.eclipse.equinox.cm", "org.eclipse.equinox.metatype", "org.eclipse.equinox.event");
            case "current":
                return Arrays.asList("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
                        "org.apache.felix.log", "org.apache.felix.scr", "org.apache.felix.configadmin",
                        "org.apache.felix.metatype", "org.apache.felix.eventadmin");
            default:
                throw new IllegalStateException("Unknown itest.composition " + name() + ": kura or current");
        }
    }

    /**
     * The HTTP service and Kura's REST stack of the selected composition, in install order. {@code kura}: Kura
     * 5.4.1's (target-platform/config/kura.target-platform.build.properties) Equinox http.servlet 1.6.600 and
     * http.jetty 3.7.600 on Jetty 9.4.53 with javax.servlet 3.1; {@code current}: Felix HTTP Jetty 4.2 (Jetty 9.4
     * inside) with Felix's servlet API bundle. Both: the com.eclipsesource.jaxrs publisher 5.3.1, jersey-min 2.22.2
     * and provider-gson 2.3, jakarta activation 1.2.2 and xml.bind 2.3.3 (Jersey imports them), Felix UserAdmin
     * 1.0.4; the emulator stands in for Kura's REST provider and role store.
     */
    static List<String> httpStack() {
        List<String> stack = new ArrayList<>();
        if ("kura".equals(name())) {
            stack.addAll(Arrays.asList("javax.servlet-api", "jetty-util", "jetty-http", "jetty-io", "jetty-server",
                    "jetty-security", "jetty-servlet", "jetty-util-ajax", "org.eclipse.equinox.http.servlet",
                    "org.eclipse.equinox.http.jetty"));
        } else {
            stack.addAll(Arrays.asList("org.apache.felix.http.servlet-api", "org.apache.felix.http.jetty"));
        }
        stack.addAll(Arrays.asList("jakarta.activation-api", "jakarta.xml.bind-api", "jersey-min", "publisher",
                "provider-gson", "org.apache.felix.useradmin"));
        return stack;
    }

    /**
     * The runtime services, the HTTP stack if asked for, then the Kura API and emulator, then aioschedule's bundles,
     * in install order.
     */
    private static List<Option> bundles(boolean http) {
        List<Option> bundles = new ArrayList<>();
        bundles.add(file("slf4j-api"));
        bundles.add(file("slf4j-simple").noStart());
        services().stream().map(KuraRuntime::file).forEach(bundles::add);
        Stream.of("org.apache.felix.gogo.runtime", "gson", "h2", "sqlite-jdbc").map(KuraRuntime::file)
                .forEach(bundles::add);
        if (http) {
            httpStack().stream().map(KuraRuntime::file).forEach(bundles::add);
        }
        Stream.of("kura-api", "kura-emulator", "api", "engine", "provider", "examples").map(KuraRuntime::file)
                .forEach(bundles::add);
        return bundles;
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
