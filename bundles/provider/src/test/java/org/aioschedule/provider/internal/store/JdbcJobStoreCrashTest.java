package org.aioschedule.provider.internal.store;


import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.aioschedule.engine.store.CrashDriver;
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
        String url = "jdbc:h2:file:" + work.resolve("db/kuradb").toAbsolutePath();
        CrashDriver driver = new CrashDriver(JdbcCrashWriter.class, work, 60, 300_000_000);
        long started = System.nanoTime();
        long committed = driver.run(seed, iterations, new CrashDriver.Subject() {
            @Override
            public List<String> writerArguments(long writerSeed) {
                return Arrays.asList(url, Long.toString(writerSeed));
            }

            @Override
            public LoadResult inspect(int iteration) throws Exception {
                return load(url);
            }
        });
        System.out.printf("JDBC crash test: %d iterations in %.1f s, %d batches committed, unacknowledged batch "
                + "visible after %d kills%n", iterations, (System.nanoTime() - started) / 1e9, committed,
                driver.inFlightVisible);
    }

    private static LoadResult load(String url) throws Exception {
        H2DbServiceEmulator h2 = Emulators.h2(url);
        try (JdbcJobStore check = new JdbcJobStore(h2, "check")) {
            return check.load();
        } finally {
            Emulators.stop(h2);
        }
    }
}
