package org.aioschedule;

/** Where a job was defined. */
public enum JobSource {
    /** A factory configuration of {@code org.aioschedule.Job}, for example from the Kura web UI. */
    CONFIGURATION,
    /** A call of {@link Scheduler}. */
    API,
    /** The {@value TaskProperties#SCHEDULE} property of a task service. */
    WHITEBOARD
}
