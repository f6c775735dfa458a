package org.aioschedule.engine.internal.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Every N days or weeks (or a weekday) at a time of day in a zone: the {@code at} time, or the time the job was
 * created. The next slot is computed from the previous slot's local date, so a DST change never adds or drops a
 * run; a skipped local time runs at the shifted instant, a repeated one at its first occurrence.
 */
final class CalendarSlots implements Slots {

    private final Interval days;
    private final LocalTime time;
    private final boolean explicitTime;
    private final DayOfWeek weekday;
    private final WallClock wall;

    CalendarSlots(Interval days, LocalTime time, boolean explicitTime, DayOfWeek weekday, ZoneId zone) {
        this.days = days;
        this.time = time;
        this.explicitTime = explicitTime;
        this.weekday = weekday;
        this.wall = new WallClock(zone);
    }

    @Override
    public Instant first(Instant now) {
        LocalDateTime local = wall.local(now);
        boolean laterToday = explicitTime && time.isAfter(local.toLocalTime());
        LocalDate date;
        if (weekday != null) {
            int ahead = Math.floorMod(weekday.getValue() - local.getDayOfWeek().getValue(), 7);
            date = local.toLocalDate().plusDays(ahead == 0 && !laterToday ? 7 : ahead);
        } else if (laterToday && days.isFixed() && days.shortest == 1) {
            date = local.toLocalDate();
        } else {
            date = local.toLocalDate().plusDays(days.draw());
        }
        return wall.resolve(date.atTime(time));
    }

    @Override
    public Instant next(Instant previous) {
        return wall.resolve(wall.local(previous).toLocalDate().plusDays(days.draw()).atTime(time));
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        LocalDate anchor = wall.local(previous).toLocalDate();
        LocalDate day = wall.local(t).toLocalDate();
        long step = days.isFixed() ? days.shortest : 1;
        LocalDate date = day.plusDays(Math.floorMod(ChronoUnit.DAYS.between(day, anchor), step));
        Instant slot = wall.resolve(date.atTime(time));
        while (!slot.isAfter(t)) {
            date = date.plusDays(step);
            slot = wall.resolve(date.atTime(time));
        }
        return slot;
    }

    /** Counted on the grid of local dates that {@code from} belongs to; a DST change never adds or drops a slot. */
    @Override
    public long countWithin(Instant from, Instant to) {
        if (!days.isFixed()) {
            return -1;
        }
        if (from.isAfter(to)) {
            return 0;
        }
        LocalDate first = wall.local(from).toLocalDate();
        long step = days.shortest;
        long steps = Math.floorDiv(ChronoUnit.DAYS.between(first, wall.local(to).toLocalDate()), step);
        if (wall.resolve(first.plusDays(steps * step).atTime(time)).isAfter(to)) {
            steps--;
        }
        return Math.max(0, steps + 1);
    }
}
