package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** toString gives the canonical text; parsing it gives an equal expression that fires at the same times. */
class CronRoundTripTest {

    private static final long SEED = Long.getLong("cron.seed", 20_261_124L);

    @Test
    void parsingCanonicalTextGivesEqualExpressionWithSameFireTimes() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, true);
        for (int i = 0; i < 3_000; i++) {
            String text = generator.expression();
            CronExpression original = CronExpression.parse(text);
            CronExpression copy = CronExpression.parse(original.toString());
            String context = String.format("seed %d, expression \"%s\"", SEED, text);
            assertThat(copy).as(context).isEqualTo(original).hasSameHashCodeAs(original);
            assertThat(copy.toString()).as(context).isEqualTo(original.toString()).doesNotContain("  ", "\t")
                    .isEqualTo(copy.toString().trim()).isUpperCase();
            ZoneId zone = QuartzDifferentialTest.ZONES.get(i % QuartzDifferentialTest.ZONES.size());
            Instant after = generator.instant(zone);
            for (int step = 0; step < 3 && after != null; step++) {
                Instant next = original.next(after, zone);
                assertThat(copy.next(after, zone)).as("%s, after %s, zone %s", context, after, zone).isEqualTo(next);
                after = next;
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 0 12 ? jan,feb mon-fri    | 0 0 12 ? JAN,FEB MON-FRI",
        "  0\t0 12   l * ?           | 0 0 12 L * ?",
        "0 0 12 lw * ?               | 0 0 12 LW * ?",
        "0 0 12 15w * ? 2030         | 0 0 12 15W * ? 2030",
        "0 0 12 ? * fri#3            | 0 0 12 ? * FRI#3",
        "0 0 12 ? * 6l               | 0 0 12 ? * 6L",
    })
    void canonicalTextIsUpperCasedWithSingleSpaces(String text, String canonical) {
        assertThat(CronExpression.parse(text)).hasToString(canonical).isEqualTo(CronExpression.parse(canonical));
    }

    @Test
    void differentTextsAreDifferentExpressions() {
        assertThat(CronExpression.parse("0 0 12 * * ?")).isNotEqualTo(CronExpression.parse("0 0 13 * * ?"))
                .isNotEqualTo(null).isNotEqualTo("0 0 12 * * ?");
    }
}
