package org.aioschedule.engine.internal.cron;

/** Parses the day-of-month and day-of-week fields; {@code null} stands for {@code ?}. */
final class DayFieldParser {

    private static final int MAX_LAST_DAY_OFFSET = 30;
    private static final int MAX_NTH = 5;

    private final CronErrors errors;

    DayFieldParser(CronErrors errors) {
        this.errors = errors;
    }

    DayRule dayOfMonth(String token) {
        FieldParser plain = new FieldParser(Field.DAY_OF_MONTH, errors);
        if ("?".equals(token)) {
            return null;
        }
        if (token.indexOf(',') >= 0) {
            rejectSpecialsInList(Field.DAY_OF_MONTH, token, plain, "?LW");
        } else if (token.startsWith("L")) {
            return lastDay(token);
        } else if (token.endsWith("W")) {
            return nearestWeekday(token);
        }
        return DayRules.daysOfMonth(plain.parse(token));
    }

    DayRule dayOfWeek(String token) {
        FieldParser plain = new FieldParser(Field.DAY_OF_WEEK, errors);
        if ("?".equals(token)) {
            return null;
        }
        if ("L".equals(token)) {
            return DayRules.daysOfWeek(ValueSet.range(7, 7));
        }
        if (token.indexOf(',') >= 0) {
            rejectSpecialsInList(Field.DAY_OF_WEEK, token, plain, "?L#");
        } else if (token.indexOf('#') >= 0) {
            return nthWeekday(token, plain);
        } else if (token.length() > 1 && token.endsWith("L")) {
            return DayRules.lastWeekday(plain.single(token.substring(0, token.length() - 1)));
        }
        return DayRules.daysOfWeek(plain.parse(token));
    }

    private void rejectSpecialsInList(Field field, String token, FieldParser plain, String specials) {
        for (String element : plain.elements(token)) {
            for (char special : specials.toCharArray()) {
                if (element.indexOf(special) >= 0) {
                    throw errors.field(field, field.label + " \"" + token + "\" has \"" + element
                            + "\" in a list; ?, L, W and # cannot be combined with other values");
                }
            }
        }
    }

    private DayRule lastDay(String token) {
        TokenReader reader = new TokenReader(token.substring(1));
        int offset = 0;
        if (reader.accept('-')) {
            String digits = reader.digits();
            if (digits.isEmpty()) {
                throw errors.syntax(Field.DAY_OF_MONTH, token);
            }
            offset = TokenReader.toInt(digits);
            if (offset > MAX_LAST_DAY_OFFSET) {
                throw errors.field(Field.DAY_OF_MONTH, "day-of-month offset " + digits + " in \"" + token
                        + "\" is not between 0 and " + MAX_LAST_DAY_OFFSET);
            }
        }
        boolean weekday = reader.accept('W');
        if (!reader.atEnd()) {
            throw errors.syntax(Field.DAY_OF_MONTH, token);
        }
        return DayRules.lastDay(offset, weekday);
    }

    private DayRule nearestWeekday(String token) {
        String digits = token.substring(0, token.length() - 1);
        if (!TokenReader.isNumber(digits)) {
            throw errors.syntax(Field.DAY_OF_MONTH, token);
        }
        int day = TokenReader.toInt(digits);
        if (day < 1 || day > Field.DAY_OF_MONTH.max) {
            throw errors.outOfRange(Field.DAY_OF_MONTH, "", digits + " in \"" + token + "\"");
        }
        return DayRules.nearestWeekday(day);
    }

    private DayRule nthWeekday(String token, FieldParser plain) {
        int hash = token.indexOf('#');
        int weekday = plain.single(token.substring(0, hash));
        String digits = token.substring(hash + 1);
        if (!TokenReader.isNumber(digits)) {
            throw errors.syntax(Field.DAY_OF_WEEK, token);
        }
        int nth = TokenReader.toInt(digits);
        if (nth < 1 || nth > MAX_NTH) {
            throw errors.field(Field.DAY_OF_WEEK, "day-of-week occurrence #" + digits + " in \"" + token
                    + "\" is not between 1 and " + MAX_NTH);
        }
        return DayRules.nthWeekday(weekday, nth);
    }
}
