package org.aioschedule.engine.internal.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of valid expressions (every syntax feature), instants near DST transitions, and mutations. */
final class ExpressionGenerator {

    static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final long FIRST_SECOND = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("2095-01-01T00:00:00Z").getEpochSecond();
    private static final String MUTATION_CHARS =
            "0123456789LW#?*/,- \tABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz.+_%\u00e9\u0661\u017f";

    private final Random random;
    /** When false, W days stay at or below 28 and L-n offsets below 28, where Quartz is right in every month. */
    private final boolean wideWeekdayDays;

    ExpressionGenerator(long seed, boolean wideWeekdayDays) {
        this.random = new Random(seed);
        this.wideWeekdayDays = wideWeekdayDays;
    }

    Random random() {
        return random;
    }

    String expression() {
        List<String> fields = new ArrayList<>();
        fields.add(random.nextInt(3) == 0 ? plain(0, 59, 59, null) : String.valueOf(pick(0, 0, 30, nextInt(60))));
        fields.add(random.nextInt(3) == 0 ? plain(0, 59, 59, null) : String.valueOf(pick(0, 30, 15, nextInt(60))));
        fields.add(hours());
        boolean byDayOfMonth = random.nextBoolean();
        fields.add(byDayOfMonth ? dayOfMonth() : "?");
        fields.add(random.nextInt(3) == 0 ? "*" : plain(1, 12, 12, MONTHS));
        fields.add(byDayOfMonth ? "?" : dayOfWeek());
        if (random.nextInt(4) == 0) {
            fields.add(years());
        }
        return join(fields);
    }

    private int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String hours() {
        switch (random.nextInt(4)) {
            case 0:
                return String.valueOf(pick(0, 1, 2, 3));
            case 1:
                return String.valueOf(random.nextInt(24));
            default:
                return plain(0, 23, 23, null);
        }
    }

    private String dayOfMonth() {
        int maxDay = wideWeekdayDays ? 31 : 28;
        switch (random.nextInt(9)) {
            case 0:
                return "L";
            case 1:
                return "LW";
            case 2:
                return "L-" + random.nextInt(wideWeekdayDays ? 31 : 28);
            case 3:
                return "L-" + random.nextInt(wideWeekdayDays ? 31 : 28) + "W";
            case 4:
                return (1 + random.nextInt(maxDay)) + "W";
            case 5:
                return "*";
            default:
                return plain(1, 31, 31, null);
        }
    }

    private String dayOfWeek() {
        switch (random.nextInt(8)) {
            case 0:
                return "L";
            case 1:
                return weekday() + "L";
            case 2:
                return weekday() + "#" + (1 + random.nextInt(5));
            case 3:
                return "*";
            default:
                return plain(1, 7, 7, DAYS);
        }
    }

    private String weekday() {
        int day = 1 + random.nextInt(7);
        return random.nextBoolean() ? String.valueOf(day) : name(DAYS, day);
    }

    private String years() {
        int start = 1990 + random.nextInt(110);
        switch (random.nextInt(5)) {
            case 0:
                return String.valueOf(start);
            case 1:
                return start + "-" + (start + random.nextInt(2100 - start));
            case 2:
                return "*/" + (1 + random.nextInt(20));
            case 3:
                return start + "/" + (1 + random.nextInt(10));
            default:
                return start + "," + (1990 + random.nextInt(110));
        }
    }

    /** A list, range, step or value for a field from {@code min} to {@code max}, with names when given. */
    String plain(int min, int max, int maxStep, String[] names) {
        int count = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            elements.add(element(min, max, maxStep, names));
        }
        return String.join(",", elements);
    }

    private String element(int min, int max, int maxStep, String[] names) {
        int a = min + random.nextInt(max - min + 1);
        int b = min + random.nextInt(max - min + 1);
        int step = 1 + random.nextInt(random.nextInt(4) == 0 ? maxStep : Math.min(maxStep, 12));
        boolean named = names != null && random.nextBoolean();
        switch (random.nextInt(7)) {
            case 0:
                return "*";
            case 1:
                return "*/" + step;
            case 2:
                return a + "/" + step;
            case 3:
                return named ? name(names, a) + "-" + name(names, b) : a + "-" + b;
            case 4:
                return a + "-" + b + "/" + step;
            default:
                return named ? name(names, a) : String.valueOf(a);
        }
    }

    private String name(String[] names, int value) {
        String name = names[value - 1];
        return random.nextInt(5) == 0 ? name.toLowerCase() : name;
    }

    private String join(List<String> fields) {
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? " " : "");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(random.nextInt(8) == 0 ? pick("  ", "\t", " \t ", " ") : " ");
            }
            text.append(fields.get(i));
        }
        return text.toString();
    }

    /** A whole-second instant: uniform over 1990-2094, or within three hours of one of the zone's transitions. */
    Instant instant(ZoneId zone) {
        long span = LAST_SECOND - FIRST_SECOND;
        Instant uniform = Instant.ofEpochSecond(FIRST_SECOND + (long) (random.nextDouble() * span));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(uniform);
        if (random.nextInt(3) == 0 || transition == null || transition.getInstant().getEpochSecond() > LAST_SECOND) {
            return uniform;
        }
        long shift = random.nextInt(4) == 0 ? pick(-1, 0, 1, 3600) : random.nextInt(6 * 3600) - 3 * 3600;
        return transition.getInstant().plusSeconds(shift);
    }

    /** A valid expression with 1 to 3 random edits, or random tokens, or random characters. */
    String mutated() {
        switch (random.nextInt(10)) {
            case 0:
                return randomChars(random.nextInt(30));
            case 1:
                return randomTokens();
            default:
                String text = expression();
                int edits = 1 + random.nextInt(3);
                for (int i = 0; i < edits; i++) {
                    text = edit(text);
                }
                return text;
        }
    }

    private String edit(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        char c = MUTATION_CHARS.charAt(random.nextInt(MUTATION_CHARS.length()));
        switch (random.nextInt(6)) {
            case 0:
                return text.substring(0, at) + c + text.substring(at);
            case 1:
                return text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            case 2:
                return text.isEmpty() ? text : text.substring(0, at) + c + text.substring(at + 1);
            case 3:
                return text + " " + pick("*", "?", "2030", "L", "0", "MON");
            case 4:
                String insert = pick("L", "W", "#", "?", "/", "-", ",", "*", "99", "0");
                return text.substring(0, at) + insert + text.substring(at);
            default:
                String[] tokens = text.trim().split("[ \t]+");
                tokens[random.nextInt(tokens.length)] = randomToken();
                return String.join(" ", tokens);
        }
    }

    private String randomTokens() {
        List<String> tokens = new ArrayList<>();
        int count = 4 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tokens.add(randomToken());
        }
        return String.join(" ", tokens);
    }

    private String randomToken() {
        return pick("*", "?", "L", "LW", "L-3", "15W", "6L", "6#3", "MON-FRI", "JAN", "*/5", "0/15", "1-5", "50-10/3",
                "2030", "0", "31", "60", "-1", "*/0", "/5", "L-31", "6#6", "0W", "?,1", "1,,2", "", "MONL", "#",
                String.valueOf(random.nextInt(100)), randomChars(1 + random.nextInt(4)));
    }

    private String randomChars(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(MUTATION_CHARS.charAt(random.nextInt(MUTATION_CHARS.length())));
        }
        return text.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
