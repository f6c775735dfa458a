package org.aioschedule.engine.internal.core;

import static org.aioschedule.engine.internal.core.Wall.BERLIN;
import static org.aioschedule.engine.internal.core.Wall.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

import org.aioschedule.Job;
import org.aioschedule.JobState;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where dbader/schedule 1.2.2 places the first and following runs ({@code test_next_run_time*}, {@code test_at_time*},
 * {@code test_weekday_at_todady}, {@code test_run_every_*}, {@code test_run_pending}), on an engine whose zone is
 * Europe/Berlin, the zone schedule's suite runs in.
 */
class ScheduleCompatibilityTest {

    private Harness h;
    private RecordingTask task;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private void givenBerlinTime(String local) {
        h = new Harness(berlin(local).toString(), BERLIN, new MemoryJobStore());
        task = h.task("job");
    }

    private void whenPendingRunAt(String local) {
        h.time.advanceTo(berlin(local));
        h.pending();
    }

    private static Instant next(Job job) {
        return job.nextRun().orElseThrow(() -> new AssertionError("no next run: " + job));
    }

    @ParameterizedTest(name = "\"{0}\" created on Wednesday 12:15 first runs at {1}")
    @CsvSource({
            "every minute, 2010-01-06T12:16",
            "every 5 minutes, 2010-01-06T12:20",
            "every hour, 2010-01-06T13:15",
            "every day, 2010-01-07T12:15",
            "every day at 09:00, 2010-01-07T09:00",
            "every day at 12:30, 2010-01-06T12:30",
            "every week, 2010-01-13T12:15",
            "every monday, 2010-01-11T12:15",
            "every tuesday, 2010-01-12T12:15",
            "every wednesday, 2010-01-13T12:15",
            "every thursday, 2010-01-07T12:15",
            "every friday, 2010-01-08T12:15",
            "every saturday, 2010-01-09T12:15",
            "every sunday, 2010-01-10T12:15" })
    void shouldPlaceFirstRunAsScheduleDoes(String schedule, String expected) {
        givenBerlinTime("2010-01-06T12:15");

        Job job = h.engine.schedule(schedule).run("job");

        assertThat(next(job)).isEqualTo(berlin(expected));
    }

    @Test
    void shouldHaveNoNextRunWithoutJobs() {
        givenBerlinTime("2010-01-06T12:15");

        assertThat(h.engine.nextRun()).isEmpty();
        assertThat(h.engine.idleTime()).isEmpty();
    }

    @Test
    void shouldPlaceMinuteJobWithDeadlineBeforeItsDeadline() {
        givenBerlinTime("2010-01-06T12:15");

        Job job = h.engine.every().minute().until(LocalTime.of(12, 17)).run("job");

        assertThat(next(job)).isEqualTo(berlin("2010-01-06T12:16"));
    }

    @Test
    void shouldPlaceDailyAtTimeToTheSecond() {
        givenBerlinTime("2010-01-06T12:15");

        assertThat(next(h.engine.every().day().at("10:30").run("job"))).isEqualTo(berlin("2010-01-07T10:30"));
        assertThat(next(h.engine.every().day().at("20:59").run("job"))).isEqualTo(berlin("2010-01-06T20:59"));
        assertThat(next(h.engine.every().day().at("10:30:50").run("job"))).isEqualTo(berlin("2010-01-07T10:30:50"));
    }

    @ParameterizedTest(name = "every hour at \"{0}\" created at 12:20 first runs at {1}")
    @CsvSource({
            ":30, 2010-01-06T12:30:00",
            ":10, 2010-01-06T13:10:00",
            ":00, 2010-01-06T13:00:00",
            "30:05, 2010-01-06T12:30:05",
            "10:25, 2010-01-06T13:10:25",
            "00:40, 2010-01-06T13:00:40" })
    void shouldPlaceHourlyAtThisHourWhenStillAhead(String at, String expected) {
        givenBerlinTime("2010-01-06T12:20");

        Job job = h.engine.every().hour().at(at).run("job");

        assertThat(next(job)).isEqualTo(berlin(expected));
    }

