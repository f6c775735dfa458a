package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.aioschedule.ScheduleValueException;
import org.junit.jupiter.api.Test;

/** Parse acceptance against Quartz 2.3.2's isValidExpression, on generated valid and mutated expressions. */
class QuartzAcceptanceTest {

    private static final long SEED = Long.getLong("cron.seed", 20_261_124L);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void generatedValidExpressionsAreAcceptedByBoth() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, true);
        for (int i = 0; i < 5_000; i++) {
            String text = generator.expression();
            assertThat(Quartz.accepts(text)).as("seed %d: Quartz accepts \"%s\"", SEED, text).isTrue();
            assertThat(accepts(text)).as("seed %d: we accept \"%s\"", SEED, text).isTrue();
        }
    }

    /**
     * Mutated expressions: whatever Quartz rejects we reject; whatever both accept fires at the same times (in UTC,
     * outside the divergences of {@link QuartzDifferentialTest}); whatever only Quartz accepts has a named reason.
     */
    @Test
    void mutatedExpressionsAreRejectedWheneverQuartzRejectsThem() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, true);
        Map<QuartzLaxness, Integer> onlyQuartz = new EnumMap<>(QuartzLaxness.class);
        int bothReject = 0;
        int bothAccept = 0;
        for (int i = 0; i < 40_000; i++) {
            String text = generator.mutated();
            boolean quartz = Quartz.accepts(text);
            boolean ours = accepts(text);
            String context = String.format("seed %d, expression \"%s\"", SEED, text);
            assertThat(ours && !quartz).as("we accept what Quartz rejects: %s", context).isFalse();
            if (quartz && ours) {
                bothAccept++;
                sameFireTimes(text, generator.instant(UTC), context);
            } else if (quartz) {
                QuartzLaxness reason = QuartzLaxness.explain(text);
                assertThat(reason).as("only Quartz accepts, for no known reason: %s", context).isNotNull();
                onlyQuartz.merge(reason, 1, Integer::sum);
            } else {
                bothReject++;
            }
        }
        System.out.printf("QuartzAcceptanceTest seed %d: %d both accept, %d both reject, only Quartz accepts %s%n",
                SEED, bothAccept, bothReject, onlyQuartz);
    }

    private static void sameFireTimes(String text, Instant after, String context) {
        if (QuartzDifferentialTest.quartzMayLoopForever(text)) {
            return;
        }
        org.quartz.CronExpression quartz = Quartz.in(text, UTC);
        CronExpression ours = CronExpression.parse(text);
        for (int step = 0; step < 3 && after != null; step++) {
            Instant mine = ours.next(after, UTC);
            Instant theirs = Quartz.next(quartz, after);
            if (!Objects.equals(mine, theirs)) {
                QuartzDifferentialTest.explain(text, after, UTC, mine, theirs);
            }
            after = mine;
        }
    }

    static boolean accepts(String text) {
        try {
            CronExpression.parse(text);
            return true;
        } catch (ScheduleValueException e) {
            return false;
        }
    }
}
