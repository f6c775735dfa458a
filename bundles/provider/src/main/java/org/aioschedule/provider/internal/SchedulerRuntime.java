package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aioschedule.ScheduleException;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs for one applied configuration of the scheduler: its options, the store chosen for them and its status,
 * the engine on that store (none while disabled or when it did not start) and what went wrong building them. The
 * scheduler component builds, swaps and closes it as a unit under its lock; it never changes once built, so it is read
 * without the lock. The open store itself outlives a runtime when the next one chooses the same store: it belongs to
 * {@link JobStores}, which carries the state over when the store changes.
 */
final class SchedulerRuntime {

    /** The long-lived parts every runtime is built from: the store side, the engine factory, the jobs to define. */
    static final class Parts {
        final JobStores stores;
        final EngineFactory factory;
        final EventPublisher events;
        final ConfiguredJobs configured;
        final TaskWhiteboard whiteboard;

        Parts(JobStores stores, EngineFactory factory, EventPublisher events, ConfiguredJobs configured,
                TaskWhiteboard whiteboard) {
            this.stores = stores;
            this.factory = factory;
            this.events = events;
            this.configured = configured;
            this.whiteboard = whiteboard;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRuntime.class);

    /** Before activation, after deactivation and while the next runtime is built: no options, no engine. */
    static final SchedulerRuntime INACTIVE = new SchedulerRuntime(null, JobStores.NOT_ACTIVE, null, null, null,
            new ArrayList<>());

    /** Null when {@link #INACTIVE}. */
    final SchedulerOptions options;
    /** For {@code schedule:store}: why this store, what is in use, and whether the engine runs on it. */
    final String status;
    private final StoreChoice choice;
    private final SchedulerEngine engine;
    private final EventPublisher events;
    private final List<String> problems;

    private SchedulerRuntime(SchedulerOptions options, String status, StoreChoice choice, SchedulerEngine engine,
            EventPublisher events, List<String> problems) {
        this.options = options;
        this.status = status;
        this.choice = choice;
        this.engine = engine;
        this.events = events;
        this.problems = Collections.unmodifiableList(problems);
    }

    /** The store in use; null when {@link #INACTIVE}. */
    StoreChoice choice() {
        return choice;
    }

    /**
     * Makes {@code choice} the store in use, then (when enabled) starts an engine on it and defines every configured
     * and whiteboard job there. Problems do not throw: they are in {@link #problems()}.
     */
    static SchedulerRuntime start(SchedulerOptions options, StoreChoice choice, Parts parts) {
        List<String> problems = new ArrayList<>();
        String status = parts.stores.use(choice, problems, options.enabled);
        SchedulerEngine engine;
        if (!options.enabled) {
            LOG.info("{} is disabled (enabled=false): no job runs", SchedulerOptions.PID);
            return new SchedulerRuntime(options, status, choice, null, parts.events, problems);
        }
        try {
            engine = parts.factory.build(options, parts.stores.store(), parts.whiteboard::find, parts.events);
        } catch (RuntimeException e) {
            problems.add("Scheduler " + SchedulerOptions.PID + ": the engine did not start: " + e.getMessage());
            LOG.error("{}: the engine did not start; no job runs", SchedulerOptions.PID, e);
            return new SchedulerRuntime(options, "none: the engine did not start: " + e.getMessage(), choice, null,
                    parts.events, problems);
        }
        parts.configured.applyAll(engine);
        parts.whiteboard.applyAll(engine);
        LOG.info("{} started: {}", SchedulerOptions.PID, options);
        return new SchedulerRuntime(options, status, choice, engine, parts.events, problems);
    }

    /**
     * This runtime for {@code next} options equal to its own, when {@code nextChoice} is the same store: the engine
     * keeps running; a new choice of the same store only updates the store's status. Null when it must be rebuilt.
     */
    SchedulerRuntime keptFor(SchedulerOptions next, StoreChoice nextChoice, JobStores stores) {
        if (!next.equals(options) || !nextChoice.sameStore(choice)) {
            return null;
        }
        String nextStatus = status;
        if (nextChoice.equals(choice)) {
            LOG.debug("{} updated without changes: the engine keeps running", SchedulerOptions.PID);
        } else {
            nextStatus = stores.use(nextChoice, new ArrayList<>(), next.enabled);
        }
        return new SchedulerRuntime(next, nextStatus, nextChoice, engine, events, problems);
    }

    /** Whether this runtime was built for a configuration (it is not {@link #INACTIVE}). */
    boolean isActive() {
        return options != null;
    }

    /** The running engine, or null while disabled, when it did not start, or when inactive. */
    SchedulerEngine engine() {
        return engine;
    }

    /** The bad values of its configuration (also those whose fallback equals the value in use), then the rest. */
    List<String> problems() {
        List<String> all = new ArrayList<>(options.problems);
        all.addAll(problems);
        return all;
    }

    /** Writes what the engine has not written yet (a new store gets it), then stops it; the store stays open. */
    void close() {
        if (engine == null) {
            return;
        }
        try {
            engine.flush();
        } catch (ScheduleException e) {
            LOG.debug("Final write before the engine stops failed", e);
        }
        engine.removeListener(events);
        engine.close();
    }
}
