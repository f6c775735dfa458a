package org.aioschedule.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.aioschedule.itests.GatewayViews.GatewayEvent;
import org.aioschedule.itests.GatewayViews.JobView;
import org.aioschedule.itests.GatewayViews.TaskRun;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A Kura gateway on the bench: Kura's runtime composition and the Kura emulator in an Equinox framework of its own,
 * with Kura's durable directories under one home: {@code storage} (the framework's, wiped at every start as Kura's
 * {@code osgi.clean=true} does), {@code data} ({@code kura.data}), {@code snapshots} ({@code kura.snapshots}) and
 * {@code packages} ({@code kura.packages}, with {@code dpa.properties}).
 * <p>
 * {@link #reboot} is Kura's restart: the framework stops, a NEW framework object starts on the same storage with
 * {@code org.osgi.framework.storage.clean=onFirstInit} (no bundle, no ConfigurationAdmin entry survives), Kura's own
 * bundles (with Felix DeploymentAdmin 0.9.5 and DependencyManager 3.0.0) are installed again, the emulator's
 * ConfigurationService restores the newest snapshot, and every deployment package of {@code dpa.properties} is
 * installed again through DeploymentAdmin, as Kura's deployment agent does. The stop is clean (components
 * deactivated): a framework in this JVM cannot be killed, so a power cut is not emulated here.
 */
final class KuraGateway implements AutoCloseable {

    static final long WAIT_MILLIS = 20_000;

    private static final String[] KURA_RUNTIME = {"slf4j-api", "slf4j-simple", "org.eclipse.osgi.util",
        "org.eclipse.osgi.services", "org.apache.felix.scr", "org.eclipse.equinox.cm", "org.eclipse.equinox.metatype",
        "org.eclipse.equinox.event", "org.apache.felix.gogo.runtime", "gson", "h2", "sqlite-jdbc",
        "org.apache.felix.dependencymanager", "org.apache.felix.deploymentadmin", "kura-api", "kura-emulator"};

    private final Path home;
    private final Path bundles = Paths.get(System.getProperty("itest.bundles", "target/bundles"));
    private final List<GatewayEvent> events = new CopyOnWriteArrayList<>();
    private volatile Framework framework;
    private volatile int boot;
    private volatile long bootStartedAt;

    private KuraGateway(Path home) {
        this.home = home;
    }

    /** A gateway with a fresh home under {@code itest.work}, started with Kura's runtime and no package. */
    static KuraGateway start(String name) throws Exception {
        Path home = Paths.get(System.getProperty("itest.work", "target/itest-work"), name).toAbsolutePath();
        KuraRuntime.deleteRecursively(home);
        KuraGateway gateway = new KuraGateway(home);
        gateway.boot();
        return gateway;
    }

    Path home() {
        return home;
    }

    Path dataDirectory() {
        return home.resolve("data");
    }

    /** How many times the gateway started (1 before the first reboot). */
    int boots() {
        return boot;
    }

