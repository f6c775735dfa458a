package org.aioschedule.provider.internal.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.PowerCutContract;
import org.aioschedule.engine.store.StoreException;
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
    private static final class StoppingStore implements JobStore {
        private final JobStore store;
        private final Stop stop;

        StoppingStore(JobStore store, Stop stop) {
            this.store = store;
            this.stop = stop;
        }

        @Override
        public String description() {
            return store.description();
        }

        @Override
        public boolean isDurable() {
            return store.isDurable();
        }

        @Override
        public LoadResult load() throws StoreException {
            return store.load();
        }

        @Override
        public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
            store.write(upserts, deletes);
        }

        @Override
        public void quarantine(String id, String record, String reason) throws StoreException {
            store.quarantine(id, record, reason);
        }

        @Override
        public void close() {
            store.close();
            try {
                stop.run();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the service under " + store.description(), e);
            }
        }
    }
}
