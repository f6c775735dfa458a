package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.time.LocalTime;

/** The persisted state of a job: mutable, guarded by the engine's lock. */
final class RunState {

    /** The slot of the last run started. */
    Instant lastSlot;
    Instant lastStart;
    Instant lastEnd;
    Outcome lastOutcome;
    /** The last runs, newest first, at most as many as the engine keeps. */
    RunHistory history = RunHistory.EMPTY;
    long runCount;
    int consecutiveFailures;
    /** The next slot; {@code null} when there is none. */
    Instant nextRun;
    boolean paused;
    boolean finished;
    /** The slot of a run started and not yet ended: after a crash it tells which run was cut short. */
    Instant inFlight;
    /** Since when the job's task has been missing; {@code null} while it is registered. */
    Instant waitingSince;
    /** The time of day of a daily or weekly job without {@code at}: the local time it was created at. */
    LocalTime timeOfDay;

    /** Records how a run ended: as the last outcome and as the newest of at most {@code keep} runs of history. */
    void ended(Outcome outcome, int keep) {
        lastOutcome = outcome;
        history = history.add(outcome, keep);
    }

    void copyFrom(RunState other) {
        lastSlot = other.lastSlot;
        lastStart = other.lastStart;
        lastEnd = other.lastEnd;
        lastOutcome = other.lastOutcome;
        history = other.history;
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
