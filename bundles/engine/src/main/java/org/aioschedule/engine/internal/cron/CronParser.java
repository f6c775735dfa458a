package org.aioschedule.engine.internal.cron;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into its fields and parses each; Quartz separates fields by spaces and tabs only. */
final class CronParser {

    private static final String FIELDS = "second minute hour day-of-month month day-of-week [year]";
    private static final String DAY_EXAMPLE = "\"0 0 12 ? * MON\" runs at noon every Monday";

    private CronParser() {
    }

    static CronExpression parse(String text) {
        CronErrors errors = new CronErrors(text);
        if (text == null) {
            throw errors.expression("expected 6 or 7 fields (" + FIELDS + ")", CronErrors.GENERAL_EXAMPLE);
        }
        List<String> tokens = tokens(upperCaseAscii(text));
        if (tokens.size() < 6 || tokens.size() > 7) {
            throw errors.expression("expected 6 or 7 fields (" + FIELDS + ") but found " + tokens.size(),
                    CronErrors.GENERAL_EXAMPLE);
        }
        ValueSet seconds = new FieldParser(Field.SECOND, errors).parse(tokens.get(0));
        ValueSet minutes = new FieldParser(Field.MINUTE, errors).parse(tokens.get(1));
        ValueSet hours = new FieldParser(Field.HOUR, errors).parse(tokens.get(2));
        DayFieldParser dayParser = new DayFieldParser(errors);
        DayRule dayOfMonth = dayParser.dayOfMonth(tokens.get(3));
        ValueSet months = new FieldParser(Field.MONTH, errors).parse(tokens.get(4));
        DayRule dayOfWeek = dayParser.dayOfWeek(tokens.get(5));
        ValueSet years = tokens.size() == 7 ? new FieldParser(Field.YEAR, errors).parse(tokens.get(6))
                : ValueSet.range(Field.YEAR.min, Field.YEAR.max);
        DayRule days = oneDayRule(dayOfMonth, dayOfWeek, tokens, errors);
        LocalSearch search = new LocalSearch(seconds, minutes, hours, days, months, years);
        return new CronExpression(String.join(" ", tokens), new ZonedSearch(search));
    }

    private static DayRule oneDayRule(DayRule dayOfMonth, DayRule dayOfWeek, List<String> tokens, CronErrors errors) {
        if (dayOfMonth == null && dayOfWeek == null) {
            throw errors.expression("day-of-month and day-of-week are both '?'; set exactly one of them to '?'",
                    DAY_EXAMPLE);
        }
        if (dayOfMonth != null && dayOfWeek != null) {
            throw errors.expression("day-of-month \"" + tokens.get(3) + "\" and day-of-week \"" + tokens.get(5)
                    + "\" are both set; set exactly one of them to '?'", DAY_EXAMPLE);
        }
        return dayOfMonth != null ? dayOfMonth : dayOfWeek;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t';
            if (separator && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static String upperCaseAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }
}
