package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every known difference from Quartz 2.3.2, with Quartz's own answer, so that each stays deliberate. Not listed
 * because it cannot be run: for L-nW with n of 28 or more Quartz's getTimeAfter can loop forever (see
 * {@link QuartzDifferentialTest#quartzMayLoopForever}); we skip months where the day would fall before the 1st.
 */
class QuartzDivergenceTest {

    @ParameterizedTest(name = "{0}: \"{1}\" after {2} in {3}")
    @CsvSource(delimiter = '|', value = {
        "gap: Quartz skips the day       | 0 30 2 * * ?      | 2024-03-31T00:00+01:00 | Europe/Rome"
            + "         | 2024-03-31T03:30+02:00 | 2024-04-01T02:30+02:00",
        "fold: Quartz fires second time  | 0 30 2 * * ?      | 2024-10-27T00:00+02:00 | Europe/Rome"
            + "         | 2024-10-27T02:30+02:00 | 2024-10-27T02:30+01:00",
        "fold: Quartz jumps an hour      | 0 * * * * ?       | 2024-10-27T02:10+02:00 | Europe/Rome"
            + "         | 2024-10-27T02:11+02:00 | 2024-10-27T02:11+01:00",
        "midnight gap: Quartz skips day  | 0 0 0 * * ?       | 2018-11-03T12:00-03:00 | America/Sao_Paulo"
            + "   | 2018-11-04T01:00-02:00 | 2018-11-05T00:00-02:00",
        "half-hour gap: shifted 02:20    | 0 20,40 2 * * ?   | 2024-10-06T02:40+11:00 | Australia/Lord_Howe"
            + " | 2024-10-06T02:50+11:00 | 2024-10-07T02:20+11:00",
        "29W in a 28-day February        | 0 0 0 29W FEB ?   | 2041-03-01T00:00Z      | UTC"
            + "                 | 2044-02-29T00:00Z      | 2042-02-28T00:00Z",
        "31W in a 30-day June            | 0 30 3 31W FEB-AUG ? | 2023-05-31T03:30Z   | UTC"
            + "                 | 2023-07-31T03:30Z      | 2023-06-30T03:30Z",
        "years end in 2099               | 0 0 0 ? 2 MON#5   | 2073-01-01T00:00Z      | UTC"
            + "                 |                        | 2112-02-29T00:00Z",
    })
    void nextDiffersFromQuartzAsDocumented(String why, String expression, String after, String zone, String ours,
            String quartz) {
        ZoneId zoneId = ZoneId.of(zone);
        Instant from = OffsetDateTime.parse(after).toInstant();
        assertThat(CronExpression.parse(expression).next(from, zoneId)).isEqualTo(instant(ours));
        assertThat(Quartz.next(Quartz.in(expression, zoneId), from)).isEqualTo(instant(quartz));
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "EXTRA_FIELDS                | 0 0 12 * * ? 2030 junk",
        "OTHER_CHARACTERS            | 0 0 12 * * ?+",
        "OTHER_CHARACTERS            | 0 0 12 ? * ſun",
        "EMPTY_LIST_ELEMENT          | 0 0 12 1,,2 * ?",
        "EMPTY_LIST_ELEMENT          | , 0 12 * * ?",
        "QUESTION_MARK_NOT_ALONE     | 0 0 12 ?X * MON",
        "QUESTION_MARK_NOT_ALONE     | 0 0 12 ?,5 * MON",
        "MISPLACED_L                 | L 0 12 * * ?",
        "MISPLACED_L                 | 0 0 12 ? * LW",
        "SPECIAL_IN_LIST             | 0 0 12 1,15W * ?",
        "SPECIAL_IN_LIST             | 0 0 12 ? * MON#2,FRI",
        "STEP_OUT_OF_RANGE           | 0 */0 12 * * ?",
        "STEP_OUT_OF_RANGE           | 0 0-59/60 12 * * ?",
        "STEP_OUT_OF_RANGE           | 0 0 12 * * ? */500",
        "STEP_WITHOUT_START          | 0 /5 12 * * ?",
        "MARKER_VALUE                | 0 99 12 * * ?",
        "MARKER_VALUE                | 0 0 12 98 * MON",
        "UNCHECKED_VALUE             | 0 0 12 * * ? 2150",
        "UNCHECKED_VALUE             | 0 0 12 5-0 * ?",
        "UNCHECKED_VALUE             | 0 0 12 0W * ?",
        "UNCHECKED_VALUE             | 0 0 12 ? * 9#2",
        "TRAILING_CHARACTERS         | 0 5X 12 * * ?",
        "TRAILING_CHARACTERS         | 0 0 12 ? * MONDAY",
        "TRAILING_CHARACTERS         | 0 0 12 1 JAN/2 ?",
        "TRAILING_CHARACTERS         | 0 0 12 ? * MON-FRI/2",
        "TRAILING_CHARACTERS         | 0 0 12 1-15W * ?",
        "TRAILING_CHARACTERS         | 0 5-10-15 12 * * ?",
        "TRAILING_CHARACTERS         | *5 0 12 * * ?",
    })
    void parseRejectsWhatQuartzReadsLaxly(QuartzLaxness reason, String expression) {
        assertThat(Quartz.accepts(expression)).isTrue();
        assertThat(QuartzAcceptanceTest.accepts(expression)).isFalse();
        assertThat(QuartzLaxness.explain(expression)).isEqualTo(reason);
    }
}
