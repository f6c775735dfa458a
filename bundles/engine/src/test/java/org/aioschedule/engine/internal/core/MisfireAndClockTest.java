package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aioschedule.MisfirePolicy;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.MissedCounts;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Missed runs and wall-clock jumps (DESIGN.md "Time rules"). */
class MisfireAndClockTest {

    private final Harness h = new Harness("2026-11-24T10:00:00Z");
    private final RecordingTask task = h.task("task");
    private final MissedCounts missedCounts = new MissedCounts();
    private final List<Long> missed = missedCounts.counts;

    MisfireAndClockTest() {
        h.engine.addListener(missedCounts);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void shouldCoalesceMissedRunsIntoOneByDefault() {
        h.engine.every(10).seconds().run("task");
        h.time.advance(Duration.ofMinutes(10));
        h.pending();

        assertThat(task.runs()).isEqualTo(1);
        assertThat(task.slots).containsExactly(Instant.parse("2026-11-24T10:00:10Z"));
        assertThat(missed).containsExactly(59L);
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:10:10Z"));
    }

    @Test
    void shouldSkipMissedRunsWithSkipPolicy() {
        h.engine.every(10).seconds().misfire(MisfirePolicy.SKIP).run("task");
        h.time.advance(Duration.ofMinutes(10));
        h.pending();

        assertThat(task.runs()).isZero();
        assertThat(missed).containsExactly(60L);
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:10:10Z"));
    }

    @Test
    void shouldRunEachMissedRunWithRunAllPolicyUpToTheLimit() {
        h.engine.every(10).seconds().misfire(MisfirePolicy.RUN_ALL).run("task");
        h.time.advance(Duration.ofSeconds(35));
        h.pending();
        h.pending();
        h.pending();

        assertThat(task.slots).containsExactly(Instant.parse("2026-11-24T10:00:10Z"),
                Instant.parse("2026-11-24T10:00:20Z"), Instant.parse("2026-11-24T10:00:30Z"));

        h.engine.every(1).seconds().id("busy").misfire(MisfirePolicy.RUN_ALL).run("task");
        h.time.advance(Duration.ofSeconds(Options.RUN_ALL_LIMIT + 50));
        for (int i = 0; i < Options.RUN_ALL_LIMIT + 10; i++) {
            h.pending();
        }
        assertThat(h.engine.job("busy").get().runCount()).isEqualTo(Options.RUN_ALL_LIMIT);
        assertThat(missed).containsExactly(50L);
    }

    @Test
    void shouldRunALateSlotNormallyWithinTheGracePeriod() {
        h.engine.every(10).seconds().misfire(MisfirePolicy.SKIP).run("task");
        h.time.advance(Duration.ofMillis(10_900));
        h.pending();

        assertThat(task.runs()).isEqualTo(1);
        assertThat(missed).isEmpty();
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:00:20Z"));
    }

    /** Found by the power-cut soak (issue 13): a restart within the grace period dropped slots 2 to 4 unreported. */
    @Test
    void shouldRunEveryLateSlotWithinTheGracePeriodWithRunAllPolicy() {
        graceOfTheProvidersDefault();
        h.engine.every(1).seconds().misfire(MisfirePolicy.RUN_ALL).run("task");
        h.time.advance(Duration.ofMillis(4_500));
        for (int i = 0; i < 5; i++) {
            h.pending();
        }

        assertThat(task.slots).containsExactly(Instant.parse("2026-11-24T10:00:01Z"),
                Instant.parse("2026-11-24T10:00:02Z"), Instant.parse("2026-11-24T10:00:03Z"),
                Instant.parse("2026-11-24T10:00:04Z"));
        assertThat(missed).isEmpty();
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:00:05Z"));
    }

    @Test
    void shouldReportTheSlotsALateRunWithinTheGracePeriodStandsForAsMissed() {
        graceOfTheProvidersDefault();
        RecordingTask skipping = h.task("skipping");
        h.engine.every(1).seconds().run("task");
        h.engine.every(1).seconds().misfire(MisfirePolicy.SKIP).run("skipping");
        h.time.advance(Duration.ofMillis(4_500));
        h.pending();
        h.pending();

        assertThat(task.slots).containsExactly(Instant.parse("2026-11-24T10:00:01Z"));
        assertThat(skipping.slots).containsExactly(Instant.parse("2026-11-24T10:00:01Z"));
        assertThat(missed).containsExactly(3L, 3L);
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:00:05Z"));
    }

    /** misfire.grace.seconds=5, the provider's default: longer than the period of the jobs above. */
    private void graceOfTheProvidersDefault() {
        h.engine.close();
        h.engine = h.builder().misfireGrace(Duration.ofSeconds(5)).build();
        h.engine.addListener(missedCounts);
    }

    @Test
    void shouldKeepIntervalJobsOnElapsedTimeWhenTheWallClockJumpsForward() {
        h.engine.every(10).seconds().run("task");
        h.time.advance(Duration.ofSeconds(5));
        h.time.jump(Duration.ofDays(365 * 26));
        h.pending();

        assertThat(task.runs()).isZero();
        assertThat(h.engine.idleTime()).contains(Duration.ofSeconds(5));
        h.time.advance(Duration.ofSeconds(5));
        h.pending();
        assertThat(task.runs()).isEqualTo(1);
    }

    @Test
    void shouldRunCalendarJobOnceAfterAForwardJumpAndResumeFromNowInConstantTime() {
        h.engine.every().day().at("10:30").run("task");
        h.time.jump(Duration.ofDays(365L * 26));
        h.pending();

        assertThat(task.runs()).isEqualTo(1);
        assertThat(missed).hasSize(1);
        Instant next = h.engine.nextRun().get();
        assertThat(Duration.between(h.time.instant(), next)).isBetween(Duration.ZERO, Duration.ofDays(1));
    }

    @Test
    void shouldNotRerunASlotAfterASmallBackwardStep() {
        h.engine.every().day().at("10:30").run("task");
        h.time.advance(Duration.ofMinutes(31));
        h.pending();
        h.time.jump(Duration.ofHours(-2));
        h.runFor(Duration.ofHours(3), Duration.ofMinutes(1));

        assertThat(task.runs()).isEqualTo(1);
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-25T10:30:00Z"));
    }

    @Test
    void shouldResumeFromTheCorrectedTimeAfterALargeBackwardCorrection() {
        h.engine.every().day().at("10:30").run("task");
        h.time.jump(Duration.ofDays(3650));
        h.pending();
        h.time.jump(Duration.ofDays(-3650));
        h.pending();

        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:30:00Z"));
        h.time.advance(Duration.ofMinutes(30));
        h.pending();
        assertThat(task.runs()).isEqualTo(2);
    }

    @Test
    void shouldKeepIntervalJobsPacedAfterABackwardJump() {
        h.engine.every(10).seconds().run("task");
        h.time.advance(Duration.ofSeconds(4));
        h.time.jump(Duration.ofHours(-5));
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(task.runs()).isEqualTo(3);
    }

    @Test
    void shouldTreatAStoredLastRunFarInTheFutureAsAClockCorrection() {
        h.engine.every().day().at("10:30").run("task");
        h.time.jump(Duration.ofDays(3650));
        h.pending();
        h.engine.flush();
        h.time.jump(Duration.ofDays(-3650));

        h.restart();

        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-24T10:30:00Z"));
    }

    @Test
    void shouldNotRerunAfterRestartWhenTheClockIsSlightlyBehindTheStoredLastRun() {
        h.engine.every().day().at("10:30").run("task");
        h.time.advance(Duration.ofMinutes(30));
        h.pending();
        h.engine.flush();
        h.time.jump(Duration.ofMinutes(-5));

        h.restart();
        h.runFor(Duration.ofMinutes(10), Duration.ofMinutes(1));

        assertThat(task.runs()).isEqualTo(1);
        assertThat(h.engine.nextRun()).contains(Instant.parse("2026-11-25T10:30:00Z"));
    }
}
