package org.aioschedule.engine.internal.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.Task;
import org.aioschedule.engine.store.JobStore;

/** The engine's settings, fixed when it is built: made by {@link Options.Builder}, which checks nothing. */
public final class Options {

    /** RUN_ALL catches up at most this many missed runs; the rest are reported missed. */
    static final int RUN_ALL_LIMIT = 100;
    /** A difference between wall and elapsed time above this is a clock jump. */
    static final Duration JUMP_THRESHOLD = Duration.ofSeconds(2);
    /** A backward jump up to this keeps every slot; a larger one is a correction and schedules resume from it. */
    static final Duration BACKWARD_TOLERANCE = Duration.ofHours(3);
    /** The dispatcher checks the wall clock at least this often while idle. */
    static final Duration CLOCK_CHECK = Duration.ofMinutes(1);

    final Clock clock;
    final LongSupplier ticker;
    final ZoneId zone;
    final JobStore store;
    final Function<String, Optional<Task>> tasks;
    final boolean manual;
    final Executor executor;
    final int threads;
    final MisfirePolicy misfire;
    final Duration misfireGrace;
    final Delivery delivery;
    final Duration taskTimeout;
    final Duration shutdownTimeout;
    /** How long an API job may wait for its task before it is removed; {@code null}: forever. */
    final Duration waitingRetention;
    final Random random;
    /** How many last runs each job keeps in its history. */
    final int historyRuns;

    private Options(Builder b) {
        clock = b.clock;
        ticker = b.ticker;
        zone = b.zone;
        store = b.store;
        tasks = b.tasks;
        manual = b.manual;
        executor = b.executor;
        threads = b.threads;
        misfire = b.misfire;
        misfireGrace = b.misfireGrace;
        delivery = b.delivery;
        taskTimeout = b.taskTimeout;
        shutdownTimeout = b.shutdownTimeout;
        waitingRetention = b.waitingRetention;
        random = b.random;
        historyRuns = b.historyRuns;
    }

    public static Builder builder() {
        return new Builder();
    }

    MisfirePolicy misfireOf(JobDefinition definition) {
        return definition.misfire != null ? definition.misfire : misfire;
    }

    Delivery deliveryOf(JobDefinition definition) {
        return definition.delivery != null ? definition.delivery : delivery;
    }

    Duration timeoutOf(JobDefinition definition) {
        return definition.timeout != null ? definition.timeout : taskTimeout;
    }

    /** Collects the settings; the public {@code SchedulerBuilder} checks them before they get here. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private LongSupplier ticker = System::nanoTime;
        private ZoneId zone = ZoneId.systemDefault();
        private JobStore store;
        private Function<String, Optional<Task>> tasks = pid -> Optional.empty();
        private boolean manual;
        private Executor executor;
        private int threads = 4;
        private MisfirePolicy misfire = MisfirePolicy.RUN_ONCE;
        private Duration misfireGrace = Duration.ofSeconds(5);
        private Delivery delivery = Delivery.AT_LEAST_ONCE;
        private Duration taskTimeout;
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private Duration waitingRetention;
        private Random random = new Random();
        private int historyRuns = 20;

        private Builder() {
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder ticker(LongSupplier value) {
            ticker = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        public Builder store(JobStore value) {
            store = value;
            return this;
        }

        public Builder tasks(Function<String, Optional<Task>> value) {
            tasks = value;
            return this;
        }

        public Builder manual() {
            manual = true;
            return this;
        }

        public Builder executor(Executor value) {
            executor = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder misfire(MisfirePolicy value) {
            misfire = value;
            return this;
        }

        public Builder misfireGrace(Duration value) {
            misfireGrace = value;
            return this;
        }

        public Builder delivery(Delivery value) {
            delivery = value;
            return this;
        }

        public Builder taskTimeout(Duration value) {
            taskTimeout = value;
            return this;
        }

        public Builder shutdownTimeout(Duration value) {
            shutdownTimeout = value;
            return this;
        }

        public Builder waitingRetention(Duration value) {
            waitingRetention = value;
            return this;
        }

        public Builder random(Random value) {
            random = value;
            return this;
        }

        public Builder historyRuns(int value) {
            historyRuns = value;
            return this;
        }

        public Options build() {
            return new Options(this);
        }
    }
}
