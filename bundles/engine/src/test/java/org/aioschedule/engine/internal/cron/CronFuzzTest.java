package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.aioschedule.ScheduleValueException;
import org.junit.jupiter.api.Test;

/** Random and mutated text: parse throws ScheduleValueException and nothing else; what parses also evaluates. */
class CronFuzzTest {

    private static final long SEED = Long.getLong("cron.seed", 20_261_124L);
    private static final int INPUTS = 120_000;
    private static final List<ZoneId> ZONES = QuartzDifferentialTest.ZONES;

    @Test
    void onlyScheduleValueExceptionEscapesParse() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, true);
        int accepted = 0;
        for (int i = 0; i < INPUTS; i++) {
            String text = generator.mutated();
            CronExpression expression;
            try {
                expression = CronExpression.parse(text);
            } catch (ScheduleValueException e) {
                assertThat(e.getMessage()).as("seed %d, input \"%s\"", SEED, text)
                        .startsWith("Invalid cron expression").contains("(example: \"");
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(String.format("seed %d, input \"%s\": %s", SEED, text, e), e);
            }
            accepted++;
            evaluate(expression, text, generator);
        }
        System.out.printf("CronFuzzTest seed %d: %d inputs, %d accepted%n", SEED, INPUTS, accepted);
        assertThat(accepted).isPositive();
    }

    private static void evaluate(CronExpression expression, String text, ExpressionGenerator generator) {
        ZoneId zone = ZONES.get(generator.random().nextInt(ZONES.size()));
        Instant after = generator.instant(zone);
        try {
            Instant next = expression.next(after, zone);
            assertThat(next == null || next.isAfter(after)).isTrue();
            assertThat(CronExpression.parse(expression.toString())).isEqualTo(expression);
        } catch (RuntimeException | AssertionError e) {
            fail(String.format("seed %d, input \"%s\", after %s, zone %s", SEED, text, after, zone), e);
        }
    }

    @Test
    void nullAndBlankInputsAreScheduleValueExceptions() {
        for (String text : new String[] {null, "", " ", "\t", "\n", "       "}) {
            try {
                CronExpression.parse(text);
                fail("accepted \"" + text + "\"");
            } catch (ScheduleValueException e) {
                assertThat(e.getMessage()).contains("expected 6 or 7 fields");
            }
        }
    }
}
