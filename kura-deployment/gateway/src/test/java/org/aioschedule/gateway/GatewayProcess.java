package org.aioschedule.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The built gateway jar, run as a separate JVM the way a user runs it; its output is collected line by line. */
final class GatewayProcess implements AutoCloseable {

    final List<String> lines = new CopyOnWriteArrayList<>();
    private final Process process;
    private final Thread reader;

    private GatewayProcess(Process process) {
        this.process = process;
        reader = new Thread(this::read, "gateway-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar headless on {@code data}, its HTTP service on any free port (8080 may be taken). */
    static GatewayProcess start(Path data) throws IOException {
        return run("--headless", "--data", data.toString(), "--http", "0");
    }

    /** Starts the jar with {@code args} as given, standard error merged into the collected output. */
    static GatewayProcess run(String... args) throws IOException {
        Path jar = Paths.get(System.getProperty("gateway.jar", "target/gateway.jar")).toAbsolutePath();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new GatewayProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits, at most {@code limit}, for the process to end and its output to be read; returns its exit code. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Still running after " + limit + "; output:\n" + String.join("\n", lines));
        }
        reader.join(limit.toMillis());
        return process.exitValue();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e + ")");
        }
    }

    /** Waits, at most {@code limit}, until {@code count} lines match; fails with the output so far. */
    void await(Predicate<String> match, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (lines.stream().filter(match).count() < count) {
            if (System.nanoTime() - deadline > 0 || !process.isAlive()) {
                throw new AssertionError("Waited " + limit + " for " + count + " matching lines (alive: "
                        + process.isAlive() + "); output:\n" + String.join("\n", lines));
            }
            synchronized (lines) {
                lines.wait(50);
            }
        }
    }

    /** A power cut: SIGKILL, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean stop: SIGTERM, the shutdown hook stops the framework. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.toHandle().destroyForcibly();
        }
    }
}
