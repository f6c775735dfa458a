package org.aioschedule.engine.internal.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Every N seconds, minutes or hours of elapsed time, each slot anchored to the previous one (no drift). */
final class ElapsedSlots implements Slots {

    private final Interval seconds;

    ElapsedSlots(Interval seconds) {
        this.seconds = seconds;
    }

    /** A whole second after {@code now} plus the interval, so that slots read well in lists and logs. */
    @Override
    public Instant first(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds.draw());
    }

    @Override
    public Instant next(Instant previous) {
        return previous.plusSeconds(seconds.draw());
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        if (!seconds.isFixed()) {
            return first(t);
        }
        long period = seconds.shortest;
        long steps = Math.floorDiv(Duration.between(previous, t).getSeconds(), period);
        Instant slot = previous.plusSeconds(steps * period);
        while (!slot.isAfter(t)) {
            slot = slot.plusSeconds(period);
        }
        return slot;
    }

    @Override
    public long countWithin(Instant from, Instant to) {
        if (!seconds.isFixed()) {
            return -1;
        }
        return from.isAfter(to) ? 0 : Duration.between(from, to).getSeconds() / seconds.shortest + 1;
    }
}
