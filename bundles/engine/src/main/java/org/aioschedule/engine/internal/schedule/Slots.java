package org.aioschedule.engine.internal.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The run times ("slots") of a schedule, as pure functions of the previous slot: immutable apart from the random
 * source of {@code to} intervals. A {@code null} result means there is no further slot.
 */
public interface Slots {

    /** The first slot of a job created at {@code now}, as Python's schedule places it. */
    Instant first(Instant now);

    /** The slot that follows {@code previous}. */
    Instant next(Instant previous);

    /**
     * The first slot strictly after {@code t} on the grid that {@code previous} belongs to, computed directly (never
     * by stepping through the slots in between); {@code t} may lie before {@code previous}.
     */
    Instant firstAfter(Instant t, Instant previous);

    /**
     * How many slots lie in {@code [from, to]}, {@code from} being a slot, computed in constant time; {@code -1} when
     * the schedule cannot count them without stepping through them (cron, random intervals, clock times).
     */
    default long countWithin(Instant from, Instant to) {
        return -1;
    }

    /**
     * The slots from {@code next} on, up to {@code until} and the spec's own end, at most {@code max}; of a random
     * interval only {@code next}, since the later ones are drawn when the runs happen.
     */
    static List<Instant> upcoming(Slots slots, Instant next, ScheduleSpec spec, Instant until, int max) {
        List<Instant> runs = new ArrayList<>();
        Instant end = spec.until() == null || spec.until().isAfter(until) ? until : spec.until();
        Instant slot = next;
        while (slot != null && runs.size() < max && !slot.isAfter(end)) {
            runs.add(slot);
            slot = spec.isRandom() ? null : slots.next(slot);
        }
        return runs;
    }

    /**
     * The slots of {@code spec}; {@code defaultZone} applies when the spec names no zone, {@code timeOfDay} when a
     * daily or weekly spec has no {@code at}.
     */
    static Slots of(ScheduleSpec spec, ZoneId defaultZone, Random random, LocalTime timeOfDay) {
        ZoneId zone = spec.zone != null ? spec.zone : defaultZone;
        if (spec.cron != null) {
            return new CronSlots(spec.cron, zone);
        }
        Interval interval = new Interval(spec.interval, spec.latest, random);
        if (spec.unit.isCalendar()) {
            long days = spec.unit == Unit.WEEKS ? 7 : 1;
            LocalTime time = spec.at != null ? spec.at : timeOfDay;
            return new CalendarSlots(interval.times(days), time, spec.at != null, spec.weekday, zone);
        }
        if (spec.at != null) {
            return new ClockSlots(interval.times(spec.unit.seconds()), spec.unit, spec.at, zone);
        }
        return new ElapsedSlots(interval.times(spec.unit.seconds()));
    }
}