    @ParameterizedTest(name = "every minute at \"{0}\" created at 12:20:30 first runs at {1}")
    @CsvSource({ ":40, 2010-01-06T12:20:40", ":10, 2010-01-06T12:21:10" })
    void shouldPlaceMinutelyAtThisMinuteWhenStillAhead(String at, String expected) {
        givenBerlinTime("2010-01-06T12:20:30");

        Job job = h.engine.every().minute().at(at).run("job");

        assertThat(next(job)).isEqualTo(berlin(expected));
    }

    @Test
    void shouldPlaceWeekdayAtTimeTodayWhenLaterToday() {
        givenBerlinTime("2020-11-25T22:38:05");

        Job seconds = h.engine.every().wednesday().at("22:38:10").run("job");
        Job minutes = h.engine.every().wednesday().at("22:39").run("job");
        Job passed = h.engine.every().wednesday().at("22:38").run("job");

        assertThat(next(seconds)).isEqualTo(berlin("2020-11-25T22:38:10"));
        assertThat(next(minutes)).isEqualTo(berlin("2020-11-25T22:39"));
        assertThat(next(passed)).isEqualTo(berlin("2020-12-02T22:38"));
    }

    @Test
    void shouldRunWeekdayJobLaterTheSameDay() {
        givenBerlinTime("2010-01-06T13:16");
        h.engine.every().wednesday().at("14:12").run("job");

        h.pending();
        assertThat(task.runs()).isZero();
        whenPendingRunAt("2010-01-06T14:16");

        assertThat(task.slots).containsExactly(berlin("2010-01-06T14:12"));
    }

    @Test
    void shouldRunWeekdayJobWhosTimePassedTodayOnlyNextWeek() {
        givenBerlinTime("2010-01-06T13:16");
        h.engine.every().wednesday().at("13:15").run("job");

        h.pending();
        whenPendingRunAt("2010-01-13T13:14");
        assertThat(task.runs()).isZero();
        whenPendingRunAt("2010-01-13T13:16");

        assertThat(task.slots).containsExactly(berlin("2010-01-13T13:15"));
    }

    @Test
    void shouldRunEveryTwoDaysJobFirstInTwoDaysEvenWhenTimeIsLaterToday() {
        givenBerlinTime("2010-01-06T11:29");
        h.engine.every(2).days().at("11:30").run("job");

        h.pending();
        whenPendingRunAt("2010-01-06T11:31");
        whenPendingRunAt("2010-01-07T11:31");
        whenPendingRunAt("2010-01-08T11:29");
        assertThat(task.runs()).isZero();
        whenPendingRunAt("2010-01-08T11:31");
        assertThat(task.runs()).isEqualTo(1);
        whenPendingRunAt("2010-01-10T11:31");

        assertThat(task.slots).containsExactly(berlin("2010-01-08T11:30"), berlin("2010-01-10T11:30"));
    }

    @Test
    void shouldRunDailyJobAgainTheSameDayAfterALateRun() {
        givenBerlinTime("2010-12-01T23:00");
        Job job = h.engine.every().day().at("23:30").run("job");
        assertThat(next(job)).isEqualTo(berlin("2010-12-01T23:30"));

        whenPendingRunAt("2010-12-02T01:00");
        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-12-02T23:30"));
        whenPendingRunAt("2010-12-02T23:30");

        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-12-03T23:30"));
        assertThat(task.slots).containsExactly(berlin("2010-12-01T23:30"), berlin("2010-12-02T23:30"));
    }

    @Test
    void shouldPlaceNextDailyRunFromTheSlotWhileALongRunIsStillGoing() {
        givenBerlinTime("2010-12-01T23:00");
        CompletableFuture<Void> running = new CompletableFuture<>();
        task.answering(context -> running);
        Job job = h.engine.every().day().at("23:30").run("job");

        h.time.advanceTo(berlin("2010-12-01T23:30"));
        CompletableFuture<Void> pass = h.engine.runPending().toCompletableFuture();
        h.time.advance(Duration.ofMinutes(90));
        assertThat(h.engine.job(job.id()).get().state()).isEqualTo(JobState.RUNNING);
        running.complete(null);

        assertThat(pass).isCompleted();
        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-12-02T23:30"));
        assertThat(task.slots).containsExactly(berlin("2010-12-01T23:30"));
    }

