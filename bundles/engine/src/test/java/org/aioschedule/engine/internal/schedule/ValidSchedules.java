package org.aioschedule.engine.internal.schedule;

import java.util.Random;

/** Generated valid schedules, one grammar form of DESIGN.md each, with their optional parts drawn at random. */
final class ValidSchedules {

    private static final String[] UNITS = {"second", "minute", "hour", "day", "week"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] ZONES = {"Europe/Rome", "UTC", "+02:00", "-03:30", "Australia/Lord_Howe",
        "America/Sao_Paulo", "Asia/Kolkata"};
    private static final String[] UNTILS = {"2030-01-31T18:00:00Z", "2030-01-31", "2031-06-01T08:15", "23:59",
        "2030-01-31T18:00:00+01:00"};
    private static final String[] CRONS = {"0 0/5 * * * ?", "0 15 10 ? * MON-FRI", "0 0 12 LW * ? 2030",
        "*/10 * * * * ?", "0 0 8-18 ? * 2#1", "30 15 4 1,15 JAN,JUL ?", "0 0 0 L * ?", "0 30 2 ? * 6L"};

    private ValidSchedules() {
    }

    static String any(Random random) {
        String schedule;
        switch (random.nextInt(4)) {
        case 0:
            schedule = interval(random);
            break;
        case 1:
            schedule = timed(random);
            break;
        case 2:
            schedule = "every " + WEEKDAYS[random.nextInt(7)] + (random.nextBoolean() ? "" : " at "
                    + dayTime(random) + zone(random));
            break;
        default:
            schedule = "cron " + CRONS[random.nextInt(CRONS.length)] + zone(random);
        }
        return random.nextInt(4) == 0 ? schedule + " until " + UNTILS[random.nextInt(UNTILS.length)] : schedule;
    }

    /** every [N [to M]] unit(s). */
    private static String interval(Random random) {
        String unit = UNITS[random.nextInt(UNITS.length)];
        int form = random.nextInt(4);
        if (form == 0) {
            return "every " + unit;
        }
        long n = 1 + random.nextInt(form == 1 ? 1 : 1000);
        String range = form == 3 ? " to " + (n + 1 + random.nextInt(100)) : "";
        return "every " + n + range + " " + unit + (n == 1 && range.isEmpty() ? "" : "s");
    }

    /** every [N] days|hours|minutes at TIME [ZONE]. */
    private static String timed(Random random) {
        int unit = random.nextInt(3);
        long n = random.nextBoolean() ? 1 : 2 + random.nextInt(30);
        String word = new String[] {"day", "hour", "minute"}[unit] + (n == 1 ? "" : "s");
        String time;
        if (unit == 0) {
            time = dayTime(random);
        } else if (unit == 1) {
            time = random.nextBoolean() ? String.format(":%02d", random.nextInt(60))
                    : String.format("%02d:%02d", random.nextInt(60), random.nextInt(60));
        } else {
            time = String.format(":%02d", random.nextInt(60));
        }
        return "every " + (n == 1 && random.nextBoolean() ? "" : n + " ") + word + " at " + time + zone(random);
    }

    private static String dayTime(Random random) {
        String time = String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
        return random.nextBoolean() ? time : time + String.format(":%02d", random.nextInt(60));
    }

    private static String zone(Random random) {
        return random.nextBoolean() ? "" : " " + ZONES[random.nextInt(ZONES.length)];
    }
}
