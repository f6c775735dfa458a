package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aioschedule.ScheduleValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rejections, with messages naming the field, the bad value, the valid range and an example. */
class CronExpressionValidationTest {

    private static String message(String expression) {
        try {
            CronExpression.parse(expression);
        } catch (ScheduleValueException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + expression);
    }

    @Test
    void shouldExplainOutOfRangeMinute() {
        assertThat(message("0 61 * * * ?")).isEqualTo("Invalid cron expression \"0 61 * * * ?\": minute 61 is not "
                + "between 0 and 59 (example: \"0 0/5 * * * ?\" runs every 5 minutes)");
    }

    @Test
    void shouldRejectBothDayFieldsSet() {
        assertThat(message("0 0 12 * * MON")).isEqualTo("Invalid cron expression \"0 0 12 * * MON\": day-of-month "
                + "\"*\" and day-of-week \"MON\" are both set; set exactly one of them to '?' "
                + "(example: \"0 0 12 ? * MON\" runs at noon every Monday)");
        assertThat(Quartz.accepts("0 0 12 * * MON")).isFalse();
    }

    @Test
    void shouldRejectBothDayFieldsUnspecified() {
        assertThat(message("0 0 12 ? * ?")).contains("day-of-month and day-of-week are both '?'");
    }

    @Test
    void shouldRejectWrongFieldCount() {
        assertThat(message("0 0 12 * *")).contains("expected 6 or 7 fields").contains("found 5")
                .contains("(example: \"0 0 12 * * ?\"");
        assertThat(message("0 0 12 * * ? 2030 x")).contains("found 8");
        assertThat(message(null)).startsWith("Invalid cron expression: ").contains("expected 6 or 7 fields");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "60 * * * * ?       | second 60 is not between 0 and 59",
        "0 0 24 * * ?       | hour 24 is not between 0 and 23",
        "0 0 0 0 * ?        | day-of-month 0 is not between 1 and 31",
        "0 0 0 32 * ?       | day-of-month 32 is not between 1 and 31",
        "0 0 0 1 13 ?       | month 13 is not between 1 and 12 or a name JAN-DEC",
        "0 0 0 1 JANUARY ?  | month \"JANUARY\" is not between 1 and 12 or a name JAN-DEC",
        "0 0 0 ? * 8        | day-of-week 8 is not between 1 and 7 (1 = SUN) or a name SUN-SAT",
        "0 0 0 ? * 0        | day-of-week 0 is not between 1 and 7",
        "0 0 0 ? * MONDAY   | day-of-week \"MONDAY\" is not between 1 and 7",
        "0 0 0 1 1 ? 1969   | year 1969 is not between 1970 and 2099",
        "0 0 0 1 1 ? 2100   | year 2100 is not between 1970 and 2099",
        "0 0 0 1 1 ? 2030-2020 | year range \"2030-2020\" goes backwards",
        "*/60 * * * * ?     | second step 60 in \"*/60\" is not between 1 and 59",
        "0 0/0 * * * ?      | minute step 0 in \"0/0\" is not between 1 and 59",
        "0 0 0/24 * * ?     | hour step 24 in \"0/24\" is not between 1 and 23",
        "0 0 0 ? */13 MON   | month step 13 in \"*/13\" is not between 1 and 12",
        "0 0 0 ? * */8      | day-of-week step 8 in \"*/8\" is not between 1 and 7",
        "0 0 0 L-31 * ?     | day-of-month offset 31 in \"L-31\" is not between 0 and 30",
        "0 0 0 32W * ?      | day-of-month 32 in \"32W\" is not between 1 and 31",
        "0 0 0 0W * ?       | day-of-month 0 in \"0W\" is not between 1 and 31",
        "0 0 0 ? * MON#6    | day-of-week occurrence #6 in \"MON#6\" is not between 1 and 5",
        "0 0 0 ? * 8L       | day-of-week 8 is not between 1 and 7",
        "0 0 0 L,15 * ?     | day-of-month \"L,15\" has \"L\" in a list",
        "0 0 0 1,15W * ?    | day-of-month \"1,15W\" has \"15W\" in a list",
        "0 0 0 ? * MON#2,FRI | day-of-week \"MON#2,FRI\" has \"MON#2\" in a list",
        "0 0 0 1,,2 * ?     | day-of-month \"1,,2\" has an empty list element",
        "0 0 ? * * ?        | '?' must stand alone and only in day-of-month or day-of-week, not in hour \"?\"",
        "0 0 0 ?X * ?       | '?' must stand alone",
        "0 5X * * * ?       | minute \"5X\" is not valid; use a number, *, a list (a,b), a range (a-b) or a step",
        "0 0 0 1 JAN/2 ?    | month \"JAN/2\" is not valid",
        "0 0 0 1 1-MAR ?    | month \"1-MAR\" is not valid",
        "0 0 0 1-15W * ?    | day-of-month \"1-15W\" is not valid",
        "0 0 0 L-W * ?      | day-of-month \"L-W\" is not valid",
        "L * * * * ?        | second \"L\" is not valid",
        "0 0 0 * 0-5 ?      | month 0 is not between 1 and 12",
    })
    void shouldNameFieldValueAndRangeInMessage(String expression, String expected) {
        String message = message(expression);
        assertThat(message).startsWith("Invalid cron expression \"" + expression + "\": ").contains(expected)
                .containsPattern("\\(example: \"[^\"]+\" [^)]+\\)$");
        assertThat(QuartzAcceptanceTest.accepts(expression.toLowerCase())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 12 * * ?", "0 0 12 ? * MON", "0 0 0 L * ?", "0 0 0 ? * 6L", "0 0 0 ? * 6#3",
        "0 0 0 15W * ?", "0 0 0 LW * ?", "0 0 0 L-5W * ?", "0 0 0 1 1 ? 2030", "0 0/5 * * * ?", "0 0 0 ? * L",
        "0 0 0 ? JAN-MAR MON-FRI", "0 0 0 L-0 * ?", "0 0 0 ? * SUN#5", "59 59 23 31 12 ? 2099"})
    void shouldAcceptWhatQuartzAccepts(String expression) {
        assertThat(QuartzAcceptanceTest.accepts(expression)).isTrue();
        assertThat(Quartz.accepts(expression)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 12 * * MON", "0 0 12 ? * ?", "0 0 12 * *", "0 61 * * * ?", "0 0 0 ? * 8",
        "0 0 0 L-31 * ?", "0 0 0 32W * ?", "0 0 0 ? * MON#6", "0 0 0 L,15 * ?", "0 0 0 ? * 5L,6", "0 0 ? * * ?",
        "*/60 * * * * ?", "0 0 0 1 1 ? 2030-2020", "0 0 0 ? * MON#2#3", "0 0 0 1 JAX ?", "0 0 0 1 1-MAR ?", "",
        "0 0 0 ? * 1-8", "0 0 0 1 1 ? ?"})
    void shouldRejectWhatQuartzRejects(String expression) {
        assertThat(Quartz.accepts(expression)).isFalse();
        assertThatThrownBy(() -> CronExpression.parse(expression)).isExactlyInstanceOf(ScheduleValueException.class);
    }
}
