package org.aioschedule.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.Task;
import org.aioschedule.engine.internal.core.Engine;
import org.aioschedule.engine.internal.core.Options;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;

/** Configures and builds a {@link SchedulerEngine}; every setting has a default. */
public final class SchedulerBuilder {

    /** The most runs {@link #historyRuns(int)} keeps per job. */
    public static final int MAX_HISTORY_RUNS = 1000;

    private final Options.Builder options = Options.builder();
    private final List<JobListener> listeners = new ArrayList<>();
    private JobStore store;

    SchedulerBuilder() {
    }

    /** Wall time; default the system clock (UTC). */
    public SchedulerBuilder clock(Clock clock) {
        options.clock(Objects.requireNonNull(clock, "clock"));
        return this;
    }

    /** Monotonic nanoseconds, to measure elapsed time and detect wall-clock jumps; default System::nanoTime. */
    public SchedulerBuilder ticker(LongSupplier ticker) {
        options.ticker(Objects.requireNonNull(ticker, "ticker"));
        return this;
    }

    /** The zone of calendar jobs that name none; default the system zone. */
    public SchedulerBuilder zone(ZoneId zone) {
        options.zone(Objects.requireNonNull(zone, "zone"));
        return this;
    }

    /** Where job state is kept; default in memory (not durable). */
    public SchedulerBuilder store(JobStore store) {
        this.store = Objects.requireNonNull(store, "store");
        options.store(store);
        return this;
    }

    /** Finds a task by PID; call {@link SchedulerEngine#taskAvailable(String)} when one appears later. */
    public SchedulerBuilder tasks(Function<String, Optional<Task>> tasks) {
        options.tasks(Objects.requireNonNull(tasks, "tasks"));
        return this;
    }

    /**
     * No dispatcher thread: jobs run only in {@link SchedulerEngine#runPending()} and friends, and tasks run on the
     * calling thread unless an {@link #executor(Executor)} is given. For devices that boot, run and sleep, and for
     * tests.
     */
    public SchedulerBuilder manual() {
        options.manual();
        return this;
    }

    /** Runs tasks on this executor instead of the engine's own pool. */
    public SchedulerBuilder executor(Executor executor) {
        options.executor(Objects.requireNonNull(executor, "executor"));
        return this;
    }

    /** Threads of the engine's own task pool; default 4. */
    public SchedulerBuilder threads(int threads) {
        if (threads < 1) {
            throw new ScheduleValueException("threads(" + threads + "): at least 1, for example threads(4)");
        }
        options.threads(threads);
        return this;
    }

    public SchedulerBuilder misfirePolicy(MisfirePolicy policy) {
        options.misfire(Objects.requireNonNull(policy, "policy"));
        return this;
    }

    /** How late a run may start and still count as on time; default 5 seconds. */
    public SchedulerBuilder misfireGrace(Duration grace) {
        if (grace == null || grace.isNegative()) {
            throw new ScheduleValueException("misfireGrace(" + grace + "): zero or more, for example "
                    + "misfireGrace(Duration.ofSeconds(5))");
        }
        options.misfireGrace(grace);
        return this;
    }

    public SchedulerBuilder delivery(Delivery delivery) {
        options.delivery(Objects.requireNonNull(delivery, "delivery"));
        return this;
    }

    /** The timeout of runs whose job sets none; default none. */
    public SchedulerBuilder taskTimeout(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new ScheduleValueException("taskTimeout(" + timeout + "): positive, or null for none, for "
                    + "example taskTimeout(Duration.ofMinutes(5))");
        }
        options.taskTimeout(timeout);
        return this;
    }

    /** How long {@link SchedulerEngine#close()} waits for running tasks; default 10 seconds. */
    public SchedulerBuilder shutdownTimeout(Duration timeout) {
        options.shutdownTimeout(Objects.requireNonNull(timeout, "timeout"));
        return this;
    }

    /**
     * How long a job created through the API may wait for its task before it is removed and reported; default
     * forever (it keeps its state and runs when the task is registered). Configured jobs are never removed.
     */
    public SchedulerBuilder waitingRetention(Duration retention) {
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new ScheduleValueException("waitingRetention(" + retention + "): positive, or null to keep "
                    + "waiting jobs forever, for example waitingRetention(Duration.ofDays(30))");
        }
        options.waitingRetention(retention);
        return this;
    }

    /**
     * How many last runs each job keeps in its history ({@link org.aioschedule.Job#recentRuns()}), from 0 to 1000;
     * default 20. The history is stored with the job's state, in the same write.
     *
     * @since 1.1
     */
    public SchedulerBuilder historyRuns(int runs) {
        if (runs < 0 || runs > MAX_HISTORY_RUNS) {
            throw new ScheduleValueException("historyRuns(" + runs + "): from 0 to " + MAX_HISTORY_RUNS
                    + ", for example historyRuns(20)");
        }
        options.historyRuns(runs);
        return this;
    }

    /** The random source of {@code to} intervals (seed it for repeatable tests). */
    public SchedulerBuilder random(Random random) {
        options.random(Objects.requireNonNull(random, "random"));
        return this;
    }

    /** Hears every event from the start, including problems found while the stored jobs load. */
    public SchedulerBuilder listener(JobListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Loads the stored jobs and starts (unless {@link #manual()}). */
    public SchedulerEngine build() {
        if (store == null) {
            store(new MemoryJobStore());
        }
        Engine engine = new Engine(options.build());
        listeners.forEach(engine::addListener);
        return engine.start();
    }
}
