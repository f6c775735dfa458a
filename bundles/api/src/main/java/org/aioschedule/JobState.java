package org.aioschedule;

/** What a job is doing. */
public enum JobState {
    /** Waiting for its next run. */
    SCHEDULED,
    /** A run is in progress. */
    RUNNING,
    /** Paused by {@link Scheduler#pause(String)}. */
    PAUSED,
    /** Its task service is not registered; the job keeps its state and resumes when the task appears. */
    WAITING_FOR_TASK,
    /**
     * It runs no more: past its {@code until} deadline, without a further slot, or cancelled by its task (a job
     * created through the API is then removed instead, as Python's schedule does).
     */
    FINISHED
}
