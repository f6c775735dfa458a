package org.aioschedule.engine.store;

import java.util.Random;

/** Random and awkward strings for store tests (the provider's stores use them too), and seeds printed on failure. */
public final class TestStrings {

    private static final String AWKWARD = "\n\r\t\u0000\u007f\\\"{}~#.ü中😀\uD800\uDFFF\u00F7AJS";

    private TestStrings() {
    }

    /** Mostly ASCII, with newlines, control characters, BMP and supplementary characters and lone surrogates. */
    public static String random(Random r, int maxLength) {
        int length = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int kind = r.nextInt(10);
            if (kind < 6) {
                sb.append((char) (' ' + r.nextInt(95)));
            } else if (kind < 8) {
                sb.append(AWKWARD.charAt(r.nextInt(AWKWARD.length())));
            } else if (kind < 9) {
                sb.append((char) r.nextInt(0x10000));
            } else {
                sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
            }
        }
        return sb.toString();
    }

    public static long seed(String property) {
        String value = System.getProperty(property, "");
        return value.isEmpty() ? new Random().nextLong() : Long.parseLong(value);
    }

    public interface Body {
        void run(long seed) throws Exception;
    }

    /** Runs a randomized test with the seed from {@code property} (or a random one) and names it on any failure. */
    public static void withSeed(String property, Body body) throws Exception {
        long seed = seed(property);
        try {
            body.run(seed);
        } catch (Exception | AssertionError e) {
            throw new AssertionError("failed with seed " + seed + " (rerun with -D" + property + "=" + seed + ")", e);
        }
    }
}
