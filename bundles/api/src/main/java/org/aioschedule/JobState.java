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
    /** Past its {@code until} deadline, or cancelled by its task: it runs no more. */
    FINISHED
}
