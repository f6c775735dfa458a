package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
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
    private CrashDriver driver;
    private FileSubject subject;

    @BeforeEach
    void prepare() {
        driver = new CrashDriver(CrashWriter.class, work, 40, 50_000_000);
        subject = new FileSubject(work.resolve("store"));
    }

    /** The file store in a directory; each kill is inspected on a copy, so the next writer meets the crash as is. */
    private final class FileSubject implements CrashDriver.Subject {
        private final Path store;

        FileSubject(Path store) {
            this.store = store;
        }

        @Override
        public List<String> writerArguments(long seed) {
            return Arrays.asList(store.toString(), Long.toString(seed), Long.toString(COMPACTION_BYTES));
        }

        @Override
        public LoadResult inspect(int iteration) throws Exception {
            return inspectCopy(store, work.resolve("check-" + iteration));
        }
    }

    @Test
    void killedWriterKeepsEveryAcknowledgedBatchAndNoPartialOne() throws Exception {
        String property = System.getProperty("aioschedule.crash.iterations", "");
        int iterations = property.isEmpty() ? 20 : Integer.parseInt(property);
        TestStrings.withSeed("aioschedule.crash.seed", seed -> killRepeatedly(seed, iterations));
        assertThat(driver.compactions).as("compactions in the writer processes").isPositive();
    }

    private void killRepeatedly(long seed, int iterations) throws Exception {
        System.out.printf("crash test: seed %d, %d iterations (rerun with -Daioschedule.crash.seed=%d)%n", seed,
                iterations, seed);
        long started = System.nanoTime();
        long committed = driver.run(seed, iterations, subject);
        System.out.printf("crash test: %d iterations in %.1f s, %d batches committed, %d acknowledged, %d "
                + "compactions; kills that left the unacknowledged batch visible %d, %s%n", iterations,
                (System.nanoTime() - started) / 1e9, committed, driver.acknowledged, driver.compactions,
                driver.inFlightVisible, stats);
    }

    @Test
    void aSecondProcessCannotOpenALockedStore() throws Exception {
        Path store = work.resolve("locked");
        Process child = driver.start(1, new FileSubject(store), work.resolve("locked.err"));
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
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

    /** What the kills hit, read from the files before the store repairs them. */
    private static final class CrashStats {
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
            return "a torn journal tail " + tornJournalTail + ", an unfinished compaction " + insideCompaction;
        }
    }
}
