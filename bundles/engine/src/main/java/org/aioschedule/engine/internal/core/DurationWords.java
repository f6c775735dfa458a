package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * A duration as an operator reads it: its two largest units in words, "56 years 339 days", "4 hours 30 minutes",
 * "2 seconds 500 milliseconds". A year is the mean Gregorian year (365.2425 days), as {@link ChronoUnit#YEARS}.
 */
final class DurationWords {

    private static final ChronoUnit[] UNITS = {ChronoUnit.YEARS, ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES,
        ChronoUnit.SECONDS, ChronoUnit.MILLIS};
    private static final String[] NAMES = {"year", "day", "hour", "minute", "second", "millisecond"};

    private DurationWords() {
    }

    /** {@code duration} (not negative) in words; "0 milliseconds" below a millisecond. */
    static String of(Duration duration) {
        StringBuilder words = new StringBuilder();
        Duration rest = duration;
        int shown = 0;
        for (int i = 0; i < UNITS.length && shown < 2; i++) {
            Duration unit = UNITS[i].getDuration();
            long count = rest.getSeconds() / Math.max(1, unit.getSeconds());
            if (unit.getSeconds() == 0) {
                count = rest.toMillis();
            }
            if (count > 0 || shown > 0) {
                rest = rest.minus(unit.multipliedBy(count));
                if (count > 0) {
                    words.append(words.length() == 0 ? "" : " ").append(count).append(' ').append(NAMES[i])
                            .append(count == 1 ? "" : "s");
                }
                shown++;
            }
        }
        return words.length() == 0 ? "0 milliseconds" : words.toString();
    }
}
