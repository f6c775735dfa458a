package org.aioschedule.provider.internal;

import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.config.SchedulerOptions;

/**
 * Opens the chosen store. One memory store lives as long as the component, so that a rebuilt engine keeps the state
 * of its jobs even without a durable store; a file store is opened for each engine and closed after it.
 */
final class JobStores {

    private final MemoryJobStore memory = new MemoryJobStore();

    Opened open(StoreChoice choice) {
        if (choice.directory == null) {
            return new Opened(memory, false, null);
        }
        try {
            return new Opened(new FileJobStore(choice.directory), true, null);
        } catch (StoreException | RuntimeException e) {
            return new Opened(memory, false, "Scheduler " + SchedulerOptions.PID + ": cannot open the file store in "
                    + choice.directory + " (" + e.getMessage() + "); job state is kept in memory only until it can; "
                    + "fix the directory or set store.file.path, for example /opt/eclipse/kura/data/aioschedule");
        }
    }

    /** An open store; {@link #close()} closes it if it is not the shared memory store. */
    static final class Opened implements AutoCloseable {
        final JobStore store;
        final String description;
        /** Why the chosen store could not be used, or null. */
        final String problem;
        private final boolean owned;

        Opened(JobStore store, boolean owned, String problem) {
            this.store = store;
            this.owned = owned;
            this.problem = problem;
            this.description = store.description();
        }

        @Override
        public void close() {
            if (owned) {
                store.close();
            }
        }
    }
}
