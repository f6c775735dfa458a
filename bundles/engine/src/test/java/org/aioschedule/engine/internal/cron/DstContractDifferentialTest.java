package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

import org.junit.jupiter.api.Test;

/**
 * next() near DST transitions against the contract oracle ({@link Quartz#contract}): Quartz in UTC lists matching
 * local times and java.time maps them (gap: shifted forward, fold: first occurrence). W days stay at or below 28,
 * where Quartz's calendar logic is right in every month.
 */
class DstContractDifferentialTest {

    private static final long SEED = Long.getLong("cron.seed", 20_261_124L);
    private static final int EXPRESSIONS = 400;

    @Test
    void nextFollowsTheDstContractNearTransitions() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, false);
        int checked = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            String text = generator.expression();
            CronExpression ours = CronExpression.parse(text);
            for (ZoneId zone : QuartzDifferentialTest.ZONES) {
                Instant after = nearTransition(generator, zone);
                for (int step = 0; step < 3 && after != null; step++) {
                    Instant mine = ours.next(after, zone);
                    assertThat(mine).as("seed %d, expression \"%s\", after %s, zone %s", SEED, text, after, zone)
                            .isEqualTo(Quartz.contract(text, after, zone));
                    assertThat(mine == null || mine.isAfter(after)).isTrue();
                    after = mine;
                    checked++;
                }
            }
        }
        System.out.printf("DstContractDifferentialTest seed %d: %d checked%n", SEED, checked);
    }

    private static Instant nearTransition(ExpressionGenerator generator, ZoneId zone) {
        Instant instant = generator.instant(zone);
        ZoneOffsetTransition previous = zone.getRules().previousTransition(instant.plusSeconds(4 * 3600));
        if (previous == null || generator.random().nextBoolean()) {
            return instant;
        }
        long spread = Math.abs(previous.getDuration().getSeconds()) + 120;
        return previous.getInstant().plusSeconds(generator.random().nextLong() % spread);
    }
}