    /**
     * Deploys a deployment package as Kura's agent does: the {@code .dp} (a file in {@code itest.bundles}) is copied
     * to {@code kura.packages}, installed through DeploymentAdmin (which starts its bundles), and recorded in
     * {@code dpa.properties} as {@code <dp name>=file:<path>}, forced to disk.
     */
    void deploy(String dpFile) throws Exception {
        Path target = home.resolve("packages").resolve(dpFile);
        Files.createDirectories(target.getParent());
        Files.copy(file(dpFile), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Object dp = install(target);
        Map<String, String> packages = readPackages();
        packages.put((String) Reflect.call(dp, "getName"), target.toUri().toString());
        writePackages(packages);
    }

    private Object install(Path dp) throws Exception {
        try (InputStream in = Files.newInputStream(dp)) {
            return Reflect.call(service("org.osgi.service.deploymentadmin.DeploymentAdmin"),
                    "installDeploymentPackage", in);
        }
    }

    /** Kura's restart: stop, then a new framework on the wiped storage, configuration from the newest snapshot. */
    void reboot() throws Exception {
        reboot(Duration.ZERO);
    }

    /** As {@link #reboot()}, with the gateway off for at least {@code off} between the stop and the next start. */
    void reboot(Duration off) throws Exception {
        stop();
        long until = System.currentTimeMillis() + off.toMillis();
        while (System.currentTimeMillis() < until) {
            Thread.sleep(Math.max(1, Math.min(100, until - System.currentTimeMillis())));
        }
        boot();
    }

    /** When the current boot began (epoch milliseconds): the gateway was off before it. */
    long bootStartedAt() {
        return bootStartedAt;
    }

    private void boot() throws Exception {
        bootStartedAt = System.currentTimeMillis();
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.framework.storage", home.resolve("storage").toString());
        properties.put("org.osgi.framework.storage.clean", "onFirstInit");
        properties.put("kura.data", dataDirectory().toString());
        properties.put("kura.snapshots", home.resolve("snapshots").toString());
        properties.put("kura.packages", home.resolve("packages").toString());
        properties.put("gosh.args", "--nointeractive");
        Framework started = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties);
        started.start();
        framework = started;
        boot++;
        List<String> runtime = new ArrayList<>();
        for (String artifact : KURA_RUNTIME) {
            runtime.add(file(artifact).toUri().toString());
        }
        installAndStart(runtime);
        recordEvents();
        service("org.eclipse.kura.configuration.ConfigurationService");
        for (String location : readPackages().values()) {
            install(Paths.get(java.net.URI.create(location)));
        }
    }

