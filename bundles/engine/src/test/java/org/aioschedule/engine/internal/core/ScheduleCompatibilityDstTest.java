package org.aioschedule.engine.internal.core;

import static org.aioschedule.engine.internal.core.Wall.BERLIN;
import static org.aioschedule.engine.internal.core.Wall.UTC;
import static org.aioschedule.engine.internal.core.Wall.at;
import static org.aioschedule.engine.internal.core.Wall.berlin;
import static org.aioschedule.engine.internal.core.Wall.second;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.aioschedule.Job;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs running through the DST changes of their zone, day by day, as a dispatcher would run them: our time rules,
 * and where they deliberately differ from dbader/schedule 1.2.2 ({@code test_daylight_saving_time}, and what its
 * naive local {@code next_run} does on the days of a change). Berlin changes on 2024-03-31 at 02:00 (to 03:00) and
 * on 2024-10-27 at 03:00 (back to 02:00).
 */
class ScheduleCompatibilityDstTest {

    private Harness h;
    private RecordingTask task;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private void givenBerlinEngineAt(Instant now) {
        h = new Harness(now.toString(), BERLIN, new MemoryJobStore());
        task = h.task("job");
    }

    private void whenRunningForHours(long hours) {
        h.runFor(Duration.ofHours(hours), Duration.ofMinutes(1));
    }

    private Instant nextRun(Job job) {
        return h.engine.job(job.id()).flatMap(Job::nextRun).orElseThrow(() -> new AssertionError("no next run"));
    }

    @Test
    void shouldRunDailyJobOnceOnSpringForwardDay() {
        givenBerlinEngineAt(berlin("2024-03-30T00:00"));
        h.engine.every().day().at("02:30").run("job");

        whenRunningForHours(75);

        assertThat(task.slots).containsExactly(berlin("2024-03-30T02:30"), berlin("2024-03-31T03:30"),
                berlin("2024-04-01T02:30"), berlin("2024-04-02T02:30"));
    }

    @Test
    void shouldRunSkippedLocalTimeAtShiftedInstantNotWhenClockJumpsUnlikeSchedule() {
        givenBerlinEngineAt(berlin("2024-03-31T00:00"));
        h.engine.every().day().at("02:30").run("job");

        whenRunningForHours(3);

        assertThat(task.slots).containsExactly(Instant.parse("2024-03-31T01:30:00Z"))
                .doesNotContain(Instant.parse("2024-03-31T01:00:00Z"));
    }

    @Test
    void shouldNotRunExtraOnDayAfterSpringForwardUnlikeSchedule() {
        givenBerlinEngineAt(berlin("2024-03-31T00:00"));
        h.engine.every().day().at("02:30", BERLIN).run("job");

        whenRunningForHours(28);

        assertThat(task.slots).containsExactly(berlin("2024-03-31T03:30"), berlin("2024-04-01T02:30"))
                .doesNotContain(berlin("2024-04-01T01:30"));
    }

    @Test
    void shouldRunDailyJobOnceOnFallBackDayAtFirstOccurrence() {
        givenBerlinEngineAt(berlin("2024-10-26T00:00"));
        h.engine.every().day().at("02:30").run("job");

        whenRunningForHours(76);

        assertThat(task.slots).containsExactly(berlin("2024-10-26T02:30"), Instant.parse("2024-10-27T00:30:00Z"),
                berlin("2024-10-28T02:30"), berlin("2024-10-29T02:30"));
    }

    @Test
    void shouldNotRunTwiceOnFoldDayUnlikeSchedule() {
        givenBerlinEngineAt(berlin("2024-10-27T00:00"));
        Job job = h.engine.every().day().at("01:30", UTC).run("job");

        whenRunningForHours(4);

        assertThat(task.slots).containsExactly(second("2024-10-27T02:30", BERLIN));
        assertThat(nextRun(job)).isEqualTo(Instant.parse("2024-10-28T01:30:00Z"));
    }

    @Test
    void shouldRunWeekdayJobOnItsSpringForwardDayThenAtItsTimeAgain() {
        givenBerlinEngineAt(berlin("2024-03-30T12:00"));
        Job job = h.engine.every().sunday().at("02:30").run("job");

        whenRunningForHours(24);

        assertThat(task.slots).containsExactly(berlin("2024-03-31T03:30"));
        assertThat(nextRun(job)).isEqualTo(berlin("2024-04-07T02:30"));
    }

