package org.aioschedule.engine.internal.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Every N hours at a minute and second, or every N minutes at a second, of the wall clock in a zone: the slots are
 * counted in local time, so a DST change neither adds nor drops a slot other than the skipped or repeated local ones.
 */
final class ClockSlots implements Slots {

    private final Interval seconds;
    private final Unit unit;
    private final LocalTime at;
    private final WallClock wall;

    ClockSlots(Interval seconds, Unit unit, LocalTime at, ZoneId zone) {
        this.seconds = seconds;
        this.unit = unit;
        this.at = at;
        this.wall = new WallClock(zone);
    }

    @Override
    public Instant first(Instant now) {
        LocalDateTime local = wall.local(now);
        LocalDateTime thisUnit = align(local);
        boolean everyUnit = seconds.isFixed() && seconds.shortest == unit.seconds();
        if (everyUnit && thisUnit.isAfter(local)) {
            return slotAfter(thisUnit, now);
        }
        return slotAfter(align(local.plusSeconds(seconds.draw())), now);
    }

    @Override
    public Instant next(Instant previous) {
        return slotAfter(align(wall.local(previous).plusSeconds(seconds.draw())), previous);
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        if (!seconds.isFixed()) {
            return slotAfter(align(wall.local(t).plusSeconds(seconds.draw())), t);
        }
        LocalDateTime anchor = align(wall.local(previous));
        long steps = Math.floorDiv(ChronoUnit.SECONDS.between(anchor, wall.local(t)), seconds.shortest);
        return slotAfter(anchor.plusSeconds(steps * seconds.shortest), t);
    }

    /** The first slot from {@code local} on, stepping by the interval, that comes after {@code reference}. */
    private Instant slotAfter(LocalDateTime local, Instant reference) {
        LocalDateTime candidate = local;
        Instant slot;
        while ((slot = wall.after(candidate, reference)) == null) {
            candidate = candidate.plusSeconds(seconds.shortest);
        }
        return slot;
    }

    private LocalDateTime align(LocalDateTime local) {
        LocalDateTime aligned = local.withSecond(at.getSecond()).withNano(0);
        return unit == Unit.HOURS ? aligned.withMinute(at.getMinute()) : aligned;
    }
}
