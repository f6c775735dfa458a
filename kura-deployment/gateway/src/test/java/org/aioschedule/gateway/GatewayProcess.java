package org.aioschedule.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The built gateway jar, run as a separate JVM the way a user runs it; its output is collected line by line. */
public final class GatewayProcess implements AutoCloseable {

    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final Process process;
    private final Thread reader;

    private GatewayProcess(Process process) {
        this.process = process;
        reader = new Thread(this::read, "gateway-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar headless on {@code data}, its HTTP service on any free port (8080 may be taken). */
    public static GatewayProcess start(Path data) throws IOException {
        return run("--headless", "--data", data.toString(), "--http", "0");
    }

    /** Starts the jar with {@code args} as given, standard error merged into the collected output. */
    static GatewayProcess run(String... args) throws IOException {
        return launch(List.of(), Map.of(), List.of(args));
    }

    /**
     * Starts the jar in a JVM with the options {@code jvm} (system properties, ...) and the environment variables
     * {@code environment} added; standard error merged into the collected output, standard input kept open for
     * {@link #send}.
     */
    public static GatewayProcess launch(List<String> jvm, Map<String, String> environment, List<String> args)
            throws IOException {
        Path jar = Paths.get(System.getProperty("gateway.jar", "target/gateway.jar")).toAbsolutePath();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new GatewayProcess(builder.start());
    }

    /** The process id (for jcmd, and to tell the gateway's lives apart in the ledger). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Types a line at the console (the gateway runs with {@code --console}). */
    public void send(String command) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /**
     * Types {@code command} and waits, at most {@code limit}, for a line after it that matches; returns that line.
     */
    public String command(String command, Predicate<String> reply, Duration limit) throws IOException,
            InterruptedException {
        int from = lines.size();
        send(command);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (int i = from; i < lines.size(); i++) {
                if (reply.test(lines.get(i))) {
                    return lines.get(i);
                }
            }
            if (System.nanoTime() - deadline > 0 || !process.isAlive()) {
                throw new AssertionError("No reply to \"" + command + "\" within " + limit + " (alive: "
                        + process.isAlive() + "); output since:\n" + String.join("\n", lines.subList(from,
                                lines.size())));
            }
            synchronized (lines) {
                lines.wait(20);
            }
        }
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
                synchronized (lines) {
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e + ")");
        }
    }

    /** Waits, at most {@code limit}, until {@code count} lines match; fails with the output so far. */
    public void await(Predicate<String> match, int count, Duration limit) throws InterruptedException {
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

    /** Waits, at most {@code limit}, for the next line of output; returns quietly either way. */
    public void awaitOutput(Duration limit) throws InterruptedException {
        int seen = lines.size();
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lines) {
            while (lines.size() == seen && System.nanoTime() - deadline < 0) {
                lines.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }

    /** A power cut: SIGKILL, no shutdown hook runs. */
    public void kill() throws InterruptedException {
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
