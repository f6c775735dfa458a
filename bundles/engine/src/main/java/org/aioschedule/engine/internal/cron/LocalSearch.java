package org.aioschedule.engine.internal.cron;

import java.time.LocalDateTime;

/**
 * Finds matching local date-times field by field, coarsest first: a field with no value left rolls the next coarser
 * field over and restarts the finer ones at their start, as Quartz does, so no search steps second by second.
 */
final class LocalSearch {

    private final ValueSet seconds;
    private final ValueSet minutes;
    private final ValueSet hours;
    private final DayRule days;
    private final ValueSet months;
    private final ValueSet years;

    LocalSearch(ValueSet seconds, ValueSet minutes, ValueSet hours, DayRule days, ValueSet months, ValueSet years) {
        this.seconds = seconds;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
    }

    /** The first matching local date-time at or after {@code from} (whose nanoseconds are ignored), or null. */
    LocalDateTime first(LocalDateTime from) {
        Cursor cursor = new Cursor(from);
        while (cursor.year <= Field.YEAR.max) {
            int year = years.next(cursor.year);
            if (year < 0) {
                return null;
            }
            if (year != cursor.year) {
                cursor.startYear(year);
            }
            if (settleMonth(cursor) && settleDay(cursor) && settleTime(cursor)) {
                return LocalDateTime.of(cursor.year, cursor.month, cursor.day, cursor.hour, cursor.minute,
                        cursor.second);
            }
        }
        return null;
    }

    private boolean settleMonth(Cursor cursor) {
        int month = months.next(cursor.month);
        if (month < 0) {
            cursor.startYear(cursor.year + 1);
            return false;
        }
        if (month != cursor.month) {
            cursor.startMonth(month);
        }
        return true;
    }

    private boolean settleDay(Cursor cursor) {
        int day = days.firstAtOrAfter(cursor.year, cursor.month, cursor.day);
        if (day < 0) {
            cursor.startMonth(cursor.month + 1);
            return false;
        }
        if (day != cursor.day) {
            cursor.startDay(day);
        }
        return true;
    }

    private boolean settleTime(Cursor cursor) {
        int hour = hours.next(cursor.hour);
        if (hour < 0) {
            cursor.startDay(cursor.day + 1);
            return false;
        }
        if (hour != cursor.hour) {
            cursor.startHour(hour);
        }
        int minute = minutes.next(cursor.minute);
        if (minute < 0) {
            cursor.startHour(cursor.hour + 1);
            return false;
        }
        if (minute != cursor.minute) {
            cursor.startMinute(minute);
        }
        int second = seconds.next(cursor.second);
        if (second < 0) {
            cursor.startMinute(cursor.minute + 1);
            return false;
        }
        cursor.second = second;
        return true;
    }

    /** A local date-time whose fields may be moved forward, each move resetting the finer fields. */
    private static final class Cursor {
        int year;
        int month;
        int day;
        int hour;
        int minute;
        int second;

        Cursor(LocalDateTime from) {
            year = from.getYear();
            month = from.getMonthValue();
            day = from.getDayOfMonth();
            hour = from.getHour();
            minute = from.getMinute();
            second = from.getSecond();
        }

        void startYear(int value) {
            year = value;
            month = 1;
            startDay(1);
        }

        void startMonth(int value) {
            if (value > 12) {
                startYear(year + 1);
                return;
            }
            month = value;
            startDay(1);
        }

        void startDay(int value) {
            if (value > DayRules.lengthOf(year, month)) {
                startMonth(month + 1);
                return;
            }
            day = value;
            startHour(0);
        }

        void startHour(int value) {
            if (value > 23) {
                startDay(day + 1);
                return;
            }
            hour = value;
            startMinute(0);
        }

        void startMinute(int value) {
            if (value > 59) {
                startHour(hour + 1);
                return;
            }
            minute = value;
            second = 0;
        }
    }
}