    @ParameterizedTest(name = "every hour at :10 in {0} runs at :{1} Berlin time")
    @CsvSource({ "Europe/Berlin, 10", "Europe/London, 10", "Asia/Kathmandu, 25" })
    void shouldPlaceHourlyJobAfterLateRunsAtItsMinuteInItsZone(String zone, int berlinMinute) {
        givenBerlinTime("2010-10-10T12:00");
        Job job = h.engine.every().hour().at(":10", ZoneId.of(zone)).run("job");
        assertThat(next(job)).isEqualTo(berlin("2010-10-10T12:00").plus(Duration.ofMinutes(berlinMinute)));

        whenPendingRunAt("2010-10-10T13:00");
        assertThat(next(h.engine.job(job.id()).get()))
                .isEqualTo(berlin("2010-10-10T13:00").plus(Duration.ofMinutes(berlinMinute)));
        whenPendingRunAt("2010-10-10T13:30");

        assertThat(next(h.engine.job(job.id()).get()))
                .isEqualTo(berlin("2010-10-10T14:00").plus(Duration.ofMinutes(berlinMinute)));
        assertThat(task.runs()).isEqualTo(2);
    }

    @ParameterizedTest(name = "every minute at :15 in {0}")
    @ValueSource(strings = { "Europe/Berlin", "Europe/London", "Asia/Kathmandu" })
    void shouldPlaceMinutelyJobAfterLateAndPromptRunsAtItsSecond(String zone) {
        givenBerlinTime("2010-10-10T10:10:00");
        Job job = h.engine.every().minute().at(":15", ZoneId.of(zone)).run("job");
        assertThat(next(job)).isEqualTo(berlin("2010-10-10T10:10:15"));

        whenPendingRunAt("2010-10-10T10:10:59");
        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-10-10T10:11:15"));
        whenPendingRunAt("2010-10-10T10:12:14");
        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-10-10T10:12:15"));
        whenPendingRunAt("2010-10-10T10:12:16");

        assertThat(next(h.engine.job(job.id()).get())).isEqualTo(berlin("2010-10-10T10:13:15"));
        assertThat(task.slots).containsExactly(berlin("2010-10-10T10:10:15"), berlin("2010-10-10T10:11:15"),
                berlin("2010-10-10T10:12:15"));
    }

    @Test
    void shouldRunPendingJobsOnceEachHoweverManyRunsWereMissed() {
        givenBerlinTime("2010-01-06T12:15");
        RecordingTask minute = h.task("minute");
        RecordingTask hour = h.task("hour");
        RecordingTask day = h.task("day");
        RecordingTask sunday = h.task("sunday");
        h.engine.every().minute().run("minute");
        h.engine.every().hour().run("hour");
        h.engine.every().day().run("day");
        h.engine.every().sunday().run("sunday");

        h.pending();
        assertThat(minute.runs() + hour.runs() + day.runs() + sunday.runs()).isZero();
        whenPendingRunAt("2010-01-06T12:16");
        assertThat(minute.runs() + hour.runs() + day.runs() + sunday.runs()).isEqualTo(1);
        whenPendingRunAt("2010-01-06T13:16");
        assertThat(minute.runs() + hour.runs() + day.runs() + sunday.runs()).isEqualTo(1 + 2);
        whenPendingRunAt("2010-01-07T13:16");
        assertThat(minute.runs() + hour.runs() + day.runs() + sunday.runs()).isEqualTo(1 + 2 + 3);
        whenPendingRunAt("2010-01-10T13:16");

        assertThat(minute.runs()).isEqualTo(4);
        assertThat(hour.runs()).isEqualTo(3);
        assertThat(day.runs()).isEqualTo(2);
        assertThat(sunday.slots).containsExactly(berlin("2010-01-10T12:15"));
    }

    @Test
    void shouldTellNextRunOfTheEarliestJob() {
        givenBerlinTime("2010-01-06T13:16");

        h.engine.every().day().run("job");
        h.engine.every().hour().run("job");

        assertThat(h.engine.jobs()).hasSize(2);
        assertThat(h.engine.nextRun()).contains(berlin("2010-01-06T14:16"));
    }

    @Test
    void shouldTellIdleTimeUntilNextRunAndNoneOnceCancelled() {
        givenBerlinTime("2020-12-09T21:46");

        Job job = h.engine.every().hour().run("job");
        assertThat(h.engine.idleTime()).contains(Duration.ofHours(1));
        h.engine.cancel(job.id());

        assertThat(h.engine.nextRun()).isEmpty();
        assertThat(h.engine.idleTime()).isEmpty();
    }
}
