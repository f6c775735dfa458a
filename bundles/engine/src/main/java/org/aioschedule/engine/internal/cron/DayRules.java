package org.aioschedule.engine.internal.cron;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** The day rules: plain day-of-month and day-of-week sets, and the special forms L, L-n, LW, nW, nL and n#k. */
final class DayRules {

    private DayRules() {
    }

    static int lengthOf(int year, int month) {
        return YearMonth.of(year, month).lengthOfMonth();
    }

    /** Quartz numbering: 1 = Sunday ... 7 = Saturday. */
    static int weekday(int year, int month, int day) {
        return LocalDate.of(year, month, day).getDayOfWeek().getValue() % 7 + 1;
    }

    static DayRule daysOfMonth(ValueSet days) {
        return (year, month, day) -> {
            int next = days.next(day);
            return next <= lengthOf(year, month) ? next : -1;
        };
    }

    /** {@code L-offset}, or {@code L-offsetW} when {@code weekday}: counted back from the month's last day. */
    static DayRule lastDay(int offset, boolean weekday) {
        return (year, month, day) -> {
            int length = lengthOf(year, month);
            int base = length - offset;
            if (base < 1) {
                return -1;
            }
            int chosen = weekday ? nearestWeekday(year, month, base, length) : base;
            return chosen >= day ? chosen : -1;
        };
    }

    /** {@code nW}: the weekday nearest day n, without leaving the month; no day in months shorter than n. */
    static DayRule nearestWeekday(int target) {
        return (year, month, day) -> {
            int length = lengthOf(year, month);
            if (target > length) {
                return -1;
            }
            int chosen = nearestWeekday(year, month, target, length);
            return chosen >= day ? chosen : -1;
        };
    }

    private static int nearestWeekday(int year, int month, int base, int length) {
        DayOfWeek weekday = LocalDate.of(year, month, base).getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY) {
            return base == 1 ? 3 : base - 1;
        }
        if (weekday == DayOfWeek.SUNDAY) {
            return base == length ? base - 2 : base + 1;
        }
        return base;
    }

    static DayRule daysOfWeek(ValueSet weekdays) {
        return (year, month, day) -> {
            int length = lengthOf(year, month);
            int first = weekday(year, month, day);
            for (int shift = 0; shift < 7 && day + shift <= length; shift++) {
                if (weekdays.contains((first - 1 + shift) % 7 + 1)) {
                    return day + shift;
                }
            }
            return -1;
        };
    }

    /** {@code nL}: the last given weekday of the month. */
    static DayRule lastWeekday(int weekday) {
        return (year, month, day) -> {
            int length = lengthOf(year, month);
            int last = length - (weekday(year, month, length) - weekday + 7) % 7;
            return last >= day ? last : -1;
        };
    }

    /** {@code n#k}: the k-th given weekday of the month; no day in months without a k-th one. */
    static DayRule nthWeekday(int weekday, int nth) {
        return (year, month, day) -> {
            int first = 1 + (weekday - weekday(year, month, 1) + 7) % 7;
            int chosen = first + 7 * (nth - 1);
            return chosen >= day && chosen <= lengthOf(year, month) ? chosen : -1;
        };
    }
}
