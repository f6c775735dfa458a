package org.aioschedule.engine.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeds and generated bad values for the bad-input tests (issue 13). A run uses {@code ciCount} seeds from a fixed
 * base; {@code -Daioschedule.badinput.seeds=N} raises the count for an on-demand long run and
 * {@code -Daioschedule.badinput.seed=S} starts the seeds at {@code S}, so a failure's printed seed reproduces it.
 */
public final class BadInputs {

    /** How many seeds each generated test runs (default: the test's CI count). */
    public static final String SEEDS_PROPERTY = "aioschedule.badinput.seeds";
    /** The first seed (default {@link #BASE_SEED}). */
    public static final String SEED_PROPERTY = "aioschedule.badinput.seed";
    public static final long BASE_SEED = 20261206L;
    public static final int MEGABYTE = 1 << 20;

    private static final String[] NUMBER_TEXTS = {"NaN", "Infinity", "-Infinity", "-1", "-0", "0", "1e999", "0x10",
        "9223372036854775808", "-9223372036854775809", "1.5", "1,000", " 7 ", "+3", "\u0661\u0662"};

    private BadInputs() {
    }

    /** The seeds of this run, consecutive from the base seed. */
    public static LongStream seeds(int ciCount) {
        long first = Long.getLong(SEED_PROPERTY, BASE_SEED);
        return LongStream.range(0, Integer.getInteger(SEEDS_PROPERTY, ciCount)).map(i -> first + i);
    }

    /** A text a person, a script or a broken link might send: empty, blank, control characters, huge, odd Unicode. */
    public static String text(Random random) {
        switch (random.nextInt(9)) {
        case 0:
            return "";
        case 1:
            return " \t\r\n ";
        case 2:
            return controlCharacters(random, 1 + random.nextInt(40));
        case 3:
            return huge(random);
        case 4:
            return NUMBER_TEXTS[random.nextInt(NUMBER_TEXTS.length)];
        case 5:
            return "\ud800" + "x" + "\udfff";
        case 6:
            return "\u0000";
        case 7:
            return unicode(random, 1 + random.nextInt(30));
        default:
            return printable(random, 1 + random.nextInt(60));
        }
    }

    /**
     * A value of any type Kura's REST or MQTT may deliver for any attribute: wrong scalar types, arrays and lists,
     * NaN and infinities, negative and huge numbers, and the texts of {@link #text}.
     */
    public static Object value(Random random) {
        switch (random.nextInt(12)) {
        case 0:
            return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(200) - 100;
        case 1:
            return random.nextBoolean() ? Long.MIN_VALUE : random.nextLong();
        case 2:
            return new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e308,
                Double.MIN_VALUE, 2.5}[random.nextInt(7)];
        case 3:
            return random.nextBoolean();
        case 4:
            return new String[] {text(random), text(random)};
        case 5:
            return new String[0];
        case 6:
            return new Integer[] {-1, null};
        case 7:
            return Arrays.asList(text(random), random.nextInt());
        case 8:
            return Collections.emptyList();
        case 9:
            return random.nextBoolean() ? (float) -1 : (short) -7;
        default:
            return text(random);
        }
    }

    /** Up to one megabyte of printable text. */
    public static String huge(Random random) {
        char[] chars = new char[MEGABYTE - random.nextInt(1000)];
        char c = (char) ('a' + random.nextInt(26));
        Arrays.fill(chars, c);
        return new String(chars);
    }

    public static String controlCharacters(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : (char) random.nextInt(32));
        }
        return text.toString();
    }

    public static String unicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x80 + random.nextInt(0xFFFF - 0x80)));
        }
        return text.toString();
    }

    public static String printable(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }

    /** One of {@code choices}. */
    public static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A short form of a text for a failure message. */
    public static String shown(Object value) {
        String text = value instanceof Object[] ? Arrays.toString((Object[]) value) : String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "... (" + text.length() + " chars)" : text;
    }
}
