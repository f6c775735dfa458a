package org.aioschedule.engine.internal.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Maps matching local date-times to instants in a zone: a local time in a gap fires once at the instant
 * {@link ZonedDateTime#of} shifts it to, a local time in a fold fires once at its first (earlier-offset) occurrence.
 * That mapping is monotonic except that gap times land among the times just after the gap, so both are searched.
 */
final class ZonedSearch {

    private static final Instant EARLIEST = Instant.parse("1969-12-25T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-02T00:00:00Z");

    private final LocalSearch search;

    ZonedSearch(LocalSearch search) {
        this.search = search;
    }

    Instant next(Instant after, ZoneId zone) {
        if (after.isAfter(LATEST)) {
            return null;
        }
        Instant target = after.isBefore(EARLIEST) ? EARLIEST : after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        ZoneRules rules = zone.getRules();
        Instant fromStart = fromLocal(start(target, rules), zone, rules);
        return earlier(fromStart, fromGapBefore(target, zone, rules));
    }

    /** The first local date-time whose instant is at or after {@code target}, skipping a fold's second half. */
    private static LocalDateTime start(Instant target, ZoneRules rules) {
        ZoneOffset offset = rules.getOffset(target);
        LocalDateTime local = LocalDateTime.ofEpochSecond(target.getEpochSecond(), 0, offset);
        ZoneOffsetTransition fold = rules.getTransition(local);
        if (fold != null && fold.isOverlap() && offset.equals(fold.getOffsetAfter())) {
            return fold.getDateTimeBefore();
        }
        return local;
    }

    private Instant fromLocal(LocalDateTime start, ZoneId zone, ZoneRules rules) {
        LocalDateTime match = search.first(start);
        if (match == null) {
            return null;
        }
        Instant instant = ZonedDateTime.of(match, zone).toInstant();
        ZoneOffsetTransition gap = rules.getTransition(match);
        if (gap != null && gap.isGap()) {
            LocalDateTime afterGap = search.first(gap.getDateTimeAfter());
            if (afterGap != null) {
                instant = earlier(instant, ZonedDateTime.of(afterGap, zone).toInstant());
            }
        }
        return instant;
    }

    /** When {@code target} lies less than a gap's length after that gap, gap times may still map after it. */
    private Instant fromGapBefore(Instant target, ZoneId zone, ZoneRules rules) {
        ZoneOffsetTransition gap = rules.previousTransition(target.plusSeconds(1));
        if (gap == null || !gap.isGap() || !target.isBefore(gap.getInstant().plus(gap.getDuration()))) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(target.getEpochSecond(), 0, gap.getOffsetAfter());
        LocalDateTime match = search.first(local.minus(gap.getDuration()));
        if (match == null || !match.isBefore(gap.getDateTimeAfter())) {
            return null;
        }
        return ZonedDateTime.of(match, zone).toInstant();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
