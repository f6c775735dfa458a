package org.aioschedule.engine.internal.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.aioschedule.engine.internal.cron.CronExpression;

/**
 * An immutable, validated schedule: what the fluent builder and the grammar parser both produce. Its
 * {@link #toString()} is the canonical grammar form, and parsing it yields an equal value.
 */
public final class ScheduleSpec {

    final long interval;
    final long latest;
    final Unit unit;
    final DayOfWeek weekday;
    final LocalTime at;
    final ZoneId zone;
    final CronExpression cron;
    final Instant until;

    ScheduleSpec(long interval, long latest, Unit unit, DayOfWeek weekday, LocalTime at, ZoneId zone,
            CronExpression cron, Instant until) {
        this.interval = interval;
        this.latest = latest;
        this.unit = unit;
        this.weekday = weekday;
        this.at = at;
        this.zone = zone;
        this.cron = cron;
        this.until = until;
    }

    /** The zone the schedule names, or {@code null} when it follows the scheduler's default zone. */
    public ZoneId zone() {
        return zone;
    }

    public Instant until() {
        return until;
    }

    /** Whether the schedule takes its time of day from when the job was created (days or weeks without at). */
    public boolean needsTimeOfDay() {
        return cron == null && at == null && unit.isCalendar();
    }

    /** Whether runs are spaced by elapsed time (seconds, minutes, hours without {@code at}). */
    /** Whether each interval is drawn at random ({@code every 5 to 10 minutes}): only the next slot is known. */
    public boolean isRandom() {
        return latest > 0;
    }

    public boolean measuresElapsedTime() {
        return cron == null && at == null && !unit.isCalendar();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScheduleSpec)) {
            return false;
        }
        ScheduleSpec s = (ScheduleSpec) o;
        return interval == s.interval && latest == s.latest && unit == s.unit && weekday == s.weekday
                && Objects.equals(at, s.at) && Objects.equals(zone, s.zone) && Objects.equals(cron, s.cron)
                && Objects.equals(until, s.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, latest, unit, weekday, at, zone, cron, until);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (cron != null) {
            text.append("cron ").append(cron);
            appendZone(text);
        } else {
            text.append("every ").append(cadence());
            if (at != null) {
                text.append(" at ").append(formatAt());
                appendZone(text);
            }
        }
        if (until != null) {
            text.append(" until ").append(until);
        }
        return text.toString();
    }

    private String cadence() {
        if (weekday != null) {
            return weekday.name().toLowerCase(Locale.ROOT);
        }
        if (latest > 0) {
            return interval + " to " + latest + " " + unit.plural();
        }
        return interval == 1 ? unit.singular() : interval + " " + unit.plural();
    }

    private void appendZone(StringBuilder text) {
        if (zone != null) {
            text.append(' ').append(zone.getId());
        }
    }

    private String formatAt() {
        if (unit == Unit.MINUTES) {
            return String.format(Locale.ROOT, ":%02d", at.getSecond());
        }
        if (unit == Unit.HOURS) {
            return at.getSecond() == 0 ? String.format(Locale.ROOT, ":%02d", at.getMinute())
                    : String.format(Locale.ROOT, "%02d:%02d", at.getMinute(), at.getSecond());
        }
        return at.getSecond() == 0 ? String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond());
    }
}
