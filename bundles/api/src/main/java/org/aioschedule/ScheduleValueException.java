package org.aioschedule;

/** A schedule, time, zone, deadline or job setting that is not valid; the message shows a valid one. */
public class ScheduleValueException extends ScheduleException {

    private static final long serialVersionUID = 1L;

    public ScheduleValueException(String message) {
        super(message);
    }

    public ScheduleValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
