package org.aioschedule.engine.internal.schedule;

/** The time unit of an {@code every N units} schedule. */
public enum Unit {
    SECONDS("second", 1),
    MINUTES("minute", 60),
    HOURS("hour", 3600),
    DAYS("day", 86400),
    WEEKS("week", 7 * 86400);

    private final String singular;
    private final long seconds;

    Unit(String singular, long seconds) {
        this.singular = singular;
        this.seconds = seconds;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return singular + "s";
    }

    public long seconds() {
        return seconds;
    }

    /** Whether jobs of this unit follow the wall clock of their zone rather than elapsed time. */
    public boolean isCalendar() {
        return this == DAYS || this == WEEKS;
    }

    public static Unit fromWord(String word) {
        for (Unit unit : values()) {
            if (unit.singular.equals(word) || unit.plural().equals(word)) {
                return unit;
            }
        }
        return null;
    }
}