    private void installAndStart(List<String> locations) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (String location : locations) {
            installed.add(context().installBundle(location));
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
        }
    }

    private void recordEvents() throws Exception {
        Class<?> handler = bundle("org.eclipse.osgi.services").loadClass("org.osgi.service.event.EventHandler");
        int thisBoot = boot;
        Object recorder = Reflect.implement(handler, "handleEvent",
                args -> events.add(new GatewayEvent(args[0], thisBoot)));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("event.topics", new String[] {"org/aioschedule/job/*", "org/eclipse/kura/clock"});
        registerAs(bundle("org.eclipse.osgi.services"), handler.getName(), recorder, properties);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    Bundle bundle(String symbolicName) {
        for (Bundle bundle : context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException("No bundle " + symbolicName + "\n" + diagnostics());
    }

    /** The service registered under {@code className}, waiting a bounded time for it. */
    Object service(String className) throws InterruptedException {
        Object[] found = new Object[1];
        await(() -> (found[0] = serviceNow(className)) != null, "service " + className);
        return found[0];
    }

    private Object serviceNow(String className) {
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(className, null);
            return refs == null ? null : context().getService(refs[0]);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Object configurationService() throws InterruptedException {
        return service("org.eclipse.kura.configuration.ConfigurationService");
    }

    /** The job as the scheduler sees it now, if the scheduler runs and has it. */
    Optional<JobView> job(String id) throws InterruptedException {
        Optional<?> job = (Optional<?>) Reflect.call(service("org.aioschedule.Scheduler"), "job", id);
        return job.map(JobView::new);
    }

    void createJob(String name, Map<String, Object> properties, boolean snapshot) throws InterruptedException {
        Reflect.call(configurationService(), "createFactoryConfiguration", "org.aioschedule.Job", name,
                properties, snapshot);
    }

    void updateConfiguration(String pid, Map<String, Object> properties) throws InterruptedException {
        Reflect.call(configurationService(), "updateConfiguration", pid, properties);
    }

    /** The properties ConfigurationAdmin holds for {@code pid} (empty when it holds none). */
    Map<String, Object> configuration(String pid) throws InterruptedException {
        Object config = Reflect.call(service("org.osgi.service.cm.ConfigurationAdmin"), "getConfiguration", pid, "?");
        Object dictionary = Reflect.call(config, "getProperties");
        Map<String, Object> map = new LinkedHashMap<>();
        if (dictionary != null) {
            for (Object key : Collections.list(((java.util.Dictionary<?, ?>) dictionary).keys())) {
                map.put(key.toString(), ((java.util.Dictionary<?, ?>) dictionary).get(key));
            }
        }
        return map;
    }

    /**
     * Registers, as a task bundle would, an {@code org.aioschedule.Task} with this PID that records each run and
     * completes at once; with a non-null {@code schedule} it is a whiteboard job ({@code aioschedule.schedule}).
     */
    ServiceRegistration<?> registerTask(String pid, String schedule, Consumer<TaskRun> runs) throws Exception {
        Class<?> task = bundle("org.aioschedule.api").loadClass("org.aioschedule.Task");
        int thisBoot = boot;
        Object service = Reflect.implement(task, "run", args -> runs.accept(new TaskRun(args[0], thisBoot)));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", pid);
        if (schedule != null) {
            properties.put("aioschedule.schedule", schedule);
        }
        return registerAs(bundle("org.aioschedule.api"), task.getName(), service, properties);
    }

    /**
     * Registers through a bundle wired to the service's package: registered by the system bundle, the service would
     * be judged not assignable (the system bundle sees the classpath's copy of the API) and never delivered.
     */
    private static ServiceRegistration<?> registerAs(Bundle bundle, String className, Object service,
            Hashtable<String, Object> properties) {
        return bundle.getBundleContext().registerService(className, service, properties);
    }

    /** Runs a Gogo command as the console does and returns its value as text. */
    String shell(String command) throws InterruptedException {
        return shellOn(service("org.apache.felix.service.command.CommandProcessor"), command);
    }

    private static String shellOn(Object commandProcessor, String command) {
        OutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true);
        InputStream in = new ByteArrayInputStream(new byte[0]);
        Object session = Reflect.call(commandProcessor, "createSession", in, print, print);
        try {
            return String.valueOf(Reflect.call(session, "execute", command));
        } finally {
            Reflect.call(session, "close");
        }
    }

    List<GatewayEvent> events(Predicate<GatewayEvent> filter) {
        List<GatewayEvent> matching = new ArrayList<>();
        for (GatewayEvent event : events) {
            if (filter.test(event)) {
                matching.add(event);
            }
        }
        return matching;
    }

    /** Polls {@code condition} until it holds, failing after {@value #WAIT_MILLIS} ms with the diagnostics. */
    void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within " + WAIT_MILLIS + " ms: " + what + "\n" + diagnostics());
            }
            Thread.sleep(20);
        }
    }

    /** Bundle and component states, the scheduler's problems, the events seen, and the framework's own log. */
    String diagnostics() {
        String problems;
        try {
            Object shell = serviceNow("org.apache.felix.service.command.CommandProcessor");
            problems = shell == null ? "no shell" : shellOn(shell, "schedule:problems");
        } catch (RuntimeException e) {
            problems = "schedule:problems failed: " + e;
        }
        return GatewayDiagnostics.dump(framework, events, home.resolve("storage")) + "schedule:problems\n"
                + problems + "\n";
    }

    private void stop() throws InterruptedException, BundleException {
        Framework running = framework;
        if (running != null) {
            running.stop();
            if (running.waitForStop(WAIT_MILLIS).getType() == org.osgi.framework.FrameworkEvent.WAIT_TIMEDOUT) {
                throw new IllegalStateException("The gateway framework did not stop within " + WAIT_MILLIS + " ms");
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        framework = null;
    }

    private Path file(String artifact) {
        File file = bundles.resolve(artifact.endsWith(".dp") ? artifact : artifact + ".jar").toFile();
        if (!file.isFile()) {
            throw new IllegalStateException("Missing " + file + ": run the integration tests with mvn verify");
        }
        return file.toPath().toAbsolutePath();
    }

    private Map<String, String> readPackages() throws IOException {
        Path file = home.resolve("packages/dpa.properties");
        java.util.Properties properties = new java.util.Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        Map<String, String> packages = new LinkedHashMap<>();
        for (String name : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            packages.put(name, properties.getProperty(name));
        }
        return packages;
    }

    /** Written as Kura's agent writes it: to disk, forced, before the install counts as done. */
    private void writePackages(Map<String, String> packages) throws IOException {
        Path file = home.resolve("packages/dpa.properties");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder();
        packages.forEach((name, locations) -> text.append(name).append('=').append(locations).append('\n'));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
