package org.aioschedule.engine.internal.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.aioschedule.engine.testing.BadInputs;

/** A valid schedule damaged: characters or tokens changed, odd text inserted, or random tokens instead. */
final class ScheduleMutations {

    private static final String[] TOKENS = {"every", "cron", "to", "at", "until", "second", "seconds", "minutes",
        "hours", "days", "weeks", "monday", "Wednesday", "0", "1", "-1", "59", "60", "99999999999999999999",
        "9223372036854775807", "10:30", "10:30:15", ":30", "30:05", "25:00", "24:00", "::", ":", "Europe/Rome",
        "UTC", "+02:00", "+25:00", "Z", "Mars/Olympus", "2030-01-31", "2030-02-30", "1970-01-01",
        "2030-01-31T18:00:00Z", "*", "?", "0/5", "L", "LW", "#", "5#6", "1-", "MON-", "\u00e9", "\t", "1e3", "0x10", "Infinity", "NaN",
        "\u0000", "\u0661", "\ud800"};

    private ScheduleMutations() {
    }

    static String any(Random random, String valid) {
        switch (random.nextInt(6)) {
        case 0:
            return characters(random, valid);
        case 1:
            return tokens(random, valid);
        case 2:
            return randomTokens(random);
        case 3:
            return insertAt(random, valid, BadInputs.text(random));
        case 4:
            return valid.toUpperCase();
        default:
            return random.nextBoolean() ? valid : valid + " " + TOKENS[random.nextInt(TOKENS.length)];
        }
    }

    private static String characters(Random random, String valid) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
            case 0:
                text.deleteCharAt(at);
                break;
            case 1:
                text.insert(at, (char) (32 + random.nextInt(95)));
                break;
            case 2:
                text.setCharAt(at, (char) random.nextInt(32));
                break;
            default:
                text.setCharAt(at, Character.forDigit(random.nextInt(10), 10));
            }
        }
        return text.toString();
    }

    private static String tokens(Random random, String valid) {
        List<String> tokens = new ArrayList<>(Arrays.asList(valid.split(" ")));
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(4)) {
        case 0:
            tokens.remove(at);
            break;
        case 1:
            tokens.add(at, TOKENS[random.nextInt(TOKENS.length)]);
            break;
        case 2:
            tokens.set(at, TOKENS[random.nextInt(TOKENS.length)]);
            break;
        default:
            tokens.add(random.nextInt(tokens.size()), tokens.remove(at));
        }
        return String.join(random.nextInt(8) == 0 ? "\t " : " ", tokens);
    }

    private static String randomTokens(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : "every ");
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
        }
        return text.toString();
    }

    private static String insertAt(Random random, String valid, String odd) {
        int at = random.nextInt(valid.length() + 1);
        return valid.substring(0, at) + odd + valid.substring(at);
    }
}
