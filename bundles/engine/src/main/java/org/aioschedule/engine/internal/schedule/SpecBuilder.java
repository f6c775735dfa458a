package org.aioschedule.engine.internal.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import org.aioschedule.IntervalException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.cron.CronExpression;

/**
 * Collects a schedule step by step, validating each step at once, in the order of the fluent calls; the grammar
 * parser drives it with the same steps, so both yield the same {@link ScheduleSpec} and the same errors.
 */
public final class SpecBuilder {

    private final Clock clock;
    private final ZoneId defaultZone;
    private final long interval;
    private long latest;
    private Unit unit;
    private DayOfWeek weekday;
    private LocalTime at;
    private ZoneId zone;
    private CronExpression cron;
    private Instant until;
    private boolean restoring;

    /** Beyond this an interval means nothing on a gateway, and the slot arithmetic stays far from overflow. */
    public static final long MAX_INTERVAL = 1_000_000_000L;

    public SpecBuilder(long interval, Clock clock, ZoneId defaultZone) {
        if (interval > MAX_INTERVAL) {
            throw new ScheduleValueException("Invalid interval " + interval + ": at most " + MAX_INTERVAL
                    + " units, for example every(10).seconds() or \"every 10 seconds\"");
        }
        if (interval < 1) {
            throw new ScheduleValueException("Invalid interval " + interval
                    + ": a job runs every 1 or more units, for example every(10).seconds() or \"every 10 seconds\"");
        }
        this.interval = interval;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    public static SpecBuilder cron(CronExpression cron, ZoneId zone, Clock clock, ZoneId defaultZone) {
        SpecBuilder builder = new SpecBuilder(1, clock, defaultZone);
        builder.cron = cron;
        builder.zone = zone;
        return builder;
    }

    public SpecBuilder unit(Unit newUnit, boolean singular) {
        requireNoUnit(newUnit.plural() + "()");
        if (singular && interval != 1) {
            throw new IntervalException("Use " + newUnit.plural() + "() instead of " + newUnit.singular()
                    + "() when the interval is " + interval + ": every(" + interval + ")." + newUnit.plural()
                    + "() or \"every " + interval + " " + newUnit.plural() + "\"");
        }
        this.unit = newUnit;
        return this;
    }

    public SpecBuilder weekday(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        requireNoUnit(name + "()");
        if (interval != 1) {
            throw new IntervalException("Scheduling " + name + "() jobs is only allowed weekly: every(" + interval
                    + ")." + name + "() is not supported; use every()." + name + "() or every(" + 7 * interval
                    + ").days()");
        }
        if (latest > 0) {
            throw new ScheduleValueException("to() cannot be combined with a weekday: use every()." + name
                    + "() or every(5).to(10).days()");
        }
        this.unit = Unit.WEEKS;
        this.weekday = day;
        return this;
    }

    public SpecBuilder to(long newLatest) {
        if (weekday != null) {
            throw new ScheduleValueException("to() cannot be combined with a weekday: use every().monday() or "
                    + "every(5).to(10).days()");
        }
        if (newLatest < interval || newLatest > MAX_INTERVAL) {
            throw new ScheduleValueException("Invalid to(" + newLatest + "): the latest interval must be from "
                    + interval + " (the interval) to " + MAX_INTERVAL + ", for example every(" + interval + ").to("
                    + interval * 2 + ").seconds() or \"every " + interval + " to " + interval * 2 + " seconds\"");
        }
        this.latest = newLatest;
        return this;
    }

    public SpecBuilder at(String time, ZoneId atZone) {
        if (at != null) {
            throw new ScheduleValueException("at() is already set to " + at + "; a job has one time of day");
        }
        if (unit == null || unit == Unit.SECONDS || (unit == Unit.WEEKS && weekday == null)) {
            throw new ScheduleValueException("at(\"" + time + "\") needs a unit of days, hours or minutes, or a "
                    + "weekday" + (unit == null ? "" : " (the unit is " + unit.plural() + ")")
                    + ": for example every().day().at(\"10:30\") or \"every day at 10:30\"");
        }
        this.at = TimeOfDay.parse(time, weekday != null ? Unit.DAYS : unit);
        this.zone = atZone;
        return this;
    }

    /** Accepts deadlines already passed: a stored job past its deadline is restored as finished. */
    SpecBuilder restoring() {
        this.restoring = true;
        return this;
    }

    public SpecBuilder until(Instant deadline) {
        Instant now = clock.instant();
        if (!restoring && !deadline.isAfter(now)) {
            throw new ScheduleValueException("Cannot schedule a job to run until " + deadline + ", which is not "
                    + "after now (" + now + "): give a later deadline, for example until(\"2030-01-31 18:00\")");
        }
        this.until = deadline;
        return this;
    }

    public SpecBuilder until(LocalDateTime deadline) {
        return until(deadline.atZone(zone()).toInstant());
    }

    public SpecBuilder until(LocalTime deadline) {
        return until(LocalDateTime.of(clock.instant().atZone(zone()).toLocalDate(), deadline));
    }

    public SpecBuilder until(Duration fromNow) {
        if (fromNow.isNegative() || fromNow.isZero()) {
            throw new ScheduleValueException("Invalid until(" + fromNow + "): the duration must be positive, "
                    + "for example until(Duration.ofHours(8))");
        }
        return until(clock.instant().plus(fromNow));
    }

    public SpecBuilder until(String deadline) {
        Object parsed = Deadline.parse(deadline);
        if (parsed instanceof Instant) {
            return until((Instant) parsed);
        }
        if (parsed instanceof LocalDateTime) {
            return until((LocalDateTime) parsed);
        }
        return until((LocalTime) parsed);
    }

    public boolean hasUnit() {
        return unit != null || cron != null;
    }

    public ScheduleSpec build() {
        if (!hasUnit()) {
            throw new ScheduleValueException("every(" + interval + ") needs a unit, for example every(" + interval
                    + ").seconds() or \"every " + interval + " seconds\"");
        }
        return SharedSpecs.intern(new ScheduleSpec(interval, latest, unit, weekday, at, zone, cron, until));
    }

    private ZoneId zone() {
        return zone != null ? zone : defaultZone;
    }

    private void requireNoUnit(String call) {
        if (unit != null) {
            throw new ScheduleValueException("Cannot call " + call + ": the unit is already "
                    + (weekday != null ? weekday.name().toLowerCase(Locale.ROOT) : unit.plural())
                    + "; a job has one unit, for example every(10).seconds()");
        }
    }
}
