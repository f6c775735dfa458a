package org.aioschedule.engine.internal.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.aioschedule.ScheduleValueException;

/** Reads an {@code until} deadline written as an instant, a local date-time, a date or a time of today. */
final class Deadline {

    private Deadline() {
    }

    /** An {@link Instant}, a {@link LocalDateTime} (a date means its midnight) or a {@link LocalTime}. */
    static Object parse(String text) {
        String value = text == null ? "" : text.trim();
        String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T'
                + value.substring(11) : value;
        try {
            if (iso.indexOf('T') > 0) {
                return iso.endsWith("Z") || hasOffset(iso) ? OffsetDateTime.parse(iso).toInstant()
                        : LocalDateTime.parse(iso);
            }
            if (iso.indexOf('-') > 0) {
                return LocalDate.parse(iso).atStartOfDay();
            }
            return LocalTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new ScheduleValueException("Invalid until \"" + text + "\": use an ISO date-time, a date or a time "
                    + "of today, for example until(\"2030-01-31 18:00\"), until(\"2030-01-31\") or until(\"18:30\")",
                    e);
        }
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0;
    }
}
