package org.aioschedule.provider.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/** A settable wall clock and monotonic ticker that move together. */
final class TestTime extends Clock implements LongSupplier {

    private volatile Instant wall;
    private volatile long ticks = 1_000_000_000L;

    TestTime(String start) {
        this.wall = Instant.parse(start);
    }

    void advance(Duration duration) {
        wall = wall.plus(duration);
        ticks += duration.toNanos();
    }

    @Override
    public long getAsLong() {
        return ticks;
    }

    @Override
    public Instant instant() {
        return wall;
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
