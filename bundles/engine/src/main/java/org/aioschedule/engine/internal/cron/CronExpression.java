package org.aioschedule.engine.internal.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A cron expression in Quartz syntax, as Kura's Wire Timer takes it: six or seven fields separated by spaces or tabs,
 * {@code second minute hour day-of-month month day-of-week [year]}, exactly one of the two day fields being
 * {@code ?}. Fields take numbers, {@code *}, lists {@code a,b}, ranges {@code a-b} (wrapping, as {@code FRI-MON}),
 * steps {@code *}{@code /n}, {@code a/n} and {@code a-b/n}; months also {@code JAN-DEC}, days of the week
 * {@code SUN-SAT} (1 = SUN). Day-of-month also takes {@code L}, {@code L-n}, {@code LW}, {@code L-nW} and {@code nW};
 * day-of-week takes {@code L} (Saturday), {@code nL} (last such day of the month) and {@code n#k} (k-th such day).
 * Years run from 1970 to 2099.
 * <p>
 * Fire times are matched against local date-times in the zone given to {@link #next}. A matching local time that a
 * daylight-saving gap skips fires once, shifted forward by the gap's length; one that a fold repeats fires once, at
 * its first occurrence. Instances are immutable and thread-safe.
 */
public final class CronExpression {

    private final String text;
    private final ZonedSearch search;

    CronExpression(String text, ZonedSearch search) {
        this.text = text;
        this.search = search;
    }

    /**
     * Parses 6 or 7 whitespace-separated fields: sec min hour day-of-month month day-of-week [year].
     *
     * @throws org.aioschedule.ScheduleValueException when the text is not a valid expression; the message names the
     *         field, the bad value, the valid range and a valid example
     */
    public static CronExpression parse(String text) {
        return CronParser.parse(text);
    }

    /** The first fire time strictly after {@code after}, in {@code zone}; null if there is none. */
    public Instant next(Instant after, ZoneId zone) {
        return search.next(Objects.requireNonNull(after, "after"), Objects.requireNonNull(zone, "zone"));
    }

    /** The canonical text: the fields upper-cased and joined by single spaces; parsing it gives an equal instance. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression && ((CronExpression) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
