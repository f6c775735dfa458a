package org.aioschedule.engine.internal.core;

import java.time.Instant;

import org.aioschedule.engine.internal.schedule.Slots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and reports the runs a job missed. Schedules with a fixed interval (elapsed, daily, weekly) count them
 * directly, in constant time; the others (cron, hourly or minutely at a time, random intervals) are stepped through
 * up to {@value #STEP_LIMIT} slots, and a count that reaches it is reported as "at least".
 */
final class MissedRuns {

    /** At most this many slots are stepped through to count missed runs. */
    static final int STEP_LIMIT = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(MissedRuns.class);

    private final JobTable table;
    private final Options options;

    MissedRuns(JobTable table, Options options) {
        this.table = table;
        this.options = options;
    }

    /** The slots in {@code [from, to]}: exact, or at least {@value #STEP_LIMIT}. */
    static Count count(Slots slots, Instant from, Instant to) {
        long direct = slots.countWithin(from, to);
        if (direct >= 0) {
            return new Count(direct, false);
        }
        long count = 0;
        for (Instant slot = from; slot != null && !slot.isAfter(to); slot = slots.next(slot)) {
            if (++count == STEP_LIMIT) {
                return new Count(count, true);
            }
        }
        return new Count(count, false);
    }

    /** Under the lock: logs the missed runs and tells the listeners. */
    void report(JobEntry entry, Instant firstMissed, Count missed) {
        long count = missed.slots;
        LOG.info("Job {} missed {}{} runs from {} on ({} policy)", entry.definition.id, missed.atLeast ? "at least "
                : "", count, firstMissed, options.misfireOf(entry.definition));
        if (table.hasListeners()) {
            JobView view = new JobView(entry);
            table.event(listener -> listener.missed(view, firstMissed, count));
        }
    }

    /** A number of slots, exact or a lower bound. */
    static final class Count {

        final long slots;
        final boolean atLeast;

        Count(long slots, boolean atLeast) {
            this.slots = slots;
            this.atLeast = atLeast;
        }

        /** The slots left when {@code n} of them run. */
        Count less(long n) {
            return new Count(slots - n, atLeast);
        }
    }
}
