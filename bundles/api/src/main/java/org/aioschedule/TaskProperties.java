package org.aioschedule;

/** Service properties a {@link Task} may carry. */
public final class TaskProperties {

    /**
     * A schedule in the grammar ({@code String} or {@code String[]}) on which the task runs itself; the job's id is
     * the task's PID.
     */
    public static final String SCHEDULE = "aioschedule.schedule";

    private TaskProperties() {
    }
}
