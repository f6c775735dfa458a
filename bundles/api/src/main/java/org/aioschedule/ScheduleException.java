package org.aioschedule;

/** A request the scheduler cannot carry out; the message says why and how to do it right. */
public class ScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleException(String message) {
        super(message);
    }

    public ScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
