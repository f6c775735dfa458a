package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aioschedule.Job;
import org.aioschedule.engine.internal.schedule.Slots;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.MissedCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Counting the runs missed over a long outage (DESIGN.md: catching up takes constant time): the steps the engine
 * takes through a job's slots are counted, not timed.
 */
class MissedRunCountTest {

    private static final Duration FIFTY_YEARS = Duration.ofDays(50 * 365 + 12);

    private final Harness h = new Harness("2026-11-24T10:00:00Z");
    private final MissedCounts missedCounts = new MissedCounts();
    private final List<Long> missed = missedCounts.counts;

    MissedRunCountTest() {
        h.task("task");
        h.engine.addListener(missedCounts);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void shouldCountFiftyYearsOfMissedDailyRunsInAFewSteps() {
        CountingSlots slots = countSteps(h.engine.schedule("every day at 10:30").run("task"));

        h.time.advance(FIFTY_YEARS);
        h.pending();

        assertThat(slots.steps).isLessThanOrEqualTo(5);
        assertThat(missed).containsExactly(50L * 365 + 12 - 1);
    }

    @Test
    void shouldCountFiftyYearsOfMissedWeeklyRunsInAFewSteps() {
        CountingSlots weekly = countSteps(h.engine.schedule("every week").run("task"));
        CountingSlots monday = countSteps(h.engine.schedule("every monday at 10:30").run("task"));

        h.time.advance(FIFTY_YEARS);
        h.pending();

        assertThat(weekly.steps).isLessThanOrEqualTo(5);
        assertThat(monday.steps).isLessThanOrEqualTo(5);
        assertThat(missed).containsExactly((50L * 365 + 12) / 7 - 1, (50L * 365 + 12) / 7 - 1);
    }

    /** A cron schedule is stepped through, up to a stated bound: the count is then "at least" that many. */
    @Test
    void shouldStepThroughFiftyYearsOfMissedCronRunsOnlyUpToTheBound() {
        CountingSlots slots = countSteps(h.engine.schedule("cron 0 0/5 * * * ?").run("task"));

        h.time.advance(FIFTY_YEARS);
        h.pending();

        long limit = MissedRuns.STEP_LIMIT;
        assertThat(slots.steps).isBetween(limit - 1, limit + 5);
        assertThat(missed).containsExactly(limit - 1);
    }

    private CountingSlots countSteps(Job job) {
        JobEntry entry = ((Engine) h.engine).table.get(job.id());
        CountingSlots counting = new CountingSlots(entry.slots);
        entry.slots = counting;
        return counting;
    }

    /** Counts every call that computes slots. */
    private static final class CountingSlots implements Slots {

        private final Slots delegate;
        long steps;

        CountingSlots(Slots delegate) {
            this.delegate = delegate;
        }

        @Override
        public Instant first(Instant now) {
            steps++;
            return delegate.first(now);
        }

        @Override
        public Instant next(Instant previous) {
            steps++;
            return delegate.next(previous);
        }

        @Override
        public Instant firstAfter(Instant t, Instant previous) {
            steps++;
            return delegate.firstAfter(t, previous);
        }

        @Override
        public long countWithin(Instant from, Instant to) {
            steps++;
            return delegate.countWithin(from, to);
        }
    }
}
