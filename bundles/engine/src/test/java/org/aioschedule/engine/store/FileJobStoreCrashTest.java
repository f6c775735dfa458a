package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process with SIGKILL at random points and checks that every acknowledged batch is visible, that no
 * batch is partly visible, and that the store loads without problems. {@code -Daioschedule.crash.iterations=N}
 * (default 20), {@code -Daioschedule.crash.seed=S}.
 */
class FileJobStoreCrashTest {

    private static final long COMPACTION_BYTES = 2048;

    @TempDir
    Path work;

    private final CrashStats stats = new CrashStats();

    @Test
    void killedWriterKeepsEveryAcknowledgedBatchAndNoPartialOne() throws Exception {
        String property = System.getProperty("aioschedule.crash.iterations", "");
        int iterations = property.isEmpty() ? 20 : Integer.parseInt(property);
        TestStrings.withSeed("aioschedule.crash.seed", seed -> killRepeatedly(seed, iterations));
        assertThat(stats.compactions).as("compactions in the writer processes").isPositive();
    }

    private void killRepeatedly(long seed, int iterations) throws Exception {
        System.out.printf("crash test: seed %d, %d iterations (rerun with -Daioschedule.crash.seed=%d)%n", seed,
                iterations, seed);
        Random random = new Random(seed);
        CrashWorkload workload = new CrashWorkload(seed);
        Path store = work.resolve("store");
        Map<String, String> committed = new HashMap<>();
        long committedBatch = 0;
        long started = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            String context = "iteration " + i;
            ChildRun run = runAndKill(store, seed, random, i, committedBatch, context);
            long acked = Math.max(committedBatch, run.lastAck);
            Map<String, String> ackedState = advance(workload, committed, committedBatch, acked);
            Map<String, String> inFlight = workload.apply(ackedState, workload.batch(acked + 1, ackedState));
            LoadResult loaded = inspectCopy(store, work.resolve("check-" + i));
            assertThat(loaded.problems()).as(context).isEmpty();
            if (loaded.records().equals(ackedState)) {
                committed = ackedState;
                committedBatch = acked;
            } else if (loaded.records().equals(inFlight)) {
                committed = inFlight;
                committedBatch = acked + 1;
                stats.inFlightVisible++;
            } else {
                fail(context + ": store after the kill is neither the state after batch " + acked + " nor after "
                        + (acked + 1) + "; loaded meta " + loaded.records().get(CrashWorkload.META)
                        + "; writer output " + run.lines);
            }
        }
        System.out.printf("crash test: %d iterations in %.1f s, %d batches committed; %s%n", iterations,
                (System.nanoTime() - started) / 1e9, committedBatch, stats);
    }

    @Test
    void aSecondProcessCannotOpenALockedStore() throws Exception {
        Path store = work.resolve("locked");
        Process child = start(store, 1, work.resolve("locked.err"));
        try (BufferedReader out = reader(child)) {
            assertThat(out.readLine()).isEqualTo("LOADING");
            assertThat(out.readLine()).startsWith("READY");
            assertThatThrownBy(() -> new FileJobStore(store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process");
        } finally {
            child.destroyForcibly().waitFor();
        }
        try (FileJobStore reopened = new FileJobStore(store)) {
            assertThat(reopened.load().problems()).isEmpty();
        }
    }

    private ChildRun runAndKill(Path store, long seed, Random random, int iteration, long committedBatch,
            String context) throws Exception {
        boolean duringLoad = random.nextInt(10) == 0;
        int targetAcks = random.nextInt(40);
        long jitterNanos = duringLoad ? random.nextInt(50_000_000) : random.nextInt(3_000_000);
        Path err = work.resolve("child-" + iteration + ".err");
        Predicate<String> trigger = duringLoad ? "LOADING"::equals
                : line -> line.startsWith("ACK ") && ChildRun.number(line) >= committedBatch + targetAcks
                        || targetAcks == 0 && line.startsWith("READY");
        Process child = start(store, seed, err);
        ChildRun run = new ChildRun(child, trigger);
        run.start();
        if (!run.triggered.await(30, TimeUnit.SECONDS) || run.ended) {
            child.destroyForcibly().waitFor();
            fail(context + ": writer stopped or stalled before the kill point; stderr: " + Files.readString(err));
        }
        LockSupport.parkNanos(jitterNanos);
        // SIGKILL like Process.destroyForcibly(), which would also close our end of the pipe and lose ACK lines
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(context).isTrue();
        run.join(20_000);
        assertThat(run.failure).as(context + ": reading the writer's output").isNull();
        if (run.readyBatch >= 0) {
            assertThat(run.readyBatch).as(context + ": batch seen by the writer at load").isEqualTo(committedBatch);
            assertThat(run.readyProblems).as(context + ": problems at writer load; " + Files.readString(err))
                    .isZero();
        }
        stats.acks += Math.max(0, run.lastAck - committedBatch);
        stats.compactions += run.compactions;
        return run;
    }

    private static Process start(Path store, long seed, Path err) throws IOException {
        String java = System.getProperty("java.home") + "/bin/java";
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), store.toString(), Long.toString(seed), Long.toString(COMPACTION_BYTES))
                .redirectError(err.toFile()).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static Map<String, String> advance(CrashWorkload workload, Map<String, String> state, long from,
            long to) {
        Map<String, String> current = state;
        for (long b = from + 1; b <= to; b++) {
            current = workload.apply(current, workload.batch(b, current));
        }
        return current;
    }

    /** Loads a copy of the crashed store, so the next writer meets the crash state as it was. */
    private LoadResult inspectCopy(Path store, Path copy) throws Exception {
        Files.createDirectories(copy);
        Files.createDirectories(store);
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        stats.observe(copy);
        try (FileJobStore check = new FileJobStore(copy, COMPACTION_BYTES)) {
            return check.load();
        }
    }

    /** Reads the writer's stdout; releases the latch on the trigger line or at end of output. */
    private static final class ChildRun extends Thread {
        final CountDownLatch triggered = new CountDownLatch(1);
        private final Process child;
        private final Predicate<String> trigger;
        volatile long lastAck;
        volatile long readyBatch = -1;
        volatile int readyProblems;
        volatile int compactions;
        volatile boolean ended;
        volatile IOException failure;
        final StringBuffer lines = new StringBuffer();

        ChildRun(Process child, Predicate<String> trigger) {
            this.child = child;
            this.trigger = trigger;
            setDaemon(true);
        }

        static long number(String line) {
            return Long.parseLong(line.split(" ")[1]);
        }

        @Override
        public void run() {
            try (BufferedReader out = reader(child)) {
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
            String[] parts = line.split(" ");
            if (parts[0].equals("ACK")) {
                lastAck = Long.parseLong(parts[1]);
                compactions = Integer.parseInt(parts[2]);
            } else if (parts[0].equals("READY")) {
                readyBatch = Long.parseLong(parts[1]);
                readyProblems = Integer.parseInt(parts[2]);
            }
        }
    }

    /** What the kills hit, read from the files before the store repairs them. */
    private static final class CrashStats {
        long acks;
        long compactions;
        int inFlightVisible;
        int tornJournalTail;
        int insideCompaction;

        void observe(Path dir) throws IOException {
            byte[] journal = StoreFiles.readIfExists(dir.resolve("jobs.journal"));
            byte[] snapshot = StoreFiles.readIfExists(dir.resolve("jobs.snapshot"));
            if (journal != null) {
                List<Frames.Segment> segments = Frames.scan(journal, 0);
                if (!segments.isEmpty() && !segments.get(segments.size() - 1).intact) {
                    tornJournalTail++;
                }
            }
            boolean tmp = Files.exists(dir.resolve("jobs.snapshot.tmp"))
                    || Files.exists(dir.resolve("jobs.journal.tmp"));
            if (tmp || journal != null && snapshot != null && generation(journal) < generation(snapshot)) {
                insideCompaction++;
            }
        }

        private static long generation(byte[] file) {
            try {
                StoreFormat.In in = new StoreFormat.In(file, Frames.scan(file, 0).get(0));
                in.readByte();
                in.readByte();
                return in.readLong();
            } catch (CorruptDataException | RuntimeException e) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return acks + " acknowledged batches, " + compactions + " compactions, kills that left: the unacknowledged "
                    + "batch visible " + inFlightVisible + ", a torn journal tail " + tornJournalTail
                    + ", an unfinished compaction " + insideCompaction;
        }
    }
}
