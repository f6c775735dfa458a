package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.aioschedule.engine.store.CrashWorkload;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.TestStrings;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Kills a writer process (JDBC store on the H2DbService emulator, H2 file database) with SIGKILL at random points and
 * checks that every acknowledged batch is visible, that no batch is partly visible, and that the store loads without
 * problems. {@code -Daioschedule.crash.iterations=N} (default 8), {@code -Daioschedule.crash.seed=S}.
 */
@Execution(ExecutionMode.CONCURRENT)
class JdbcJobStoreCrashTest {

    @TempDir
    Path work;

    @Test
    void killedWriterKeepsEveryAcknowledgedBatchAndNoPartialOne() throws Exception {
        String property = System.getProperty("aioschedule.crash.iterations", "");
        int iterations = property.isEmpty() ? 8 : Integer.parseInt(property);
        TestStrings.withSeed("aioschedule.crash.seed", seed -> killRepeatedly(seed, iterations));
    }

    private void killRepeatedly(long seed, int iterations) throws Exception {
        System.out.printf("JDBC crash test: seed %d, %d iterations (rerun with -Daioschedule.crash.seed=%d)%n", seed,
                iterations, seed);
        Random random = new Random(seed);
        CrashWorkload workload = new CrashWorkload(seed);
        String url = "jdbc:h2:file:" + work.resolve("db/kuradb").toAbsolutePath();
        Map<String, String> committed = new HashMap<>();
        long committedBatch = 0;
        int inFlightVisible = 0;
        long started = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            String context = "iteration " + i;
            ChildRun run = runAndKill(url, seed, random, i, committedBatch, context);
            long acked = Math.max(committedBatch, run.lastAck);
            Map<String, String> ackedState = advance(workload, committed, committedBatch, acked);
            Map<String, String> inFlight = workload.apply(ackedState, workload.batch(acked + 1, ackedState));
            LoadResult loaded = load(url);
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
                        + (acked + 1) + "; loaded meta " + loaded.records().get(CrashWorkload.META));
            }
        }
        System.out.printf("JDBC crash test: %d iterations in %.1f s, %d batches committed, unacknowledged batch "
                + "visible after %d kills%n", iterations, (System.nanoTime() - started) / 1e9, committedBatch,
                inFlightVisible);
    }

    private static LoadResult load(String url) throws Exception {
        H2DbServiceEmulator h2 = Emulators.h2(url);
        try (JdbcJobStore check = new JdbcJobStore(h2, "check")) {
            return check.load();
        } finally {
            Emulators.stop(h2);
        }
    }

    private ChildRun runAndKill(String url, long seed, Random random, int iteration, long committedBatch,
            String context) throws Exception {
        boolean duringLoad = random.nextInt(10) == 0;
        int targetAcks = random.nextInt(60);
        long jitterNanos = duringLoad ? random.nextInt(300_000_000) : random.nextInt(3_000_000);
        Path err = work.resolve("child-" + iteration + ".err");
        Predicate<String> trigger = duringLoad ? "LOADING"::equals
                : line -> line.startsWith("ACK ") && Long.parseLong(line.substring(4)) >= committedBatch + targetAcks
                        || targetAcks == 0 && line.startsWith("READY");
        Process child = start(url, seed, err);
        ChildRun run = new ChildRun(child, trigger);
        run.start();
        if (!run.triggered.await(30, TimeUnit.SECONDS) || run.ended) {
            child.destroyForcibly().waitFor();
            fail(context + ": writer stopped or stalled before the kill point; stderr: " + Files.readString(err));
        }
        LockSupport.parkNanos(jitterNanos);
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(context).isTrue();
        run.join(20_000);
        if (run.readyBatch >= 0) {
            assertThat(run.readyBatch).as(context + ": batch seen by the writer at load").isEqualTo(committedBatch);
            assertThat(run.readyProblems).as(context + ": problems at writer load").isZero();
        }
        return run;
    }

    private static Process start(String url, long seed, Path err) throws IOException {
        String java = System.getProperty("java.home") + "/bin/java";
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                JdbcCrashWriter.class.getName(), url, Long.toString(seed)).redirectError(err.toFile()).start();
    }

    private static Map<String, String> advance(CrashWorkload workload, Map<String, String> state, long from,
            long to) {
        Map<String, String> current = state;
        for (long b = from + 1; b <= to; b++) {
            current = workload.apply(current, workload.batch(b, current));
        }
        return current;
    }

    /** Reads the writer's stdout; releases the latch on the trigger line or at end of output. */
    private static final class ChildRun extends Thread {
        final CountDownLatch triggered = new CountDownLatch(1);
        private final Process child;
        private final Predicate<String> trigger;
        volatile long lastAck;
        volatile long readyBatch = -1;
        volatile int readyProblems;
        volatile boolean ended;

        ChildRun(Process child, Predicate<String> trigger) {
            this.child = child;
            this.trigger = trigger;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] parts = line.split(" ");
                    if (parts[0].equals("ACK")) {
                        lastAck = Long.parseLong(parts[1]);
                    } else if (parts[0].equals("READY")) {
                        readyBatch = Long.parseLong(parts[1]);
                        readyProblems = Integer.parseInt(parts[2]);
                    }
                    if (trigger.test(line)) {
                        triggered.countDown();
                    }
                }
            } catch (IOException e) {
                // the kill closed the pipe
            }
            ended = triggered.getCount() > 0;
            triggered.countDown();
        }
    }
}