    @Test
    void shouldKeepTimeOfEveryTwoDaysJobAfterSkippedDay() {
        givenBerlinEngineAt(berlin("2024-03-29T12:00"));
        Job job = h.engine.every(2).days().at("02:30").run("job");

        whenRunningForHours(48);

        assertThat(task.slots).containsExactly(berlin("2024-03-31T03:30"));
        assertThat(nextRun(job)).isEqualTo(berlin("2024-04-02T02:30"));
    }

    @Test
    void shouldKeepCreationTimeOfDayOfDailyJobWithoutAtAfterSpringForward() {
        givenBerlinEngineAt(berlin("2024-03-30T02:30"));
        h.engine.every().day().run("job");

        whenRunningForHours(72);

        assertThat(task.slots).containsExactly(berlin("2024-03-31T03:30"), berlin("2024-04-01T02:30"),
                berlin("2024-04-02T02:30"));
    }

    @Test
    void shouldMeasureHourIntervalsInElapsedTimeAcrossDstUnlikeSchedule() {
        givenBerlinEngineAt(berlin("2022-03-27T00:00"));
        Job spring = h.engine.every(4).hours().run("job");
        h.close();
        givenBerlinEngineAt(berlin("2022-10-30T00:00"));
        Job autumn = h.engine.every(4).hours().run("job");

        assertThat(spring.nextRun()).contains(berlin("2022-03-27T05:00"));
        assertThat(autumn.nextRun()).contains(berlin("2022-10-30T03:00"));
        assertThat(autumn.nextRun()).contains(berlin("2022-10-30T00:00").plus(Duration.ofHours(4)));
    }

    @Test
    void shouldKeepThirtyMinuteIntervalThroughFallBackUnlikeSchedule() {
        givenBerlinEngineAt(Instant.parse("2024-10-26T23:00:00Z"));
        h.engine.every(30).minutes().run("job");

        whenRunningForHours(4);

        assertThat(task.slots).hasSize(8).contains(Instant.parse("2024-10-27T01:00:00Z"),
                Instant.parse("2024-10-27T01:30:00Z"));
        for (int i = 1; i < task.slots.size(); i++) {
            assertThat(Duration.between(task.slots.get(i - 1), task.slots.get(i))).isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void shouldRunHourlyJobEveryElapsedHourThroughSpringForwardUnlikeSchedule() {
        givenBerlinEngineAt(Instant.parse("2024-03-30T23:00:00Z"));
        h.engine.every().hour().at(":30").run("job");

        whenRunningForHours(4);

        assertThat(task.slots).containsExactly(berlin("2024-03-31T00:30"), berlin("2024-03-31T01:30"),
                berlin("2024-03-31T03:30"), berlin("2024-03-31T04:30"));
    }

    @Test
    void shouldRunHourlyJobOnlyAtTheFirstOccurrenceOfTheRepeatedHourLikeSchedule() {
        givenBerlinEngineAt(Instant.parse("2024-10-26T23:00:00Z"));
        h.engine.every().hour().at(":30").run("job");

        whenRunningForHours(4);

        assertThat(task.slots).containsExactly(berlin("2024-10-27T01:30"), berlin("2024-10-27T02:30"),
                berlin("2024-10-27T03:30"));
    }

    @Test
    void shouldKeepRunningHourlyJobThroughHalfHourFallBackOfLordHowe() throws Exception {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        givenBerlinEngineAt(at("2024-04-07T00:00", lordHowe));
        h.engine.every().hour().at(":15", lordHowe).run("job");

        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> whenRunningForHours(4));
        try {
            running.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            h = null;
            fail("a dispatch pass never ended (it holds the engine lock); runs so far: " + task.slots);
        }

        assertThat(task.slots).containsExactly(at("2024-04-07T00:15", lordHowe), at("2024-04-07T01:15", lordHowe),
                at("2024-04-07T02:15", lordHowe), at("2024-04-07T03:15", lordHowe));
    }
}
