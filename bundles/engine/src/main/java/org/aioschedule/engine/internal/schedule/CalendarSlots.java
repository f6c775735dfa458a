package org.aioschedule.engine.internal.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Every N days or weeks (or a weekday) at a wall-clock time in a zone. A local time skipped by DST resolves to the
 * shifted instant, a repeated one to its first occurrence; the next slot is computed from the previous slot's local
 * date, so a DST change never adds or drops a run.
 */
final class CalendarSlots implements Slots {

    private final Interval days;
    private final LocalTime at;
    private final DayOfWeek weekday;
    private final ZoneId zone;

    CalendarSlots(Interval days, LocalTime at, DayOfWeek weekday, ZoneId zone) {
        this.days = days;
        this.at = at;
        this.weekday = weekday;
        this.zone = zone;
    }

    @Override
    public Instant first(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalTime time = at != null ? at : local.toLocalTime();
        boolean laterToday = at != null && at.isAfter(local.toLocalTime());
        LocalDate date;
        if (weekday != null) {
            int ahead = Math.floorMod(weekday.getValue() - local.getDayOfWeek().getValue(), 7);
            date = local.toLocalDate().plusDays(ahead == 0 && !laterToday ? 7 : ahead);
        } else if (laterToday && days.isFixed() && days.shortest == 1) {
            date = local.toLocalDate();
        } else {
            date = local.toLocalDate().plusDays(days.draw());
        }
        return resolve(date, time);
    }

    @Override
    public Instant next(Instant previous) {
        LocalDateTime local = LocalDateTime.ofInstant(previous, zone);
        return resolve(local.toLocalDate().plusDays(days.draw()), timeOf(local));
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        LocalDateTime anchor = LocalDateTime.ofInstant(previous, zone);
        LocalDate day = LocalDateTime.ofInstant(t, zone).toLocalDate();
        long step = days.isFixed() ? days.shortest : 1;
        long offset = Math.floorMod(ChronoUnit.DAYS.between(day, anchor.toLocalDate()), step);
        LocalDate date = day.plusDays(offset);
        Instant slot = resolve(date, timeOf(anchor));
        while (!slot.isAfter(t)) {
            date = date.plusDays(step);
            slot = resolve(date, timeOf(anchor));
        }
        return slot;
    }

    private LocalTime timeOf(LocalDateTime previous) {
        return at != null ? at : previous.toLocalTime();
    }

    private Instant resolve(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
