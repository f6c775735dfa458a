package org.aioschedule.engine.internal.schedule;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aioschedule.ScheduleValueException;

/** Parses the {@code at} time of a job in the format its unit takes, as Python's schedule does. */
final class TimeOfDay {

    private static final Pattern DAILY = Pattern.compile("([0-2]\\d):([0-5]\\d)(?::([0-5]\\d))?");
    private static final Pattern HOURLY = Pattern.compile("([0-5]\\d)?:([0-5]\\d)");
    private static final Pattern MINUTELY = Pattern.compile(":([0-5]\\d)");

    private TimeOfDay() {
    }

    static LocalTime parse(String time, Unit unit) {
        if (time == null) {
            throw new ScheduleValueException("at() needs a time, for example at(\"10:30\")");
        }
        switch (unit) {
        case DAYS:
            return daily(time);
        case HOURS:
            return hourly(time);
        default:
            return minutely(time);
        }
    }

    private static LocalTime daily(String time) {
        Matcher m = DAILY.matcher(time);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23) {
            throw new ScheduleValueException("Invalid time \"" + time + "\" for a daily or weekly job: use HH:MM or "
                    + "HH:MM:SS with hours 00 to 23, for example at(\"10:30\") or \"every day at 10:30\"");
        }
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), second);
    }

    private static LocalTime hourly(String time) {
        Matcher m = HOURLY.matcher(time);
        if (!m.matches()) {
            throw new ScheduleValueException("Invalid time \"" + time + "\" for an hourly job: use MM:SS or :MM, "
                    + "for example at(\":30\") or \"every hour at :30\"");
        }
        if (m.group(1) == null) {
            return LocalTime.of(0, Integer.parseInt(m.group(2)));
        }
        return LocalTime.of(0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static LocalTime minutely(String time) {
        Matcher m = MINUTELY.matcher(time);
        if (!m.matches()) {
            throw new ScheduleValueException("Invalid time \"" + time + "\" for a minutely job: use :SS, "
                    + "for example at(\":15\") or \"every minute at :15\"");
        }
        return LocalTime.of(0, 0, Integer.parseInt(m.group(1)));
    }
}
