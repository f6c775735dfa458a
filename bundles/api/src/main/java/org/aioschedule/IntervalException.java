package org.aioschedule;

/** An interval that does not fit the unit, for example {@code every(10).minute()} or {@code every(2).monday()}. */
public class IntervalException extends ScheduleValueException {

    private static final long serialVersionUID = 1L;

    public IntervalException(String message) {
        super(message);
    }
}
