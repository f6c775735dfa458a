package org.aioschedule.engine.internal.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Every N hours at a minute and second, or every N minutes at a second, of the wall clock in a zone. */
final class ClockSlots implements Slots {

    private final Interval seconds;
    private final Unit unit;
    private final LocalTime at;
    private final ZoneId zone;

    ClockSlots(Interval seconds, Unit unit, LocalTime at, ZoneId zone) {
        this.seconds = seconds;
        this.unit = unit;
        this.at = at;
        this.zone = zone;
    }

    @Override
    public Instant first(Instant now) {
        Instant thisUnit = align(now);
        boolean everyUnit = seconds.isFixed() && seconds.shortest == unit.seconds();
        if (everyUnit && thisUnit.isAfter(now)) {
            return thisUnit;
        }
        return align(now.plusSeconds(seconds.draw()));
    }

    @Override
    public Instant next(Instant previous) {
        return align(previous.plusSeconds(seconds.draw()));
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        if (!seconds.isFixed()) {
            return align(t.plusSeconds(seconds.draw()));
        }
        long period = seconds.shortest;
        long steps = Math.floorDiv(Duration.between(previous, t).getSeconds(), period);
        Instant slot = align(previous.plusSeconds(steps * period));
        while (!slot.isAfter(t)) {
            slot = align(slot.plusSeconds(period));
        }
        return slot;
    }

    private Instant align(Instant instant) {
        ZonedDateTime local = instant.atZone(zone).withSecond(at.getSecond()).withNano(0);
        if (unit == Unit.HOURS) {
            local = local.withMinute(at.getMinute());
        }
        return local.toInstant();
    }
}
