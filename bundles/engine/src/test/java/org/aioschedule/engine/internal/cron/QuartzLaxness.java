package org.aioschedule.engine.internal.cron;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Quartz 2.3.2 accepts an expression that we reject: Quartz's parser reads a prefix of each value and ignores the
 * rest, does not check some ranges, and keeps empty or half-read values. Each kind is named here; a rejected
 * expression that Quartz accepts for none of these reasons is an unexplained difference.
 */
enum QuartzLaxness {
    /** Quartz reads the first seven fields and ignores the rest. */
    EXTRA_FIELDS,
    /** Characters outside the syntax ('+', '.', newline, non-ASCII digits or letters Quartz upper-cases). */
    OTHER_CHARACTERS,
    /** Empty list elements ("1,,2", ",5"): Quartz skips them, leaving an empty field when nothing else is there. */
    EMPTY_LIST_ELEMENT,
    /** '?' followed by one more character ("?X"), or '?' in a list ("?,5"). */
    QUESTION_MARK_NOT_ALONE,
    /** L, LW or L-n outside day-of-month ("L" seconds: an empty field), or "LW", "L-n" as day-of-week (Saturday). */
    MISPLACED_L,
    /** W or # in a list ("1,15W", "MON#2,FRI"): Quartz applies it to the list's first value only. */
    SPECIAL_IN_LIST,
    /** Step 0 ("*{@literal /}0" means *, "5/0" means 5), or a step above the field's largest (in a-b/n or years). */
    STEP_OUT_OF_RANGE,
    /** A step with no start ("/5"): Quartz reads it as "*{@literal /}5". */
    STEP_WITHOUT_START,
    /** 99 and 98, Quartz's internal markers for '*' and '?': "0 99 * * * ?" runs every minute for Quartz. */
    MARKER_VALUE,
    /** Values Quartz does not check: years outside 1970-2099, range end 0 ("5-0"), "0W", "0#2" or "9#2". */
    UNCHECKED_VALUE,
    /** A valid value followed by characters Quartz ignores ("5X", "MONDAY", "*5", "JAN/2", "1-5W", "5-10-15"). */
    TRAILING_CHARACTERS;

    private static final String NUMBER = "[0-9]+";
    private static final String MONTH = "(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)";
    private static final String DAY = "(SUN|MON|TUE|WED|THU|FRI|SAT)";
    private static final String PLAIN = "\\*(/" + NUMBER + ")?|" + NUMBER + "(-" + NUMBER + ")?(/" + NUMBER + ")?";
    private static final Pattern[] VALID_PREFIX = {
        prefix(PLAIN), prefix(PLAIN), prefix(PLAIN),
        prefix("L(-" + NUMBER + ")?W?|" + NUMBER + "W|" + PLAIN),
        prefix(MONTH + "(-" + MONTH + ")?|" + PLAIN),
        prefix("L|(" + NUMBER + "|" + DAY + ")(L|#" + NUMBER + ")|" + DAY + "(-" + DAY + ")?|" + PLAIN),
        prefix(PLAIN)};
    private static final int[] MAX_STEP = {59, 59, 23, 31, 12, 7, 129};

    /** The first reason that explains why Quartz accepts {@code text}, or null when none does. */
    static QuartzLaxness explain(String text) {
        String[] fields = text.toUpperCase(java.util.Locale.US).trim().split("[ \t]+");
        if (fields.length > 7) {
            return EXTRA_FIELDS;
        }
        if (!text.matches("[0-9A-Za-z,\\-*/?# \t]*")) {
            return OTHER_CHARACTERS;
        }
        for (QuartzLaxness reason : values()) {
            for (int field = 0; field < fields.length; field++) {
                if (reason.applies(field, fields[field])) {
                    return reason;
                }
            }
        }
        return null;
    }

    private boolean applies(int field, String token) {
        switch (this) {
            case EMPTY_LIST_ELEMENT:
                return token.startsWith(",") || token.endsWith(",") || token.contains(",,");
            case QUESTION_MARK_NOT_ALONE:
                return token.contains("?") && !token.equals("?");
            case MISPLACED_L:
                return token.matches("(.*,)?L.*") && (field != 3 && field != 5 || field == 5 && !token.equals("L"));
            case SPECIAL_IN_LIST:
                boolean special = token.contains("W") || token.contains("#");
                return token.contains(",") && special && (field == 3 || field == 5);
            case STEP_OUT_OF_RANGE:
                return anyStep(token, field);
            case STEP_WITHOUT_START:
                return token.startsWith("/") || token.contains(",/");
            case MARKER_VALUE:
                return token.matches("(.*[^0-9])?0*9[89]([^0-9].*)?");
            case UNCHECKED_VALUE:
                return uncheckedValue(field, token);
            case TRAILING_CHARACTERS:
                return trailing(field, token);
            default:
                return false;
        }
    }

    private static boolean anyStep(String token, int field) {
        Matcher step = Pattern.compile("/([0-9]+)").matcher(token);
        while (step.find()) {
            long value = Long.parseLong(step.group(1).length() > 12 ? "999999999999" : step.group(1));
            if (value == 0 || value > MAX_STEP[field]) {
                return true;
            }
        }
        return false;
    }

    private static boolean uncheckedValue(int field, String token) {
        if (field == 6) {
            Matcher year = Pattern.compile("(?<![/0-9])[0-9]+").matcher(token);
            while (year.find()) {
                long value = year.group().length() > 9 ? Long.MAX_VALUE : Long.parseLong(year.group());
                if (value < 1970 || value > 2099) {
                    return true;
                }
            }
        }
        boolean oneBased = field == 3 || field == 4 || field == 5;
        return oneBased && token.matches(".*-0+(/.*|,.*)?") || field == 3 && token.matches("0+W.*")
                || field == 5 && token.matches(".*\\b([0-9]*[089]|[0-9]{2,})#.*");
    }

    private static boolean trailing(int field, String token) {
        for (String element : token.split(",")) {
            Matcher matcher = VALID_PREFIX[field].matcher(element);
            if (matcher.lookingAt() && matcher.end() < element.length()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern prefix(String alternatives) {
        return Pattern.compile("(" + alternatives + ")");
    }
}
