package org.aioschedule.kura.emulator.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where a database service instance runs its periodic checkpoint and defragmentation: as Kura does, on a single
 * thread with a fixed delay, first run one period after scheduling; or, in tests, when the test says so.
 */
@FunctionalInterface
interface DbTimers {

    /** Kind of periodic task, for tests that fire one kind. */
    enum Kind {
        CHECKPOINT, DEFRAG
    }

    /** Runs {@code task} every {@code period} until the returned future is cancelled. */
    Future<?> every(Kind kind, long period, TimeUnit unit, Runnable task);

    /** Kura's way: {@code scheduleWithFixedDelay(task, period, period, unit)} on {@code executor}. */
    static DbTimers on(ScheduledExecutorService executor) {
        return (kind, period, unit, task) -> executor.scheduleWithFixedDelay(task, period, period, unit);
    }
}
