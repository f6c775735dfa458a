package org.aioschedule.engine.testing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aioschedule.engine.store.MemoryJobStore;

/**
 * Stored job records as the engine writes them, and the same damaged the ways flash and people damage them:
 * truncated, a flipped bit, another schema version, a field of the wrong JSON type or out of range (issue 13).
 */
public final class RecordDamage {

    private static final String[] ODD_VALUES = {"null", "\"x\"", "1e999", "-1", "0", "[]", "{}", "true",
        "\"2026-13-45T99:99:99Z\"", "9223372036854775807", "\"\"", "\"\\u0000\""};

    private RecordDamage() {
    }

    /** Records of an interval, a daily and a cron job with state, arguments, tags and an outcome. */
    public static Map<String, String> goodRecords() {
        MemoryJobStore store = new MemoryJobStore();
        try (Harness harness = new Harness("2026-12-06T09:00:00Z", ZoneId.of("Europe/Rome"), store)) {
            harness.task("meter");
            harness.engine.every(10).seconds().id("good-interval").tag("a", "b").run("meter",
                    Collections.singletonMap("name", "MicroPython"));
            harness.engine.schedule("every day at 10:30").id("good-daily").timeout(Duration.ofSeconds(30)).run("meter");
            harness.engine.schedule("cron 0 0/5 * * * ?").id("good-cron").maxInstances(2).run("meter");
            harness.runFor(Duration.ofMinutes(10), Duration.ofSeconds(10));
            harness.engine.flush();
        }
        return new LinkedHashMap<>(store.load().records());
    }

    /** A good record renamed to {@code id} and damaged one way, drawn from {@code random}. */
    public static String damagedCopy(Map<String, String> good, String id, Random random) {
        String source = new ArrayList<>(good.values()).get(random.nextInt(good.size()));
        String original = source.substring(source.indexOf("\"id\":\"") + 6).split("\"", 2)[0];
        return damage(source.replace("\"" + original + "\"", "\"" + id + "\""), random);
    }

    public static String damage(String record, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return record.substring(0, random.nextInt(record.length()));
            case 1:
                char[] chars = record.toCharArray();
                int at = random.nextInt(chars.length);
                chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
                return new String(chars);
            case 2:
                return record.replaceFirst("\"schema\":\\d+", "\"schema\":" + ODD_VALUES[random.nextInt(
                        ODD_VALUES.length)]);
            default:
                return oddValue(record, random);
        }
    }

    /** One field's value replaced by a value of another type or out of range. */
    private static String oddValue(String record, Random random) {
        List<Integer> colons = new ArrayList<>();
        for (int i = record.indexOf("\":"); i >= 0; i = record.indexOf("\":", i + 1)) {
            colons.add(i + 2);
        }
        int start = colons.get(random.nextInt(colons.size()));
        return record.substring(0, start) + ODD_VALUES[random.nextInt(ODD_VALUES.length)]
                + record.substring(valueEnd(record, start));
    }

    private static int valueEnd(String record, int start) {
        int end = start;
        int depth = 0;
        boolean inString = false;
        for (; end < record.length(); end++) {
            char c = record.charAt(end);
            if (inString) {
                inString = c != '"' || record.charAt(end - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return end;
    }
}
