package org.aioschedule.engine.internal.cron;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

/** Quartz 2.3.2's CronExpression as a test oracle, and our DST contract computed on top of it. */
final class Quartz {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long MARGIN_MINUTES = 90;

    private Quartz() {
    }

    static boolean accepts(String text) {
        return org.quartz.CronExpression.isValidExpression(text);
    }

    static org.quartz.CronExpression in(String text, ZoneId zone) {
        try {
            org.quartz.CronExpression quartz = new org.quartz.CronExpression(text);
            quartz.setTimeZone(TimeZone.getTimeZone(zone));
            return quartz;
        } catch (ParseException e) {
            throw new AssertionError("Quartz rejects " + text, e);
        }
    }

    static Instant next(org.quartz.CronExpression quartz, Instant after) {
        Date next = quartz.getTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }

    /**
     * Our DST contract, from Quartz's calendar logic alone: Quartz in UTC lists the matching local date-times (UTC
     * has no DST), each is mapped to an instant by {@link ZonedDateTime#of} (gap: shifted forward, fold: earlier
     * offset), and the earliest instant after {@code after} wins. The search starts 90 minutes of local time early
     * so that gap times, which map later, are seen, and stops 90 minutes past the best instant, beyond any gap.
     */
    static Instant contract(String text, Instant after, ZoneId zone) {
        org.quartz.CronExpression utc = in(text, ZoneId.of("UTC"));
        utc.setTimeZone(UTC);
        Instant target = after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        LocalDateTime start = LocalDateTime.ofInstant(target, zone).minusMinutes(MARGIN_MINUTES);
        Date cursor = Date.from(start.minusSeconds(1).toInstant(ZoneOffset.UTC));
        Instant best = null;
        for (int i = 0; i < 100_000; i++) {
            cursor = utc.getTimeAfter(cursor);
            if (cursor == null) {
                return best;
            }
            LocalDateTime local = LocalDateTime.ofInstant(cursor.toInstant(), ZoneOffset.UTC);
            if (local.getYear() > 2099) {
                return best;
            }
            Instant instant = ZonedDateTime.of(local, zone).toInstant();
            if (!instant.isBefore(target) && (best == null || instant.isBefore(best))) {
                best = instant;
            }
            if (best != null && instant.isAfter(best.plus(MARGIN_MINUTES, ChronoUnit.MINUTES))) {
                return best;
            }
        }
        throw new AssertionError("contract oracle did not settle for " + text + " after " + after + " in " + zone);
    }
}
