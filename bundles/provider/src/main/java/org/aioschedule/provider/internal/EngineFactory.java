package org.aioschedule.provider.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds an engine from the scheduler's options; tests hand in a builder for a manual engine. */
final class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    private final Supplier<SchedulerBuilder> builders;
    private JobStores stores;
    private boolean storesMissing;

    EngineFactory() {
        this(Schedulers::builder);
    }

    EngineFactory(Supplier<SchedulerBuilder> builders) {
        this.builders = builders;
    }

    /** A started engine; the line that says which store it uses is in {@link Built#store}. */
    Built build(SchedulerOptions options, StoreChoice choice, Function<String, Optional<Task>> tasks) {
        SchedulerBuilder builder = builders.get()
                .tasks(tasks)
                .threads(options.executorThreads)
                .misfirePolicy(options.misfirePolicy)
                .misfireGrace(options.misfireGrace)
                .delivery(options.delivery)
                .taskTimeout(options.taskTimeout);
        if (options.zone != null) {
            builder.zone(options.zone);
        }
        String store = applyStore(builder, choice);
        return new Built(builder.build(), store);
    }

    private String applyStore(SchedulerBuilder builder, StoreChoice choice) {
        if (!storesMissing) {
            try {
                if (stores == null) {
                    stores = new JobStores();
                }
                return stores.apply(builder, choice);
            } catch (LinkageError e) {
                storesMissing = true;
                LOG.debug("The engine does not export org.aioschedule.engine.store", e);
            }
        }
        String pending = choice.directory == null ? ""
                : "file store in " + choice.directory + " not available in this engine build yet: ";
        return pending + "memory (not durable): the engine bundle does not export its store package";
    }

    /** An engine and the description of its store. */
    static final class Built {
        final SchedulerEngine engine;
        final String store;

        Built(SchedulerEngine engine, String store) {
            this.engine = engine;
            this.store = store;
        }
    }
}
