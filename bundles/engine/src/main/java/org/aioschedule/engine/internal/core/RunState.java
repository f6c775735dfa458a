package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.time.LocalTime;

/** The persisted state of a job: mutable, guarded by the engine's lock. */
public final class RunState {

    /** The slot of the last run started. */
    public Instant lastSlot;
    public Instant lastStart;
    public Instant lastEnd;
    public Outcome lastOutcome;
    public long runCount;
    public int consecutiveFailures;
    /** The next slot; {@code null} when there is none. */
    public Instant nextRun;
    public boolean paused;
    public boolean finished;
    /** The slot of a run started and not yet ended: after a crash it tells which run was cut short. */
    public Instant inFlight;
    /** Since when the job's task has been missing; {@code null} while it is registered. */
    public Instant waitingSince;
    /** The time of day of a daily or weekly job without {@code at}: the local time it was created at. */
    public LocalTime timeOfDay;

    void copyFrom(RunState other) {
        lastSlot = other.lastSlot;
        lastStart = other.lastStart;
        lastEnd = other.lastEnd;
        lastOutcome = other.lastOutcome;
        runCount = other.runCount;
        consecutiveFailures = other.consecutiveFailures;
        nextRun = other.nextRun;
        paused = other.paused;
        finished = other.finished;
        inFlight = other.inFlight;
        timeOfDay = other.timeOfDay;
        waitingSince = other.waitingSince;
    }
}
