package org.aioschedule.engine.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/** A settable wall clock and monotonic ticker: {@link #advance} moves both, {@link #jump} moves the wall only. */
public final class TestTime extends Clock implements LongSupplier {

    private volatile Instant wall;
    private volatile long ticks = 1_000_000_000L;

    public TestTime(Instant start) {
        this.wall = start;
    }

    public static TestTime at(String instant) {
        return new TestTime(Instant.parse(instant));
    }

    /** Time passes: wall and elapsed time move together. */
    public void advance(Duration duration) {
        wall = wall.plus(duration);
        ticks += duration.toNanos();
    }

    public void advanceTo(Instant instant) {
        advance(Duration.between(wall, instant));
    }

    /** The wall clock is set (NTP step, manual change): elapsed time does not move. */
    public void jump(Duration duration) {
        wall = wall.plus(duration);
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
