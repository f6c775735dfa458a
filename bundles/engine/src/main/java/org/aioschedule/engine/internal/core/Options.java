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

/** The engine's settings, fixed when it is built. */
public final class Options {

    /** RUN_ALL catches up at most this many missed runs; the rest are reported missed. */
    public static final int RUN_ALL_LIMIT = 100;
    /** A difference between wall and elapsed time above this is a clock jump. */
    public static final Duration JUMP_THRESHOLD = Duration.ofSeconds(2);
    /** A backward jump up to this keeps every slot; a larger one is a correction and schedules resume from it. */
    public static final Duration BACKWARD_TOLERANCE = Duration.ofHours(3);
    /** The dispatcher checks the wall clock at least this often while idle. */
    public static final Duration CLOCK_CHECK = Duration.ofMinutes(1);

    public Clock clock = Clock.systemUTC();
    public LongSupplier ticker = System::nanoTime;
    public ZoneId zone = ZoneId.systemDefault();
    public JobStore store;
    public Function<String, Optional<Task>> tasks = pid -> Optional.empty();
    public boolean manual;
    public Executor executor;
    public int threads = 4;
    public MisfirePolicy misfire = MisfirePolicy.RUN_ONCE;
    public Duration misfireGrace = Duration.ofSeconds(5);
    public Delivery delivery = Delivery.AT_LEAST_ONCE;
    public Duration taskTimeout;
    public Duration shutdownTimeout = Duration.ofSeconds(10);
    /** How long an API job may wait for its task before it is removed; {@code null}: forever. */
    public Duration waitingRetention;
    public Random random = new Random();

    MisfirePolicy misfireOf(JobDefinition definition) {
        return definition.misfire != null ? definition.misfire : misfire;
    }

    Delivery deliveryOf(JobDefinition definition) {
        return definition.delivery != null ? definition.delivery : delivery;
    }

    Duration timeoutOf(JobDefinition definition) {
        return definition.timeout != null ? definition.timeout : taskTimeout;
    }
}
