package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The DST contract, by name. Europe/Rome in 2024 springs forward on 31 March (02:00 CET becomes 03:00 CEST) and falls
 * back on 27 October (03:00 CEST becomes 02:00 CET, so 02:00-02:59 happens twice).
 */
class CronExpressionDstTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static List<OffsetDateTime> fires(String expression, String from, ZoneId zone, int count) {
        CronExpression cron = CronExpression.parse(expression);
        Instant after = OffsetDateTime.parse(from).toInstant();
        List<OffsetDateTime> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            after = cron.next(after, zone);
            times.add(after.atZone(zone).toOffsetDateTime());
        }
        return times;
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    @Test
    void shouldFireOnceAtShiftedTimeWhenLocalTimeFallsInSpringForwardGap() {
        assertThat(fires("0 30 2 * * ?", "2024-03-30T00:00+01:00", ROME, 3)).containsExactly(
                at("2024-03-30T02:30+01:00"), at("2024-03-31T03:30+02:00"), at("2024-04-01T02:30+02:00"));
    }

    @Test
    void shouldFireOnceAtFirstOccurrenceWhenLocalTimeFallsInFallBackFold() {
        assertThat(fires("0 30 2 * * ?", "2024-10-26T00:00+02:00", ROME, 3)).containsExactly(
                at("2024-10-26T02:30+02:00"), at("2024-10-27T02:30+02:00"), at("2024-10-28T02:30+01:00"));
    }

    @Test
    void shouldFireEveryMinuteAcrossSpringForward() {
        assertThat(fires("0 * * * * ?", "2024-03-31T01:58+01:00", ROME, 3)).containsExactly(
                at("2024-03-31T01:59+01:00"), at("2024-03-31T03:00+02:00"), at("2024-03-31T03:01+02:00"));
    }

    @Test
    void shouldFireEveryMinuteAcrossFallBackWithoutRepeatingTheHour() {
        assertThat(fires("0 * * * * ?", "2024-10-27T02:58+02:00", ROME, 3)).containsExactly(
                at("2024-10-27T02:59+02:00"), at("2024-10-27T03:00+01:00"), at("2024-10-27T03:01+01:00"));
    }

    @Test
    void shouldFireOncePerLocalMinuteOnTransitionDays() {
        assertThat(countFires("0 * * * * ?", "2024-03-31T00:00+01:00", "2024-04-01T00:00+02:00")).isEqualTo(1380);
        assertThat(countFires("0 * * * * ?", "2024-10-27T00:00+02:00", "2024-10-28T00:00+01:00")).isEqualTo(1440);
    }

    private static int countFires(String expression, String from, String until) {
        CronExpression cron = CronExpression.parse(expression);
        Instant end = OffsetDateTime.parse(until).toInstant();
        Instant after = OffsetDateTime.parse(from).minusSeconds(1).toInstant();
        int count = 0;
        for (Instant next = cron.next(after, ROME); next.isBefore(end); next = cron.next(next, ROME)) {
            count++;
        }
        return count;
    }

    @Test
    void shouldFireStrictlyAfterAnInstantInTheSecondOccurrenceOfAFold() {
        Instant secondOccurrence = at("2024-10-27T02:30+01:00").toInstant();
        assertThat(CronExpression.parse("0 * * * * ?").next(secondOccurrence, ROME))
                .isEqualTo(at("2024-10-27T03:00+01:00").toInstant());
        assertThat(CronExpression.parse("0 45 2 * * ?").next(secondOccurrence, ROME))
                .isEqualTo(at("2024-10-28T02:45+01:00").toInstant());
        assertThat(CronExpression.parse("0 15 2,3 * * ?").next(secondOccurrence, ROME))
                .isEqualTo(at("2024-10-27T03:15+01:00").toInstant());
    }

    @Test
    void shouldFireGapTimeOnceWhenItsShiftedTimeAlsoMatches() {
        assertThat(fires("0 0,30 2,3 * * ?", "2024-03-31T01:00+01:00", ROME, 3)).containsExactly(
                at("2024-03-31T03:00+02:00"), at("2024-03-31T03:30+02:00"), at("2024-04-01T02:00+02:00"));
    }

    @Test
    void shouldOrderShiftedGapTimesAmongTimesJustAfterAHalfHourGap() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        assertThat(fires("0 20,40 2 * * ?", "2024-10-06T01:00+10:30", lordHowe, 3)).containsExactly(
                at("2024-10-06T02:40+11:00"), at("2024-10-06T02:50+11:00"), at("2024-10-07T02:20+11:00"));
    }

    @Test
    void shouldFindShiftedGapTimeWhenStartingJustAfterTheGap() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        assertThat(fires("0 20 2 * * ?", "2024-10-06T02:35+11:00", lordHowe, 2)).containsExactly(
                at("2024-10-06T02:50+11:00"), at("2024-10-07T02:20+11:00"));
    }

    @Test
    void shouldFireAtShiftedTimeWhenMidnightFallsInGap() {
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        assertThat(fires("0 0 0 * * ?", "2018-11-03T12:00-03:00", saoPaulo, 2)).containsExactly(
                at("2018-11-04T01:00-02:00"), at("2018-11-05T00:00-02:00"));
    }

    @Test
    void shouldFireOnceInNewYorkFallBackFold() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(fires("0 30 1 * * ?", "2024-11-03T00:00-04:00", newYork, 2)).containsExactly(
                at("2024-11-03T01:30-04:00"), at("2024-11-04T01:30-05:00"));
    }
}
