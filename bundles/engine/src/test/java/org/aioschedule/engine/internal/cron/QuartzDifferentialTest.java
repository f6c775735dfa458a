package org.aioschedule.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * next() against Quartz 2.3.2's getTimeAfter over seeded generated expressions, instants and zones. Agreement is
 * required except for the divergences named in {@link Divergence}, each recognised precisely and counted.
 */
class QuartzDifferentialTest {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Rome"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Sao_Paulo"));
    private static final long SEED = Long.getLong("cron.seed", 20_261_124L);
    private static final int EXPRESSIONS = 1_500;
    private static final int INSTANTS_PER_ZONE = 3;
    private static final int CHAIN = 3;
    private static final Pattern NEAREST = Pattern.compile("(\\d+)W");
    private static final Pattern LAST_NEAREST = Pattern.compile("L-(\\d+)W");

    enum Divergence {
        /** Quartz searches up to the current year + 100; our years end in 2099, as Quartz's documentation says. */
        BEYOND_2099,
        /**
         * nW with n beyond the month's length (31W in April) or L-nW before the month's first day (L-30W in February):
         * Quartz lets java.util.Calendar roll the day into a neighbouring month; such a month has no such day for us.
         */
        WEEKDAY_DAY_MISSING,
        /**
         * A DST gap or fold near the search: Quartz skips matching times in a gap and fires in a fold's second
         * occurrence (Calendar resolves ambiguous times to standard time); our contract fires gap times shifted and
         * fold times at their first occurrence. Counted only when our result equals the contract oracle.
         */
        DST
    }

    @Test
    void nextAgreesWithQuartzExceptForDocumentedDivergences() {
        ExpressionGenerator generator = new ExpressionGenerator(SEED, true);
        Map<Divergence, Integer> divergences = new EnumMap<>(Divergence.class);
        int agreed = 0;
        int skipped = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            String text = generator.expression();
            CronExpression ours = CronExpression.parse(text);
            if (quartzMayLoopForever(text)) {
                skipped++;
                continue;
            }
            for (ZoneId zone : ZONES) {
                org.quartz.CronExpression quartz = Quartz.in(text, zone);
                for (int k = 0; k < INSTANTS_PER_ZONE; k++) {
                    Instant after = generator.instant(zone);
                    for (int step = 0; step < CHAIN && after != null; step++) {
                        Instant mine = ours.next(after, zone);
                        Instant theirs = Quartz.next(quartz, after);
                        if (Objects.equals(mine, theirs)) {
                            agreed++;
                        } else {
                            Divergence divergence = explain(text, after, zone, mine, theirs);
                            if (divergences.merge(divergence, 1, Integer::sum) == 1) {
                                System.out.printf("first %s: \"%s\" after %s in %s: ours %s, Quartz %s%n", divergence,
                                        text, after, zone, mine, theirs);
                            }
                        }
                        after = mine;
                    }
                }
            }
        }
        System.out.printf("QuartzDifferentialTest seed %d: %d agreed, divergences %s, %d expressions skipped%n", SEED,
                agreed, divergences, skipped);
        assertThat(agreed).as("seed %d", SEED).isGreaterThan(EXPRESSIONS * ZONES.size() * INSTANTS_PER_ZONE);
    }

    /**
     * L-nW with n of 28 or more: in a month where the last day minus n is before the 1st, Quartz sets a day of 0 or
     * less, java.util.Calendar rolls it back into the previous month, and getTimeAfter never returns (seen with
     * "39-5/7 14-16 3 L-30W * ?"). Such expressions cannot be compared; CronExpressionSyntaxTest covers ours.
     */
    static boolean quartzMayLoopForever(String text) {
        Matcher lastNearest = LAST_NEAREST.matcher(dayOfMonth(text));
        return lastNearest.matches() && Integer.parseInt(lastNearest.group(1)) >= 28;
    }

    private static String dayOfMonth(String text) {
        return text.trim().split("[ \t]+")[3].toUpperCase();
    }

    static Divergence explain(String text, Instant after, ZoneId zone, Instant mine, Instant theirs) {
        String context = String.format("seed %d, expression \"%s\", after %s, zone %s: ours %s, Quartz %s", SEED,
                text, after, zone, mine, theirs);
        if (mine == null && theirs != null && theirs.atZone(zone).getYear() > 2099) {
            return Divergence.BEYOND_2099;
        }
        Instant later = mine == null || theirs == null ? after.plus(400, ChronoUnit.DAYS) : max(mine, theirs);
        if (weekdayDayMissing(text, after.atZone(zone).toLocalDate(), later.atZone(zone).toLocalDate())) {
            return Divergence.WEEKDAY_DAY_MISSING;
        }
        if (transitionNear(zone, after, later)) {
            Instant contract = Quartz.contract(text, after, zone);
            if (!Objects.equals(mine, contract)) {
                fail("differs from Quartz near a DST transition and from the DST contract (" + contract + "): "
                        + context);
            }
            return Divergence.DST;
        }
        return fail("differs from Quartz: " + context);
    }

    private static boolean weekdayDayMissing(String text, LocalDate from, LocalDate to) {
        String dayOfMonth = dayOfMonth(text);
        Matcher lastNearest = LAST_NEAREST.matcher(dayOfMonth);
        Matcher nearest = NEAREST.matcher(dayOfMonth);
        int offset = lastNearest.matches() ? Integer.parseInt(lastNearest.group(1)) : -1;
        int day = !lastNearest.matches() && nearest.matches() ? Integer.parseInt(nearest.group(1)) : -1;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            if (day > month.lengthOfMonth() || offset >= month.lengthOfMonth()) {
                return true;
            }
        }
        return false;
    }

    private static boolean transitionNear(ZoneId zone, Instant from, Instant to) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from.minus(3, ChronoUnit.HOURS));
        return transition != null && !transition.getInstant().isAfter(to.plus(3, ChronoUnit.HOURS));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
