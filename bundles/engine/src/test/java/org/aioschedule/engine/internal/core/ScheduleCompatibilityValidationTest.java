package org.aioschedule.engine.internal.core;

import static org.aioschedule.engine.internal.core.Wall.BERLIN;
import static org.aioschedule.engine.internal.core.Wall.berlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.UnaryOperator;

import org.aioschedule.IntervalException;
import org.aioschedule.JobBuilder;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eager validation of dbader/schedule 1.2.2 ({@code test_time_units}, {@code test_at_time*} errors,
 * {@code test_until_time} errors): every refusal is a {@link ScheduleValueException} thrown by the call that
 * went wrong, and no job is left behind.
 */
class ScheduleCompatibilityValidationTest {

    private Harness h;

    @BeforeEach
    void start() {
        h = new Harness(berlin("2020-01-01T10:00").toString(), BERLIN, new MemoryJobStore());
        h.task("job");
    }

    @AfterEach
    void close() {
        h.close();
    }

    @ParameterizedTest(name = "every day at \"{0}\"")
    @ValueSource(strings = { "2:30:000001", "::2", ".2", "2", ":2", " 2:30:00", "59:59", "25:00:00", "00:61:00",
            "00:00:61", "25:0:0", "0:61:0", "0:0:61" })
    void shouldRefuseMalformedDailyTime(String time) {
        assertThatThrownBy(() -> h.engine.every().day().at(time)).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining(time);
        assertThat(h.engine.jobs()).isEmpty();
    }

    @ParameterizedTest(name = "every hour at \"{0}\"")
    @ValueSource(strings = { "2:30:00", "::2", ".2", "2", " 2:30", "61:00", "00:61", "01:61" })
    void shouldRefuseMalformedHourlyTime(String time) {
        assertThatThrownBy(() -> h.engine.every().hour().at(time)).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("hourly");
    }

    @ParameterizedTest(name = "every minute at \"{0}\"")
    @ValueSource(strings = { "::2", ".2", "2", "2:30:00", "2:30", " :30" })
    void shouldRefuseMalformedMinutelyTime(String time) {
        assertThatThrownBy(() -> h.engine.every().minute().at(time)).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("minutely");
    }

    @Test
    void shouldRefuseTimeOfDayForSecondsAndPlainWeeks() {
        assertThatThrownBy(() -> h.engine.every(10).seconds().at(":30")).isInstanceOf(ScheduleValueException.class);
        assertThatThrownBy(() -> h.engine.every().week().at("10:30")).isInstanceOf(ScheduleValueException.class);
    }

    @Test
    void shouldRefuseJobWithoutUnit() {
        assertThatThrownBy(() -> h.engine.every().run("job")).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("needs a unit");
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldRefuseSingularUnitWithIntervalAboveOne() {
        assertIntervalError(JobBuilder::second);
        assertIntervalError(JobBuilder::minute);
        assertIntervalError(JobBuilder::hour);
        assertIntervalError(JobBuilder::day);
        assertIntervalError(JobBuilder::week);
    }

    @Test
    void shouldRefuseWeekdayOfJobsRunningEveryTwoOrMoreWeeks() {
        assertIntervalError(JobBuilder::monday);
        assertIntervalError(JobBuilder::tuesday);
        assertIntervalError(JobBuilder::wednesday);
        assertIntervalError(JobBuilder::thursday);
        assertIntervalError(JobBuilder::friday);
        assertIntervalError(JobBuilder::saturday);
        assertIntervalError(JobBuilder::sunday);
        assertThatThrownBy(() -> h.engine.every(2).monday()).hasMessageContaining("only allowed weekly");
    }

    private void assertIntervalError(UnaryOperator<JobBuilder> unit) {
        assertThatThrownBy(() -> unit.apply(h.engine.every(2))).isInstanceOf(IntervalException.class);
    }

    @Test
    void shouldRefuseLatestIntervalBelowTheInterval() {
        assertThatThrownBy(() -> h.engine.every(2).to(1)).isInstanceOf(ScheduleValueException.class);
        assertThat(h.engine.every(2).to(3).seconds().run("job").schedule()).isEqualTo("every 2 to 3 seconds");
    }

    @Test
    void shouldNameSingularAndPluralUnitsAlike() {
        assertThat(h.engine.every().second().run("job").schedule())
                .isEqualTo(h.engine.every().seconds().run("job").schedule()).isEqualTo("every second");
        assertThat(h.engine.every().minute().run("job").schedule())
                .isEqualTo(h.engine.every().minutes().run("job").schedule());
        assertThat(h.engine.every().hour().run("job").schedule())
                .isEqualTo(h.engine.every().hours().run("job").schedule());
        assertThat(h.engine.every().day().run("job").schedule())
                .isEqualTo(h.engine.every().days().run("job").schedule());
        assertThat(h.engine.every().week().run("job").schedule())
                .isEqualTo(h.engine.every().weeks().run("job").schedule()).isEqualTo("every week");
    }

    @ParameterizedTest(name = "until(\"{0}\")")
    @ValueSource(strings = { "123", "01-01-3000", "3000-13-01 10:30", "" })
    void shouldRefuseMalformedDeadline(String deadline) {
        assertThatThrownBy(() -> h.engine.every(10).minutes().until(deadline))
                .isInstanceOf(ScheduleValueException.class);
    }

    @Test
    void shouldRefuseDeadlineInThePast() {
        assertThatThrownBy(() -> h.engine.every().day().until(LocalDateTime.of(2019, 12, 31, 23, 59)))
                .isInstanceOf(ScheduleValueException.class);
        assertThatThrownBy(() -> h.engine.every().day().until(Duration.ofMinutes(-1)))
                .isInstanceOf(ScheduleValueException.class);
        assertThatThrownBy(() -> h.engine.every().day().until(LocalDateTime.of(2020, 1, 1, 9, 0)))
                .isInstanceOf(ScheduleValueException.class);
        assertThatThrownBy(() -> h.engine.every().day().until(berlin("2020-01-01T10:00")))
                .isInstanceOf(ScheduleValueException.class);
    }

    @Test
    void shouldRefuseDeadlineBeforeTheFirstRunUnlikeSchedule() {
        JobBuilder daily = h.engine.every().day().until(LocalTime.of(12, 30));

        assertThatThrownBy(() -> daily.run("job")).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("would never run");
        assertThat(h.engine.jobs()).isEmpty();
        assertThat(h.engine.every().day().at("10:30").until(LocalTime.of(12, 30)).run("job").nextRun())
                .contains(berlin("2020-01-01T10:30"));
    }
}
