package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;

/** Detects wall-clock jumps by comparing the wall time that passed with the elapsed (monotonic) time. */
final class ClockWatch {

    private Instant lastWall;
    private long lastTicks;

    ClockWatch(Instant wall, long ticks) {
        this.lastWall = wall;
        this.lastTicks = ticks;
    }

    /** How far the wall clock jumped since the last check, or {@link Duration#ZERO} within the threshold. */
    Duration check(Instant wall, long ticks) {
        Duration drift = Duration.between(lastWall.plusNanos(ticks - lastTicks), wall);
        lastWall = wall;
        lastTicks = ticks;
        return drift.abs().compareTo(Options.JUMP_THRESHOLD) > 0 ? drift : Duration.ZERO;
    }
}
