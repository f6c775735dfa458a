package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import org.aioschedule.Delivery;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.testing.ForwardingJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.testing.TestTime;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.aioschedule.kura.emulator.internal.KeyValueDbServiceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What one run of one job costs each store: the engine's batches (each one durable write), and below them the file
 * store's journal bytes, the key-value service's set/delete calls, the database's transactions. Printed for
 * docs/persistence.md; only the budget (at most one batch per run with the defaults) is asserted.
 */
@Execution(ExecutionMode.CONCURRENT)
class WriteBudgetTest {

    private static final int RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void fileStore() throws Exception {
        Path journal = dir.resolve("jobs/jobs.journal");
        try (JobStore file = new FileJobStore(dir.resolve("jobs"))) {
            Counting counting = new Counting(file);
            long before = runOnce(counting, () -> Files.size(journal));
            long batches = counting.batches;
            long bytes = runMore(counting, () -> Files.size(journal)) - before;
            report("file", counting.batches - batches, bytes + " journal bytes", counting.lastRecord);
        }
    }

    @Test
    void keyValueStore() throws Exception {
        KeyValueDbServiceEmulator service = Emulators.keyValue(dir);
        Faults faults = new Faults();
        try (JobStore kv = new KeyValueJobStore(new FaultyKeyValue(service, faults), "kv")) {
            Counting counting = new Counting(kv);
            runOnce(counting, () -> 0L);
            long batches = counting.batches;
            faults.takeCount();
            runMore(counting, () -> 0L);
            int calls = faults.takeCount();
            report("key-value", counting.batches - batches, calls + " set/delete calls", counting.lastRecord);
            assertThat(calls).as("one set per batch of one known job").isEqualTo(counting.batches - batches);
        } finally {
            Emulators.stop(service);
        }
    }

    @Test
    void jdbcStoreOnH2File() throws Exception {
        H2DbServiceEmulator h2 = Emulators.h2("jdbc:h2:file:" + dir.resolve("db/kuradb").toAbsolutePath());
        Path file = dir.resolve("db/kuradb.mv.db");
        try (JobStore db = new JdbcJobStore(h2, "h2")) {
            Counting counting = new Counting(db);
            long before = runOnce(counting, () -> Files.size(file));
            long batches = counting.batches;
            long grown = runMore(counting, () -> Files.size(file)) - before;
            report("JDBC (H2 file)", counting.batches - batches, counting.batches - batches
                    + " transactions + CHECKPOINT SYNC, database file grew " + grown + " bytes", counting.lastRecord);
        } finally {
            Emulators.stop(h2);
        }
    }

    interface Size {
        long get() throws Exception;
    }

    private TestTime time = TestTime.at("2026-11-24T10:00:00Z");
    private SchedulerEngine engine;

    private long runOnce(Counting store, Size size) throws Exception {
        engine = Schedulers.builder().manual().clock(time).ticker(time).store(store)
                .tasks(pid -> java.util.Optional.of(context -> java.util.concurrent.CompletableFuture.completedFuture(null)))
                .build();
        engine.every(10).seconds().id("pump-1").delivery(Delivery.AT_LEAST_ONCE).run("org.example.pump");
        engine.flush();
        step();
        return size.get();
    }

    private long runMore(Counting store, Size size) throws Exception {
        for (int i = 1; i < RUNS; i++) {
            step();
        }
        long after = size.get();
        engine.close();
        return after;
    }

    private void step() {
        time.advance(Duration.ofSeconds(10));
        engine.runPending().toCompletableFuture().join();
    }

    private static void report(String store, long batches, String cost, String record) {
        System.out.printf("Write budget, %s store: %d runs of one job: %d batches (%.1f per run), %s; record %d "
                + "bytes: %s%n", store, RUNS - 1, batches, batches / (double) (RUNS - 1), cost, record.length(), record);
        assertThat(batches).as("batches per run").isLessThanOrEqualTo(RUNS - 1L);
    }

    /** Counts the engine's store writes (batches). */
    private static final class Counting extends ForwardingJobStore {
        long batches;
        String lastRecord = "";

        Counting(JobStore store) {
            super(store);
        }

        @Override
        public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
            batches++;
            upserts.values().forEach(record -> lastRecord = record);
            delegate.write(upserts, deletes);
        }

        @Override
        public void close() {
        }
    }
}
