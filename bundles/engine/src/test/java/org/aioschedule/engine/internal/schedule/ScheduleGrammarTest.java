package org.aioschedule.engine.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.aioschedule.IntervalException;
import org.aioschedule.ScheduleValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScheduleGrammarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private final ScheduleParser parser = new ScheduleParser(CLOCK, ZONE);

    private ScheduleSpec parse(String text) {
        return parser.parse(text).build();
    }

    private SpecBuilder every(long interval) {
        return new SpecBuilder(interval, CLOCK, ZONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "every 10 seconds|every 10 seconds",
            "every second|every second",
            "every 1 seconds|every second",
            "EVERY 5 TO 10 Minutes|every 5 to 10 minutes",
            "every day at 10:30|every day at 10:30",
            "every day at 10:30:15|every day at 10:30:15",
            "every 2 days at 07:00 Europe/Rome|every 2 days at 07:00 Europe/Rome",
            "every wednesday at 13:15 Europe/Rome|every wednesday at 13:15 Europe/Rome",
            "every monday|every monday",
            "every hour at :30|every hour at :30",
            "every hour at 30:05|every hour at 30:05",
            "every 2 hours at 00:00|every 2 hours at :00",
            "every minute at :15|every minute at :15",
            "every 3 weeks|every 3 weeks",
            "every day at 10:30 +02:00|every day at 10:30 +02:00",
            "every hour until 2030-01-31 18:00|every hour until 2030-01-31T17:00:00Z",
            "every hour until 2030-01-31T18:00:00Z|every hour until 2030-01-31T18:00:00Z",
            "every day at 10:30 UTC until 2030-01-31|every day at 10:30 UTC until 2030-01-31T00:00:00Z",
            "every 10 minutes until 18:30|every 10 minutes until 2026-11-24T17:30:00Z",
            "cron 0 0/5 * * * ?|cron 0 0/5 * * * ?",
            "cron  0 15 10 ? * mon-fri  Europe/Rome|cron 0 15 10 ? * MON-FRI Europe/Rome",
            "cron 0 0 12 L * ? 2030 UTC until 2030-06-01|cron 0 0 12 L * ? 2030 UTC until 2030-06-01T00:00:00Z",
    })
    void shouldPrintCanonicalFormThatParsesBackToTheSameSchedule(String text, String canonical) {
        ScheduleSpec spec = parse(text);

        assertThat(spec).hasToString(canonical);
        assertThat(parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void shouldBuildTheSameScheduleFromGrammarAndFluentCalls() {
        assertThat(parse("every 10 minutes")).isEqualTo(every(10).unit(Unit.MINUTES, false).build());
        assertThat(parse("every wednesday at 13:15 Europe/Rome"))
                .isEqualTo(every(1).weekday(java.time.DayOfWeek.WEDNESDAY).at("13:15", ZONE).build());
        assertThat(parse("every 5 to 10 seconds")).isEqualTo(every(5).to(10).unit(Unit.SECONDS, false).build());
        assertThat(parse("every day at 10:30 until 2030-01-31T18:00:00Z")).isEqualTo(every(1)
                .unit(Unit.DAYS, true).at("10:30", null).until(Instant.parse("2030-01-31T18:00:00Z")).build());
    }

    @Test
    void shouldAskForPluralUnitWhenIntervalIsNotOne() {
        assertThatThrownBy(() -> every(10).unit(Unit.MINUTES, true)).isInstanceOf(IntervalException.class)
                .hasMessageContaining("Use minutes() instead of minute() when the interval is 10");
        assertThatThrownBy(() -> parse("every 10 minute")).isInstanceOf(IntervalException.class)
                .hasMessageContaining("every 10 minutes");
    }

    @Test
    void shouldAllowWeekdaysOnlyWeekly() {
        assertThatThrownBy(() -> every(2).weekday(java.time.DayOfWeek.MONDAY))
                .isInstanceOf(IntervalException.class).hasMessageContaining("only allowed weekly")
                .hasMessageContaining("every(14).days()");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DAYS|25:00", "DAYS|00:61", "DAYS|00:00:61", "DAYS|2:30", "DAYS|:2", "DAYS|' 2:30:00'", "DAYS|59:59",
            "DAYS|2:30:000001", "HOURS|2:30:00", "HOURS|::2", "HOURS|61:00", "HOURS|00:61", "HOURS|2",
            "MINUTES|2:30", "MINUTES|::2", "MINUTES|' :30'", "MINUTES|2"})
    void shouldRejectTimesThatDoNotFitTheUnitAndShowAValidOne(Unit unit, String time) {
        assertThatThrownBy(() -> every(1).unit(unit, false).at(time, null))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("for example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "every", "every 10", "every 0 seconds", "every -1 seconds", "every ten seconds",
            "every 10 fortnights", "each 10 seconds", "every 10 seconds at 10:30", "every week at 10:30",
            "every 10 to 5 seconds", "every 2 monday", "every day at", "every day at 10:30 Mars/Olympus",
            "every day until", "every day until yesterday", "every hour until 2020-01-01",
            "every day at 10:30 extra", "every 99999999999999999999 seconds", "every 1000000001 seconds",
            "every monday to 3", "cron", "cron 0 0", "cron 0 61 * * * ?", "cron 0 0 12 * * MON",
            "cron 0 0 12 ? * * Mars/Olympus", "cron 0 0 12 ? * * 2030 UTC extra"})
    void shouldRejectInvalidSchedulesWithAMessageThatShowsAValidOne(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ScheduleValueException.class)
                .hasMessageMatching("(?s).*(example|every\\(|\").*");
    }

    @Test
    void shouldRequireAUnit() {
        assertThatThrownBy(() -> every(3).build()).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("every(3).seconds()");
    }
}
