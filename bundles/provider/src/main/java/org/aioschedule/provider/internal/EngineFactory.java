package org.aioschedule.provider.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aioschedule.Task;
import org.aioschedule.engine.JobListener;
import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.provider.internal.config.SchedulerOptions;

/** Builds an engine from the scheduler's options; tests hand in a builder for a manual engine. */
final class EngineFactory {

    private final Supplier<SchedulerBuilder> builders;

    EngineFactory() {
        this(Schedulers::builder);
    }

    EngineFactory(Supplier<SchedulerBuilder> builders) {
        this.builders = builders;
    }

    /**
     * A started engine on {@code store} (which it does not own: closing the engine leaves it open); the listener
     * hears everything from the start, problems found in the stored jobs included.
     */
    SchedulerEngine build(SchedulerOptions options, JobStore store, Function<String, Optional<Task>> tasks,
            JobListener listener) {
        SchedulerBuilder builder = builders.get()
                .tasks(tasks)
                .listener(listener)
                .threads(options.executorThreads)
                .misfirePolicy(options.misfirePolicy)
                .misfireGrace(options.misfireGrace)
                .delivery(options.delivery)
                .taskTimeout(options.taskTimeout)
                .waitingRetention(options.waitingRetention)
                .historyRuns(options.historyRuns);
        if (options.zone != null) {
            builder.zone(options.zone);
        }
        return builder.store(store).build();
    }
}
