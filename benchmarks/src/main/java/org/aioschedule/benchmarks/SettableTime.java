package org.aioschedule.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A wall clock and a monotonic ticker that move together, only when told: no clock jump is ever seen. */
final class SettableTime extends Clock {

    private final Instant origin;
    private final AtomicLong nanos = new AtomicLong();

    SettableTime(Instant origin) {
        this.origin = origin;
    }

    void advance(Duration step) {
        nanos.addAndGet(step.toNanos());
    }

    long ticks() {
        return nanos.get();
    }

    @Override
    public Instant instant() {
        return origin.plusNanos(nanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
