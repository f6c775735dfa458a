package org.aioschedule.engine.internal.cron;

/** Which days of a month an expression's day-of-month or day-of-week field selects. */
interface DayRule {

    /** The first selected day of the month at or after {@code day}, or -1 when there is none. */
    int firstAtOrAfter(int year, int month, int day);
}
