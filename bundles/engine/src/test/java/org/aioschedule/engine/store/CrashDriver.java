package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Drives a crash test: a writer process (a main class that prints {@code LOADING}, then {@code READY <batch>
 * <problems>}, then {@code ACK <batch> [<compactions>]} after each durable batch of the {@link CrashWorkload}) is
 * killed with SIGKILL at random points; after each kill the store must hold exactly the acknowledged batches, or
 * those and the one in flight, and load without problems. The next writer reopens the crashed store itself.
 */
public final class CrashDriver {

    /** The store under test, as the writer sees it and as the test reads it back. */
    public interface Subject {
        /** The writer's arguments, the seed among them. */
        List<String> writerArguments(long seed);

        /** Loads what the store holds after the kill of {@code iteration}. */
        LoadResult inspect(int iteration) throws Exception;
    }

    private final Class<?> writer;
    private final Path work;
    private final int maxAcks;
    private final int loadJitterNanos;
    public long acknowledged;
    public long compactions;
    public int inFlightVisible;

    public CrashDriver(Class<?> writer, Path work, int maxAcks, int loadJitterNanos) {
        this.writer = writer;
        this.work = work;
        this.maxAcks = maxAcks;
        this.loadJitterNanos = loadJitterNanos;
    }

    /** Kills the writer {@code iterations} times; returns the number of batches committed in the end. */
    public long run(long seed, int iterations, Subject subject) throws Exception {
        Random random = new Random(seed);
        CrashWorkload workload = new CrashWorkload(seed);
        Map<String, String> committed = new HashMap<>();
        long committedBatch = 0;
        for (int i = 0; i < iterations; i++) {
            String context = "seed " + seed + ", iteration " + i;
            Child run = runAndKill(seed, subject, random, i, committedBatch, context);
            long acked = Math.max(committedBatch, run.lastAck);
            Map<String, String> ackedState = workload.advance(committed, committedBatch, acked);
            Map<String, String> inFlight = workload.apply(ackedState, workload.batch(acked + 1, ackedState));
            LoadResult loaded = subject.inspect(i);
            assertThat(loaded.problems()).as(context).isEmpty();
            if (loaded.records().equals(ackedState)) {
                committed = ackedState;
                committedBatch = acked;
            } else if (loaded.records().equals(inFlight)) {
                committed = inFlight;
                committedBatch = acked + 1;
                inFlightVisible++;
            } else {
                fail(context + ": store after the kill is neither the state after batch " + acked + " nor after "
                        + (acked + 1) + "; loaded meta " + loaded.records().get(CrashWorkload.META)
                        + "; writer output " + run.lines);
            }
        }
        return committedBatch;
    }

    /** Starts a writer on {@code subject} with {@code seed}; its stderr goes to {@code err}. */
    public Process start(long seed, Subject subject, Path err) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(writer.getName());
        command.addAll(subject.writerArguments(seed));
        return new ProcessBuilder(command).redirectError(err.toFile()).start();
    }

    private Child runAndKill(long seed, Subject subject, Random random, int iteration, long committedBatch,
            String context) throws Exception {
        boolean duringLoad = random.nextInt(10) == 0;
        int targetAcks = random.nextInt(maxAcks);
        long jitterNanos = duringLoad ? random.nextInt(loadJitterNanos) : random.nextInt(3_000_000);
        Path err = work.resolve("child-" + iteration + ".err");
        Predicate<String> trigger = duringLoad ? "LOADING"::equals
                : line -> line.startsWith("ACK ") && Child.field(line, 1) >= committedBatch + targetAcks
                        || targetAcks == 0 && line.startsWith("READY");
        Process process = start(seed, subject, err);
        Child run = new Child(process, trigger);
        run.start();
        if (!run.triggered.await(30, TimeUnit.SECONDS) || run.ended) {
            process.destroyForcibly().waitFor();
            fail(context + ": writer stopped or stalled before the kill point; stderr: "
                    + new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        }
        LockSupport.parkNanos(jitterNanos);
        // SIGKILL like Process.destroyForcibly(), which would also close our end of the pipe and lose ACK lines
        process.toHandle().destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(context).isTrue();
        run.join(20_000);
        assertThat(run.failure).as(context + ": reading the writer's output").isNull();
        if (run.readyBatch >= 0) {
            assertThat(run.readyBatch).as(context + ": batch seen by the writer at load").isEqualTo(committedBatch);
            assertThat(run.readyProblems).as(context + ": problems at writer load").isZero();
        }
        acknowledged += Math.max(0, run.lastAck - committedBatch);
        compactions += run.compactions;
        return run;
    }

    /** Reads the writer's stdout; releases the latch on the trigger line or at end of output. */
    private static final class Child extends Thread {
        final CountDownLatch triggered = new CountDownLatch(1);
        final StringBuffer lines = new StringBuffer();
        private final Process process;
        private final Predicate<String> trigger;
        volatile long lastAck;
        volatile long readyBatch = -1;
        volatile int readyProblems;
        volatile int compactions;
        volatile boolean ended;
        volatile IOException failure;

        Child(Process process, Predicate<String> trigger) {
            this.process = process;
            this.trigger = trigger;
            setDaemon(true);
        }

        static long field(String line, int index) {
            String[] parts = line.split(" ");
            return parts.length > index ? Long.parseLong(parts[index]) : 0;
        }

        @Override
        public void run() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    parse(line);
                    lines.append(line).append('|');
                    if (trigger.test(line)) {
                        triggered.countDown();
                    }
                }
            } catch (IOException e) {
                lines.append("EXCEPTION ").append(e);
                failure = e;
            }
            ended = triggered.getCount() > 0;
            triggered.countDown();
        }

        private void parse(String line) {
            if (line.startsWith("ACK ")) {
                lastAck = field(line, 1);
                compactions = (int) field(line, 2);
            } else if (line.startsWith("READY ")) {
                readyBatch = field(line, 1);
                readyProblems = (int) field(line, 2);
            }
        }
    }
}
