package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One named case per syntax feature, evaluated in UTC from dates in 2024 (1 January 2024 is a Monday). */
class CronExpressionSyntaxTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    static List<String> fires(String expression, String from, int count) {
        CronExpression cron = CronExpression.parse(expression);
        Instant after = LocalDateTime.parse(from).toInstant(ZoneOffset.UTC);
        List<String> times = new ArrayList<>();
        for (int i = 0; i < count && after != null; i++) {
            after = cron.next(after, UTC);
            times.add(after == null ? "none" : LocalDateTime.ofInstant(after, UTC).toString());
        }
        return times;
    }

    @Test
    void shouldFireEverySecond() {
        assertThat(fires("* * * * * ?", "2024-01-01T10:00:59", 2)).containsExactly("2024-01-01T10:01",
                "2024-01-01T10:01:01");
    }

    @Test
    void shouldFireEveryFiveMinutesFromStartValue() {
        assertThat(fires("0 0/5 * * * ?", "2024-01-01T10:03", 3)).containsExactly("2024-01-01T10:05",
                "2024-01-01T10:10", "2024-01-01T10:15");
    }

    @Test
    void shouldFireOnStarSlashStep() {
        assertThat(fires("*/20 * * * * ?", "2024-01-01T10:00", 3)).containsExactly("2024-01-01T10:00:20",
                "2024-01-01T10:00:40", "2024-01-01T10:01");
    }

    @Test
    void shouldStartStepAtGivenValue() {
        assertThat(fires("5/25 * * * * ?", "2024-01-01T10:00", 3)).containsExactly("2024-01-01T10:00:05",
                "2024-01-01T10:00:30", "2024-01-01T10:00:55");
    }

    @Test
    void shouldFireOnRangeWithStep() {
        assertThat(fires("0 0 9-17/4 * * ?", "2024-01-01T00:00", 4)).containsExactly("2024-01-01T09:00",
                "2024-01-01T13:00", "2024-01-01T17:00", "2024-01-02T09:00");
    }

    @Test
    void shouldWrapHourRangePastMidnight() {
        assertThat(fires("0 0 22-1 * * ?", "2024-01-01T12:00", 5)).containsExactly("2024-01-01T22:00",
                "2024-01-01T23:00", "2024-01-02T00:00", "2024-01-02T01:00", "2024-01-02T22:00");
    }

    @Test
    void shouldWrapSecondRangeWithStep() {
        assertThat(fires("50-10/5 * * * * ?", "2024-01-01T10:00:41", 6)).containsExactly("2024-01-01T10:00:50",
                "2024-01-01T10:00:55", "2024-01-01T10:01", "2024-01-01T10:01:05", "2024-01-01T10:01:10",
                "2024-01-01T10:01:50");
    }

    @Test
    void shouldFireOnListOfValues() {
        assertThat(fires("0 15,45 8 * * ?", "2024-01-01T00:00", 3)).containsExactly("2024-01-01T08:15",
                "2024-01-01T08:45", "2024-01-02T08:15");
    }

    @Test
    void shouldAcceptMonthNamesAndLists() {
        assertThat(fires("0 0 12 1 JAN,JUL ?", "2024-01-02T00:00", 2)).containsExactly("2024-07-01T12:00",
                "2025-01-01T12:00");
    }

    @Test
    void shouldAcceptMonthNameRangeWrappingAroundNewYear() {
        assertThat(fires("0 0 0 1 NOV-FEB ?", "2024-03-01T00:00", 4)).containsExactly("2024-11-01T00:00",
                "2024-12-01T00:00", "2025-01-01T00:00", "2025-02-01T00:00");
    }

    @Test
    void shouldFireOnWeekdaysByNameRange() {
        assertThat(fires("0 0 9 ? * MON-FRI", "2024-01-05T10:00", 2)).containsExactly("2024-01-08T09:00",
                "2024-01-09T09:00");
    }

    @Test
    void shouldWrapDayOfWeekRangeOverTheWeekend() {
        assertThat(fires("0 0 0 ? * FRI-MON", "2024-01-01T00:00", 4)).containsExactly("2024-01-05T00:00",
                "2024-01-06T00:00", "2024-01-07T00:00", "2024-01-08T00:00");
    }

    @Test
    void shouldCountSundayAsDayOne() {
        assertThat(fires("0 0 0 ? * 1", "2024-01-01T00:00", 1)).containsExactly("2024-01-07T00:00");
    }

    @Test
    void shouldStepThroughDaysOfWeek() {
        assertThat(fires("0 0 0 ? * 2/2", "2024-01-01T00:00", 3)).containsExactly("2024-01-03T00:00",
                "2024-01-05T00:00", "2024-01-08T00:00");
    }

    @Test
    void shouldAcceptLowerCaseNamesAndShowThemUpperCased() {
        CronExpression cron = CronExpression.parse("0 0 12 ? jan,Feb mon-fri");
        assertThat(cron).hasToString("0 0 12 ? JAN,FEB MON-FRI");
        assertThat(fires("0 0 12 ? jan mon", "2024-01-01T13:00", 1)).containsExactly("2024-01-08T12:00");
    }

    @Test
    void shouldAcceptTabsAndRepeatedSpaces() {
        assertThat(CronExpression.parse("  0\t0  12 * *\t ?  ")).hasToString("0 0 12 * * ?");
    }

    @Test
    void shouldAcceptLeadingZeros() {
        assertThat(fires("00 05 09 * * ?", "2024-01-01T00:00", 1)).containsExactly("2024-01-01T09:05");
    }

    @Test
    void shouldFireOnLastDayOfMonth() {
        assertThat(fires("0 0 0 L * ?", "2024-01-01T00:00", 3)).containsExactly("2024-01-31T00:00",
                "2024-02-29T00:00", "2024-03-31T00:00");
    }

    @Test
    void shouldFireOnOffsetFromLastDay() {
        assertThat(fires("0 0 0 L-3 * ?", "2024-01-01T00:00", 2)).containsExactly("2024-01-28T00:00",
                "2024-02-26T00:00");
    }

    @Test
    void shouldSkipMonthsWhereLastDayOffsetFallsBeforeFirstDay() {
        assertThat(fires("0 0 0 L-30 * ?", "2024-02-01T00:00", 2)).containsExactly("2024-03-01T00:00",
                "2024-05-01T00:00");
    }

    @Test
    void shouldFireOnLastWeekdayOfMonth() {
        assertThat(fires("0 0 0 LW * ?", "2024-03-01T00:00", 6)).containsExactly("2024-03-29T00:00",
                "2024-04-30T00:00", "2024-05-31T00:00", "2024-06-28T00:00", "2024-07-31T00:00", "2024-08-30T00:00");
    }

    @Test
    void shouldFireOnWeekdayNearestToOffsetFromLastDay() {
        assertThat(fires("0 0 0 L-1W * ?", "2024-06-01T00:00", 2)).containsExactly("2024-06-28T00:00",
                "2024-07-30T00:00");
    }

    @Test
    void shouldFireOnNearestWeekdayTo15th() {
        assertThat(fires("0 0 0 15W * ?", "2024-05-01T00:00", 5)).containsExactly("2024-05-15T00:00",
                "2024-06-14T00:00", "2024-07-15T00:00", "2024-08-15T00:00", "2024-09-16T00:00");
    }

    @Test
    void shouldNotLeaveTheMonthForNearestWeekdayToFirst() {
        assertThat(fires("0 0 0 1W * ?", "2024-05-02T00:00", 2)).containsExactly("2024-06-03T00:00",
                "2024-07-01T00:00");
    }

    @Test
    void shouldSkipMonthsWithoutTheDayForNearestWeekday() {
        assertThat(fires("0 0 0 31W * ?", "2024-04-01T00:00", 2)).containsExactly("2024-05-31T00:00",
                "2024-07-31T00:00");
    }

    @Test
    void shouldSkipMonthsWhereLastDayOffsetWithWeekdayFallsBeforeFirstDay() {
        assertThat(fires("0 0 0 L-30W * ?", "2024-02-01T00:00", 2)).containsExactly("2024-03-01T00:00",
                "2024-05-01T00:00");
    }

    @Test
    void shouldFireOnLastFridayOfMonth() {
        assertThat(fires("0 0 0 ? * 6L", "2024-01-01T00:00", 3)).containsExactly("2024-01-26T00:00",
                "2024-02-23T00:00", "2024-03-29T00:00");
        assertThat(fires("0 0 0 ? * FRIL", "2024-01-01T00:00", 1)).containsExactly("2024-01-26T00:00");
    }

    @Test
    void shouldFireOnThirdMondayOfMonth() {
        assertThat(fires("0 0 0 ? * MON#3", "2024-01-01T00:00", 2)).containsExactly("2024-01-15T00:00",
                "2024-02-19T00:00");
        assertThat(fires("0 0 0 ? * 2#3", "2024-01-01T00:00", 1)).containsExactly("2024-01-15T00:00");
    }

    @Test
    void shouldSkipMonthsWithoutFifthFriday() {
        assertThat(fires("0 0 0 ? * 6#5", "2024-01-01T00:00", 1)).containsExactly("2024-03-29T00:00");
    }

    @Test
    void shouldTreatLAloneInDayOfWeekAsSaturday() {
        assertThat(fires("0 0 0 ? * L", "2024-01-01T00:00", 2)).containsExactly("2024-01-06T00:00",
                "2024-01-13T00:00");
    }

    @Test
    void shouldFireOnLeapDayOnly() {
        assertThat(fires("0 0 0 29 2 ?", "2024-03-01T00:00", 2)).containsExactly("2028-02-29T00:00",
                "2032-02-29T00:00");
    }

    @Test
    void shouldHonourYearField() {
        assertThat(fires("0 0 0 1 1 ? 2030,2032-2033", "2024-01-01T00:00", 4)).containsExactly("2030-01-01T00:00",
                "2032-01-01T00:00", "2033-01-01T00:00", "none");
    }

    @Test
    void shouldStepThroughYears() {
        assertThat(fires("0 0 0 1 1 ? 2090/4", "2024-01-01T00:00", 4)).containsExactly("2090-01-01T00:00",
                "2094-01-01T00:00", "2098-01-01T00:00", "none");
    }

    @Test
    void shouldReturnNullAfterLastYear() {
        assertThat(fires("0 0 0 1 1 ?", "2099-01-01T00:00", 1)).containsExactly("none");
        assertThat(CronExpression.parse("* * * * * ?").next(Instant.MAX, UTC)).isNull();
    }

    @Test
    void shouldStartFromYear1970ForEarlierInstants() {
        assertThat(CronExpression.parse("0 0 0 1 1 ?").next(Instant.MIN, UTC)).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void shouldReturnNullQuicklyForDateThatNeverExists() {
        CronExpression cron = CronExpression.parse("0 0 0 30 2 ?");
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            for (int i = 0; i < 100; i++) {
                assertThat(cron.next(Instant.parse("1970-01-01T00:00:00Z"), UTC)).isNull();
            }
        });
    }

    @Test
    void shouldFindSparseMatchesWithoutSteppingThroughTime() {
        CronExpression lastSecond = CronExpression.parse("59 59 23 31 12 ? 2099");
        CronExpression fifthMondayOfFebruary = CronExpression.parse("0 0 0 ? FEB MON#5");
        Instant start = Instant.parse("1970-01-01T00:00:00Z");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1_000; i++) {
                assertThat(lastSecond.next(start, UTC)).isEqualTo("2099-12-31T23:59:59Z");
                assertThat(fifthMondayOfFebruary.next(start, UTC)).isEqualTo("1988-02-29T00:00:00Z");
            }
        });
    }

    @Test
    void shouldFireStrictlyAfterTheGivenInstant() {
        assertThat(fires("0 0 12 * * ?", "2024-01-01T12:00", 1)).containsExactly("2024-01-02T12:00");
    }

    @Test
    void shouldIgnoreFractionOfSecondOfTheGivenInstant() {
        CronExpression cron = CronExpression.parse("* * * * * ?");
        assertThat(cron.next(Instant.parse("2024-01-01T10:00:00.500Z"), UTC)).isEqualTo("2024-01-01T10:00:01Z");
        assertThat(cron.next(Instant.parse("2024-01-01T10:00:00.999999999Z"), UTC))
                .isEqualTo("2024-01-01T10:00:01Z");
    }

    @Test
    void shouldMatchLocalTimeOfTheGivenZone() {
        CronExpression cron = CronExpression.parse("0 0 9 * * ?");
        assertThat(cron.next(Instant.parse("2024-01-01T00:00:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo("2024-01-01T03:30:00Z");
        assertThat(cron.next(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.ofHours(-5)))
                .isEqualTo("2024-07-01T14:00:00Z");
    }
}
