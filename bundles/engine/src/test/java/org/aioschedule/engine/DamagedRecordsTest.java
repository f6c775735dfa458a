package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aioschedule.Job;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.junit.jupiter.api.Test;

/**
 * Stored records damaged the ways flash and people damage them (truncated, a flipped bit, another schema version, a
 * field of the wrong type or out of range), generated from a seed and stored beside good records: the engine always
 * starts, every good job comes back intact, and each damaged record is either read as a valid job or set aside in
 * quarantine with a reason; nothing else happens (issue 13).
 */
class DamagedRecordsTest {

    private static final long SEED = 20261206L;
    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;
    private static final String[] ODD_VALUES = {"null", "\"x\"", "1e999", "-1", "0", "[]", "{}", "true",
        "\"2026-13-45T99:99:99Z\"", "9223372036854775807", "\"\"", "\"\\u0000\""};

    @Test
    void shouldStartWithEveryGoodJobAndSetAsideOrReadEachDamagedRecord() {
        Map<String, String> good = goodRecords();
        Random random = new Random(SEED);
        for (int batch = 0; batch < BATCHES; batch++) {
            MemoryJobStore store = new MemoryJobStore();
            Map<String, String> records = new LinkedHashMap<>(good);
            List<String> damaged = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                String id = "damaged-" + batch + "-" + i;
                String source = new ArrayList<>(good.values()).get(random.nextInt(good.size()));
                String original = source.substring(source.indexOf("\"id\":\"") + 6).split("\"", 2)[0];
                records.put(id, damage(source.replace("\"" + original + "\"", "\"" + id + "\""), random));
                damaged.add(id);
            }
            store.write(records, new ArrayList<>());

            try (Harness harness = new Harness("2026-12-06T10:00:00Z", ZoneId.of("Europe/Rome"), store)) {
                harness.runFor(Duration.ofMinutes(2), Duration.ofSeconds(10));

                for (String id : good.keySet()) {
                    assertThat(harness.engine.job(id)).as("seed %s batch %s: good job %s", SEED, batch, id)
                            .isPresent();
                }
                for (String id : damaged) {
                    boolean quarantined = store.quarantined().stream().anyMatch(q -> q.startsWith(id + ": "));
                    assertThat(harness.engine.job(id).isPresent() || quarantined)
                            .as("seed %s batch %s: %s read or quarantined: %s", SEED, batch, id, records.get(id))
                            .isTrue();
                    harness.engine.job(id).ifPresent(job -> assertUsable(job, records.get(id)));
                }
            }
        }
    }

    /** A damaged record read as a job must still be a job the engine can run. */
    private static void assertUsable(Job job, String record) {
        assertThat(job.schedule()).as(record).isNotBlank();
        assertThat(job.runCount()).as(record).isNotNegative();
        assertThat(job.consecutiveFailures()).as(record).isNotNegative();
    }

    private static Map<String, String> goodRecords() {
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

    private static String damage(String record, Random random) {
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
        return record.substring(0, start) + ODD_VALUES[random.nextInt(ODD_VALUES.length)] + record.substring(end);
    }
}
