package org.aioschedule.engine.internal.core;

import static org.aioschedule.engine.internal.core.Wall.BERLIN;
import static org.aioschedule.engine.internal.core.Wall.UTC;
import static org.aioschedule.engine.internal.core.Wall.at;
import static org.aioschedule.engine.internal.core.Wall.berlin;
import static org.aioschedule.engine.internal.core.Wall.second;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.aioschedule.Job;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time-zone catalogue of dbader/schedule 1.2.2 ({@code test_tz_*}): a job's {@code at} time in its own zone,
 * on an engine whose default zone is another one. Our next run is an instant, so each case states the engine's
 * wall time when the job is created and the wall time, in the engine's zone, of the expected first run.
 */
class ScheduleCompatibilityTimeZoneTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");
    private static final ZoneId NEWFOUNDLAND = ZoneId.of("Canada/Newfoundland");

    private Harness h;
    private RecordingTask task;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private void givenEngineTime(String local, ZoneId engineZone) {
        givenEngineAt(at(local, engineZone), engineZone);
    }

    private void givenEngineAt(Instant now, ZoneId engineZone) {
        h = new Harness(now.toString(), engineZone, new MemoryJobStore());
        task = h.task("job");
    }

    private Instant nextRun(String jobId) {
        return h.engine.job(jobId).flatMap(Job::nextRun).orElseThrow(() -> new AssertionError("no next run"));
    }

    private Instant firstRunOfDailyJob(String time, String zone) {
        return nextRun(h.engine.every().day().at(time, ZoneId.of(zone)).run("job").id());
    }

    @Test
    void shouldPlaceKolkataMorningInTheBerlinNight() {
        givenEngineTime("2022-02-01T23:15", BERLIN);

        assertThat(firstRunOfDailyJob("06:30", "Asia/Kolkata")).isEqualTo(berlin("2022-02-02T02:00"));
    }

    @Test
    void shouldPlaceUsCentralMidnightDuringBerlinSummerTime() {
        givenEngineTime("2023-04-14T04:50", BERLIN);

        assertThat(firstRunOfDailyJob("00:00", "US/Central")).isEqualTo(berlin("2023-04-14T07:00"));
    }

    @Test
    void shouldPlaceNewYorkHalfHourInBerlinAfternoon() {
        givenEngineTime("2022-04-08T10:00", BERLIN);

        assertThat(firstRunOfDailyJob("10:30", "America/New_York")).isEqualTo(berlin("2022-04-08T16:30"));
    }

    @Test
    void shouldPlaceNewYorkTimeWhenOnlyNewYorkIsInSummerTime() {
        givenEngineTime("2022-03-20T10:00", BERLIN);

        assertThat(firstRunOfDailyJob("10:30", "America/New_York")).isEqualTo(berlin("2022-03-20T15:30"));
    }

    @Test
    void shouldRunSkippedBerlinTimeAtShiftedInstantThenAtItsTimeTheNextDay() {
        givenEngineTime("2023-03-26T01:30", BERLIN);
        Job job = h.engine.every().day().at("02:30", BERLIN).run("job");
        assertThat(nextRun(job.id())).isEqualTo(berlin("2023-03-26T03:30"));

        h.runFor(Duration.ofHours(2), Duration.ofMinutes(1));

        assertThat(task.slots).containsExactly(berlin("2023-03-26T03:30"));
        assertThat(nextRun(job.id())).isEqualTo(berlin("2023-03-27T02:30"));
    }

    @Test
    void shouldRunRepeatedBerlinTimeAtFirstOccurrenceThenAtItsTimeTheNextDay() {
        givenEngineTime("2023-10-29T01:30", BERLIN);
        Job job = h.engine.every().day().at("02:30", BERLIN).run("job");
        assertThat(nextRun(job.id())).isEqualTo(Instant.parse("2023-10-29T00:30:00Z"));

        h.runFor(Duration.ofHours(3), Duration.ofMinutes(1));

        assertThat(task.slots).containsExactly(Instant.parse("2023-10-29T00:30:00Z"));
        assertThat(nextRun(job.id())).isEqualTo(berlin("2023-10-30T02:30"));
    }

    @Test
    void shouldTellIdleTimeUntilKrasnoyarskMorning() {
        givenEngineTime("2022-03-20T10:00", BERLIN);

        h.engine.every().day().at("11:00", ZoneId.of("Asia/Krasnoyarsk")).run("job");

        assertThat(h.engine.idleTime()).contains(Duration.ofSeconds(68_400));
        assertThat(h.engine.nextRun()).contains(berlin("2022-03-21T05:00"));
    }

    @Test
    void shouldPlaceUtcMidnightInAucklandNoonForDailyAndMondayJobs() {
        givenEngineTime("2023-09-18T10:59", AUCKLAND);

        Job daily = h.engine.every().day().at("00:00", UTC).run("job");
        Job monday = h.engine.every().monday().at("00:00", UTC).run("job");

        assertThat(nextRun(daily.id())).isEqualTo(at("2023-09-18T12:00", AUCKLAND));
        assertThat(nextRun(monday.id())).isEqualTo(at("2023-09-18T12:00", AUCKLAND));
    }

    @Test
    void shouldPlaceUsEasternTimeFromUtcEngine() {
        givenEngineTime("2023-07-15T13:00", UTC);

        assertThat(firstRunOfDailyJob("09:45", "US/Eastern")).isEqualTo(Instant.parse("2023-07-15T13:45:00Z"));
    }

    @Test
    void shouldKeepTheSecondsOfAnAmsterdamTime() {
        givenEngineTime("2023-10-19T15:00", UTC);

        assertThat(firstRunOfDailyJob("00:00:20", "Europe/Amsterdam"))
                .isEqualTo(Instant.parse("2023-10-19T22:00:20Z"));
    }

    @Test
    void shouldPlaceAmsterdamSundayAfterItsSummerTimeEnds() {
        givenEngineTime("2023-10-22T23:00", UTC);

        Job job = h.engine.every().sunday().at("23:00", ZoneId.of("Europe/Amsterdam")).run("job");

        assertThat(nextRun(job.id())).isEqualTo(Instant.parse("2023-10-29T22:00:00Z"));
    }

    @ParameterizedTest(name = "Berlin {0}: every day at {1} {2} first runs at Berlin {3}")
    @CsvSource({
            "2023-12-31T23:00, 12:00, Australia/Sydney, 2024-01-01T02:00",
            "2023-12-31T23:50, 09:00, Asia/Tokyo, 2024-01-01T01:00",
            "2023-02-28T23:50, 10:00, Australia/Sydney, 2023-03-01T00:00",
            "2024-02-28T23:50, 04:00, Asia/Dubai, 2024-02-29T01:00" })
    void shouldPlaceZonedTimeAcrossYearMonthAndLeapDayBoundaries(String now, String time, String zone,
            String expected) {
        givenEngineTime(now, BERLIN);

        assertThat(firstRunOfDailyJob(time, zone)).isEqualTo(berlin(expected));
    }

    @ParameterizedTest(name = "Auckland {0}: every day at 23:00 UTC first runs at Auckland {1}")
    @CsvSource({
            "2023-09-18T10:00, 2023-09-18T11:00",
            "2024-04-08T10:00, 2024-04-08T11:00",
            "2023-09-25T10:00, 2023-09-25T12:00",
            "2024-04-01T10:00, 2024-04-01T12:00" })
    void shouldPlaceUtcEveningInAucklandAroundNewZealandSummerTime(String now, String expected) {
        givenEngineTime(now, AUCKLAND);

        Job job = h.engine.every().day().at("23:00", UTC).run("job");

        assertThat(nextRun(job.id())).isEqualTo(at(expected, AUCKLAND));
        assertThat(h.engine.idleTime()).contains(Duration.between(at(now, AUCKLAND), at(expected, AUCKLAND)));
    }

    @Test
    void shouldShiftLondonTimeSkippedBySummerTimeWhileBerlinIsStillInWinterTime() {
        givenEngineTime("2023-03-26T01:30", BERLIN);

        assertThat(firstRunOfDailyJob("01:00", "Europe/London")).isEqualTo(berlin("2023-03-26T03:00"));
    }

    @Test
    void shouldPlaceIstanbulTimeFromTheRepeatedBerlinHour() {
        givenEngineAt(second("2023-10-29T02:30", BERLIN), BERLIN);

        assertThat(firstRunOfDailyJob("06:00", "Europe/Istanbul")).isEqualTo(berlin("2023-10-29T04:00"));
    }

    @Test
    void shouldPlaceEveryTenHoursAtNewfoundlandMinuteFromChatham() {
        givenEngineTime("2024-05-04T14:37:22", CHATHAM);

        Job job = h.engine.every(10).hours().at("14:45", NEWFOUNDLAND).run("job");

        assertThat(nextRun(job.id())).isEqualTo(at("2024-05-05T00:29:45", CHATHAM));
        assertThat(nextRun(job.id())).isEqualTo(at("2024-05-04T09:14:45", NEWFOUNDLAND));
    }

    @Test
    void shouldKeepTwentyMinuteNewfoundlandSlotsWhileChathamSpringsForward() {
        givenEngineTime("2024-09-29T02:20", CHATHAM);
        Job job = h.engine.every(20).minutes().at(":13", NEWFOUNDLAND).run("job");
        assertThat(nextRun(job.id())).isEqualTo(at("2024-09-29T02:40:13", CHATHAM));

        h.runFor(Duration.ofMinutes(41), Duration.ofSeconds(1));

        assertThat(task.slots).containsExactly(at("2024-09-29T02:40:13", CHATHAM),
                at("2024-09-29T04:00:13", CHATHAM));
        assertThat(nextRun(job.id())).isEqualTo(at("2024-09-28T12:05:13", NEWFOUNDLAND));
    }

    @Test
    void shouldFollowTheWallClockThroughTheRepeatedNewfoundlandHour() {
        givenEngineAt(at("2024-11-03T01:00", NEWFOUNDLAND), CHATHAM);
        h.engine.every(20).minutes().at(":13", NEWFOUNDLAND).run("job");

        h.runFor(Duration.ofMinutes(121), Duration.ofSeconds(1));

        assertThat(task.slots).containsExactly(at("2024-11-03T01:20:13", NEWFOUNDLAND),
                at("2024-11-03T01:40:13", NEWFOUNDLAND), at("2024-11-03T02:00:13", NEWFOUNDLAND));
    }

    @Test
    void shouldShiftNewfoundlandSlotSkippedBySummerTime() {
        givenEngineTime("2025-03-09T19:00", CHATHAM);

        Job job = h.engine.every(20).minutes().at(":13", NEWFOUNDLAND).run("job");

        assertThat(nextRun(job.id())).isEqualTo(at("2025-03-09T19:20:13", CHATHAM));
        assertThat(nextRun(job.id())).isEqualTo(at("2025-03-09T03:05:13", NEWFOUNDLAND));
    }

    @Test
    void shouldKeepBerlinTimeOfWeeklyIntervalAcrossSpringForward() {
        givenEngineTime("2024-03-28T11:00", BERLIN);

        Job job = h.engine.every(7).days().at("11:00", BERLIN).run("job");

        assertThat(nextRun(job.id())).isEqualTo(berlin("2024-04-04T11:00"));
    }

    @Test
    void shouldKeepBerlinTimeOfWeeklyIntervalAcrossFallBack() {
        givenEngineTime("2024-10-25T11:00", BERLIN);

        Job job = h.engine.every(7).days().at("11:00", BERLIN).run("job");

        assertThat(nextRun(job.id())).isEqualTo(berlin("2024-11-01T11:00"));
    }

    @Test
    void shouldPlaceAnchorageAfternoonOnItsFallBackDay() {
        givenEngineTime("2024-11-03T10:00", BERLIN);

        assertThat(firstRunOfDailyJob("14:00", "America/Anchorage")).isEqualTo(berlin("2024-11-04T00:00"));
    }

    @Test
    void shouldPlaceZonedJobAtTheSameInstantWhateverTheEngineZone() {
        Instant now = berlin("2024-03-31T00:00");
        Instant[] firstRuns = new Instant[2];
        ZoneId[] engineZones = { BERLIN, ZoneId.of("America/Santiago") };
        for (int i = 0; i < engineZones.length; i++) {
            givenEngineAt(now, engineZones[i]);
            firstRuns[i] = firstRunOfDailyJob("10:00", "Europe/Berlin");
            h.close();
        }
        h = null;

        assertThat(firstRuns).containsExactly(berlin("2024-03-31T10:00"), berlin("2024-03-31T10:00"));
    }

    @Test
    void shouldRefuseUnknownZoneInTheGrammar() {
        givenEngineTime("2024-03-31T00:00", BERLIN);

        assertThatThrownBy(() -> h.engine.schedule("every day at 10:30 FakeZone"))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("FakeZone");
        assertThatThrownBy(() -> h.engine.every().day().at("10:30", null))
                .isInstanceOf(ScheduleValueException.class);
        assertThat(h.engine.jobs()).isEmpty();
    }
}
