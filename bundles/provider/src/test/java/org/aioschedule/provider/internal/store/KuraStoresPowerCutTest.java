package org.aioschedule.provider.internal.store;

import java.nio.file.Path;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.testing.ForwardingJobStore;
import org.aioschedule.engine.store.PowerCutContract;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.aioschedule.kura.emulator.internal.KeyValueDbServiceEmulator;
import org.junit.jupiter.api.Nested;

/**
 * Power cuts inside the commit window on the provider's stores: at the cut the store and the database service under
 * it are closed without a word from the engine, then opened again on the same files.
 */
class KuraStoresPowerCutTest {

    private static final String PID = "org.aioschedule.Scheduler";

    @Nested
    class JdbcOnH2File extends PowerCutContract {
        @Override
        protected JobStore open(Path directory) throws Exception {
            H2DbServiceEmulator h2 = Emulators.h2("jdbc:h2:file:" + directory.resolve("kuradb").toAbsolutePath());
            return new StoppingStore(new JdbcJobStore(h2, PID), () -> Emulators.stop(h2));
        }

        @Override
        protected int iterations() {
            return 10;
        }
    }

    @Nested
    class JdbcOnSqliteFile extends PowerCutContract {
        @Override
        protected JobStore open(Path directory) {
            DriverManagerDb sqlite = new DriverManagerDb("jdbc:sqlite:" + directory.resolve("kura.sqlite")
                    .toAbsolutePath());
            return new StoppingStore(new JdbcJobStore(sqlite, PID), () -> {
            });
        }

        @Override
        protected int iterations() {
            return 10;
        }
    }

    @Nested
    class KeyValue extends PowerCutContract {
        @Override
        protected JobStore open(Path directory) throws Exception {
            KeyValueDbServiceEmulator service = Emulators.keyValue(directory);
            return new StoppingStore(new KeyValueJobStore(service, PID), () -> Emulators.stop(service));
        }

        @Override
        protected int iterations() {
            return 10;
        }
    }

    /** Something that stops the service under a store. */
    interface Stop {
        void run() throws Exception;
    }

    /** A store whose close also stops the database service under it. */
    private static final class StoppingStore extends ForwardingJobStore {
        private final Stop stop;

        StoppingStore(JobStore store, Stop stop) {
            super(store);
            this.stop = stop;
        }

        @Override
        public void close() {
            delegate.close();
            try {
                stop.run();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the service under " + delegate.description(), e);
            }
        }
    }
}
