package org.aioschedule.engine.internal.schedule;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.cron.CronExpression;

/**
 * Parses the schedule grammar into a {@link SpecBuilder}, step by step as the fluent calls would:
 * <pre>
 * every [N [to M]] second|seconds|minute|minutes|hour|hours|day|days|week|weeks [at TIME [ZONE]] [until WHEN]
 * every monday|...|sunday [at HH:MM[:SS] [ZONE]] [until WHEN]
 * cron &lt;6 or 7 Quartz fields&gt; [ZONE] [until WHEN]
 * </pre>
 */
public final class ScheduleParser {

    private static final String EXAMPLES = "for example \"every 10 seconds\", \"every 5 to 10 minutes\", "
            + "\"every day at 10:30\", \"every wednesday at 13:15 Europe/Rome\" or \"cron 0 0/5 * * * ?\"";
    /** Longer texts are refused before they are split, and so never quoted whole in a message. */
    static final int MAX_LENGTH = 1_000;
    private static final int SHOWN_CHARS = 60;

    private final Clock clock;
    private final ZoneId defaultZone;

    public ScheduleParser(Clock clock, ZoneId defaultZone) {
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    public SpecBuilder parse(String text) {
        return parse(text, false);
    }

    /** Parses a schedule as stored: a deadline that has passed since is kept, not refused. */
    public ScheduleSpec restore(String text) {
        return parse(text, true).build();
    }

    private SpecBuilder parse(String text, boolean restoring) {
        if (text == null || text.trim().isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ScheduleValueException("Invalid schedule \"" + text.substring(0, SHOWN_CHARS) + "...\": it is "
                    + text.length() + " characters long, at most " + MAX_LENGTH + " are allowed; " + EXAMPLES);
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
        String first = tokens.remove(0).toLowerCase(Locale.ROOT);
        List<String> until = splitUntil(text, tokens);
        SpecBuilder builder;
        if (first.equals("every")) {
            builder = every(text, tokens);
        } else if (first.equals("cron")) {
            builder = cron(text, tokens);
        } else {
            throw invalid(text, "it must start with \"every\" or \"cron\"");
        }
        if (restoring) {
            builder.restoring();
        }
        if (until != null) {
            builder.until(String.join(" ", until));
        }
        return builder;
    }

    private static List<String> splitUntil(String text, List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase("until")) {
                List<String> when = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                tokens.subList(i, tokens.size()).clear();
                if (when.isEmpty()) {
                    throw invalid(text, "\"until\" needs a date-time, date or time, as in \"every hour until "
                            + "2030-01-31 18:00\"");
                }
                return when;
            }
        }
        return null;
    }

    private SpecBuilder every(String text, List<String> tokens) {
        Cursor in = new Cursor(text, tokens);
        long interval = in.isNumber() ? in.number() : 1;
        SpecBuilder builder = new SpecBuilder(interval, clock, defaultZone);
        if (in.accept("to")) {
            builder.to(in.number());
        }
        String word = in.next("a unit or weekday");
        Unit unit = Unit.fromWord(word.toLowerCase(Locale.ROOT));
        DayOfWeek weekday = weekday(word);
        if (unit != null) {
            builder.unit(unit, unit.singular().equals(word.toLowerCase(Locale.ROOT)));
        } else if (weekday != null) {
            builder.weekday(weekday);
        } else {
            throw invalid(text, "\"" + word + "\" is not a unit (seconds, minutes, hours, days, weeks) "
                    + "nor a weekday");
        }
        if (in.accept("at")) {
            String time = in.next("a time");
            builder.at(time, in.hasMore() ? zone(in.next("a zone")) : null);
        }
        in.requireEnd();
        return builder;
    }

    private SpecBuilder cron(String text, List<String> tokens) {
        ZoneId zone = null;
        int last = tokens.size() - 1;
        if (last >= 6 && looksLikeZone(tokens.get(last))) {
            zone = zone(tokens.remove(last));
        }
        if (tokens.size() < 6 || tokens.size() > 7) {
            throw invalid(text, "a cron expression has 6 or 7 fields (second minute hour day-of-month month "
                    + "day-of-week [year]), here " + tokens.size());
        }
        return SpecBuilder.cron(CronExpression.parse(String.join(" ", tokens)), zone, clock, defaultZone);
    }

    private static boolean looksLikeZone(String token) {
        return token.startsWith("+") || token.startsWith("-") || token.chars().anyMatch(Character::isLetter);
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equalsIgnoreCase(word)) {
                return day;
            }
        }
        return null;
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new ScheduleValueException("Unknown time zone \"" + id + "\": use an IANA id such as Europe/Rome, "
                    + "UTC, or an offset such as +02:00, as in \"every day at 10:30 Europe/Rome\"", e);
        }
    }

    static ScheduleValueException invalid(String text, String why) {
        return new ScheduleValueException("Invalid schedule \"" + text + "\": " + why + "; " + EXAMPLES);
    }

    private static final class Cursor {
        private final String text;
        private final List<String> tokens;
        private int position;

        Cursor(String text, List<String> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        boolean hasMore() {
            return position < tokens.size();
        }

        boolean isNumber() {
            return hasMore() && tokens.get(position).chars().allMatch(Character::isDigit);
        }

        long number() {
            String token = next("a number");
            try {
                return Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw invalid(text, "\"" + token + "\" is not a whole number from 1 to " + SpecBuilder.MAX_INTERVAL);
            }
        }

        boolean accept(String keyword) {
            if (hasMore() && tokens.get(position).equalsIgnoreCase(keyword)) {
                position++;
                return true;
            }
            return false;
        }

        String next(String what) {
            if (!hasMore()) {
                throw invalid(text, "it ends where " + what + " was expected");
            }
            return tokens.get(position++);
        }

        void requireEnd() {
            if (hasMore()) {
                throw invalid(text, "unexpected \"" + String.join(" ", tokens.subList(position, tokens.size()))
                        + "\"");
            }
        }
    }
}
