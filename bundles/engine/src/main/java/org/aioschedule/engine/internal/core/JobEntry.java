package org.aioschedule.engine.internal.core;

import java.time.Instant;

import org.aioschedule.JobState;
import org.aioschedule.engine.internal.schedule.Slots;

/** A job, its persisted state and its runtime bookkeeping; guarded by the engine's lock. */
final class JobEntry {

    JobDefinition definition;
    Slots slots;
    final RunState state = new RunState();

    int running;
    /** Runs that ended (timed out) while their task still holds its thread: they still count as instances. */
    int stuck;
    long backlog;
    Instant backlogSlot;
    boolean waitingForTask;
    /**
     * The store may hold another next run than this entry (a new or redefined job, a next run moved at restore):
     * until the entry's state is written, its runs need a claim ({@link TaskRuns#needsClaim}).
     */
    boolean unwritten;
    int heapIndex = -1;

    JobEntry(JobDefinition definition, Slots slots) {
        this.definition = definition;
        this.slots = slots;
    }

    JobState jobState() {
        if (state.finished) {
            return JobState.FINISHED;
        }
        if (running > 0 || stuck > 0) {
            return JobState.RUNNING;
        }
        if (state.paused) {
            return JobState.PAUSED;
        }
        return waitingForTask ? JobState.WAITING_FOR_TASK : JobState.SCHEDULED;
    }

    /** Whether another run would exceed the job's {@code maxInstances}, counting runs still holding a thread. */
    boolean atMaxInstances() {
        return running + stuck >= definition.maxInstances;
    }

    /** Whether the job belongs in the due queue. */
    boolean isDue() {
        return state.nextRun != null && !state.finished && !state.paused && !waitingForTask;
    }

    Instant nextRun() {
        return state.nextRun;
    }
}
