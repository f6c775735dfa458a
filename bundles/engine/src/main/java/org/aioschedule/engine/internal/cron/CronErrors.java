package org.aioschedule.engine.internal.cron;

import org.aioschedule.ScheduleValueException;

final class CronErrors {

    static final String GENERAL_EXAMPLE = "\"0 0 12 * * ?\" runs every day at noon";
    private static final int SHOWN_CHARS = 120;

    private final String text;

    CronErrors(String text) {
        this.text = text;
    }

    ScheduleValueException expression(String detail, String example) {
        return new ScheduleValueException(prefix() + detail + " (example: " + example + ")");
    }

    ScheduleValueException field(Field field, String detail) {
        return expression(detail, field.example);
    }

    ScheduleValueException outOfRange(Field field, String what, String value) {
        return field(field, field.label + what + " " + value + " is not " + field.range());
    }

    ScheduleValueException syntax(Field field, String element) {
        if (element.indexOf('?') >= 0) {
            return field(field, "'?' must stand alone and only in day-of-month or day-of-week, not in " + field.label
                    + " \"" + element + "\"");
        }
        return field(field, field.label + " \"" + element + "\" is not valid; " + field.syntax());
    }

    private String prefix() {
        if (text == null) {
            return "Invalid cron expression: none given; ";
        }
        String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text;
        return "Invalid cron expression \"" + shown + "\": ";
    }
}
