package org.aioschedule.itests;

import java.util.Arrays;
import java.util.Random;

/**
 * Bad configuration values as Kura's REST or MQTT may deliver them, for the integration tests (the engine's
 * BadInputs is in a test-jar the test probe cannot import): wrong types, arrays, empty, blank, a megabyte, control
 * characters, NaN and infinities, negative numbers. Never {@code enabled=false} (it would stop the healthy job by
 * right) and never an absolute store.file.path (the file store would write there).
 */
final class ItestBadValues {

    private static final Object[] FIXED = {"", "  \t ", "NaN", "Infinity", "-1", "1e999", "9223372036854775808",
        "\u0000", "line\nbreak", "a\u0001b", "(kura.service.pid=", "{\"name\":", "every blue moon", -1, 0,
        Integer.MIN_VALUE, Long.MAX_VALUE, -5L, Double.NaN, Double.POSITIVE_INFINITY, -0.5, Float.NEGATIVE_INFINITY,
        Boolean.TRUE, new String[0], new String[] {"x", "y"}, new Integer[] {-1, 2}, new Long[] {Long.MIN_VALUE}};

    private ItestBadValues() {
    }

    static Object value(Random random, String key) {
        Object value = random.nextInt(5) == 0 ? huge(random) : random.nextInt(4) == 0 ? control(random)
                : FIXED[random.nextInt(FIXED.length)];
        if ("store.file.path".equals(key) && String.valueOf(value).startsWith("/")) {
            return "relative" + value;
        }
        return value;
    }

    static String shown(Object value) {
        String text = value instanceof Object[] ? Arrays.toString((Object[]) value) : String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "... (" + text.length() + " chars)" : text;
    }

    private static String huge(Random random) {
        char[] chars = new char[(1 << 20) - random.nextInt(100)];
        Arrays.fill(chars, (char) ('a' + random.nextInt(26)));
        return new String(chars);
    }

    private static String control(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            text.append(random.nextBoolean() ? (char) random.nextInt(32) : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
