package org.aioschedule.provider.internal;

import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.store.MemoryJobStore;

/**
 * The only class that touches {@code org.aioschedule.engine.store}, which the engine bundle does not export yet
 * (the provider imports it optionally): when it is missing, loading this class fails with a {@link LinkageError} and
 * the caller falls back to the builder's default in-memory store.
 * <p>
 * One memory store is kept for the component's life, so that a rebuild of the engine keeps job state.
 */
final class JobStores {

    private final MemoryJobStore memory = new MemoryJobStore();

    /** Puts the chosen store into {@code builder}; returns a line that says what it is. */
    String apply(SchedulerBuilder builder, StoreChoice choice) {
        // The file store (FileJobStore(Path)) is being merged into the engine: once it is there, a FILE choice
        // becomes builder.store(new FileJobStore(choice.directory)). Until then it is kept in memory.
        builder.store(memory);
        if (choice.directory != null) {
            return "file store in " + choice.directory + " not available in this engine build yet: "
                    + memory.description() + " meanwhile";
        }
        return memory.description();
    }
}
