package org.aioschedule.engine.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic batches of the crash test: batch n depends only on the seed, n and the state after batch n-1,
 * so the parent can compute the exact state after any batch. Every record and the "meta" record carry the number of
 * the batch that wrote them, and job records a run counter incremented on each upsert.
 */
public final class CrashWorkload {

    public static final String META = "meta";
    private static final int JOBS = 24;
    private static final Pattern RUNS = Pattern.compile("\"runs\":(\\d+)");
    private static final Pattern BATCH = Pattern.compile("^\\{\"batch\":(\\d+)");

    private final long seed;

    public CrashWorkload(long seed) {
        this.seed = seed;
    }

    public static final class Batch {
        public final Map<String, String> upserts = new TreeMap<>();
        public final List<String> deletes = new ArrayList<>();
    }

    public Batch batch(long number, Map<String, String> state) {
        Random r = new Random(seed * 1_000_003L + number);
        Batch batch = new Batch();
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            String id = "job-" + r.nextInt(JOBS);
            if (batch.upserts.containsKey(id) || batch.deletes.contains(id)) {
                continue;
            }
            if (state.containsKey(id) && r.nextInt(6) == 0) {
                batch.deletes.add(id);
            } else {
                batch.upserts.put(id, record(id, number, runs(state.get(id)) + 1, r));
            }
        }
        batch.upserts.put(META, "{\"batch\":" + number + ",\"changed\":" + (batch.upserts.size() - 1) + "}");
        return batch;
    }

    public Map<String, String> apply(Map<String, String> state, Batch batch) {
        Map<String, String> next = new HashMap<>(state);
        Batches.apply(next, batch.upserts, batch.deletes);
        return next;
    }

    /** The state after batches {@code from + 1} to {@code to}, starting from {@code state}. */
    public Map<String, String> advance(Map<String, String> state, long from, long to) {
        Map<String, String> current = state;
        for (long b = from + 1; b <= to; b++) {
            current = apply(current, batch(b, current));
        }
        return current;
    }

    public static long lastBatch(Map<String, String> state) {
        String meta = state.get(META);
        if (meta == null) {
            return 0;
        }
        Matcher m = BATCH.matcher(meta);
        if (!m.find()) {
            throw new IllegalStateException("bad meta record " + meta);
        }
        return Long.parseLong(m.group(1));
    }

    private static long runs(String record) {
        if (record == null) {
            return 0;
        }
        Matcher m = RUNS.matcher(record);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String record(String id, long number, long runs, Random r) {
        int pad = r.nextInt(16) == 0 ? 3000 + r.nextInt(6000) : r.nextInt(300);
        return "{\"batch\":" + number + ",\"runs\":" + runs + ",\"id\":\"" + id + "\",\"note\":\""
                + TestStrings.random(r, 20) + "\",\"pad\":\"" + "p".repeat(pad) + "\"}";
    }
}
