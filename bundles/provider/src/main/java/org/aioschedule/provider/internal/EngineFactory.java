package org.aioschedule.provider.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aioschedule.Task;
import org.aioschedule.engine.JobListener;
import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.provider.internal.config.SchedulerOptions;

/** Builds an engine from the scheduler's options; tests hand in a builder for a manual engine. */
final class EngineFactory {

    private final Supplier<SchedulerBuilder> builders;
    private final JobStores stores = new JobStores();

    EngineFactory() {
        this(Schedulers::builder);
    }

    EngineFactory(Supplier<SchedulerBuilder> builders) {
        this.builders = builders;
    }

    /**
     * A started engine on the chosen store (or on memory, with {@link Built#store}'s problem saying why); the
     * listener hears everything from the start, problems found in the stored jobs included.
     */
    Built build(SchedulerOptions options, StoreChoice choice, Function<String, Optional<Task>> tasks,
            JobListener listener) {
        SchedulerBuilder builder = builders.get()
                .tasks(tasks)
                .listener(listener)
                .threads(options.executorThreads)
                .misfirePolicy(options.misfirePolicy)
                .misfireGrace(options.misfireGrace)
                .delivery(options.delivery)
                .taskTimeout(options.taskTimeout);
        if (options.zone != null) {
            builder.zone(options.zone);
        }
        JobStores.Opened store = stores.open(choice);
        try {
            return new Built(builder.store(store.store).build(), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** An engine and the store it runs on; {@link #close()} stops the engine, then closes the store. */
    static final class Built implements AutoCloseable {
        final SchedulerEngine engine;
        final JobStores.Opened store;

        Built(SchedulerEngine engine, JobStores.Opened store) {
            this.engine = engine;
            this.store = store;
        }

        @Override
        public void close() {
            try {
                engine.close();
            } finally {
                store.close();
            }
        }
    }
}
