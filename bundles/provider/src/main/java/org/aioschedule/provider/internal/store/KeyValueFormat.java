package org.aioschedule.provider.internal.store;

import java.text.ParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of the key-value store's own entries, one {@link StoreText#escape escaped} string a line:
 * <ul>
 * <li>index: {@code aioschedule-index 1}, then one job id a line;</li>
 * <li>commit record: {@code aioschedule-batch 1}, then {@code +id} and the record on the next line for each upsert,
 * {@code -id} for each delete, and {@code end} (a record without it is incomplete);</li>
 * <li>quarantine entry: lines {@code time: }, {@code id: }, {@code reason: } and {@code record: }.</li>
 * </ul>
 */
final class KeyValueFormat {

    static final String INDEX_HEADER = "aioschedule-index 1";
    static final String BATCH_HEADER = "aioschedule-batch 1";
    static final String BATCH_END = "end";

    private KeyValueFormat() {
    }

    static String index(Collection<String> ids) {
        StringBuilder out = new StringBuilder(INDEX_HEADER.length() + 32 * ids.size());
        out.append(INDEX_HEADER);
        for (String id : ids) {
            out.append('\n').append(StoreText.escape(id));
        }
        return out.toString();
    }

    /**
     * @param damaged receives the lines that do not decode; the other ids are returned
     * @throws ParseException if the text is not an index of this version
     */
    static Set<String> parseIndex(String text, List<String> damaged) throws ParseException {
        String[] lines = text.split("\n", -1);
        checkHeader(lines[0], INDEX_HEADER, "index");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 1; i < lines.length; i++) {
            try {
                ids.add(StoreText.unescape(lines[i]));
            } catch (ParseException e) {
                damaged.add(lines[i]);
            }
        }
        return ids;
    }

    static String batch(StoreBatch batch) {
        StringBuilder out = new StringBuilder(BATCH_HEADER);
        for (Map.Entry<String, String> e : batch.upserts.entrySet()) {
            out.append("\n+").append(StoreText.escape(e.getKey())).append('\n').append(StoreText.escape(e.getValue()));
        }
        for (String id : batch.deletes) {
            out.append("\n-").append(StoreText.escape(id));
        }
        return out.append('\n').append(BATCH_END).toString();
    }

    static StoreBatch parseBatch(String text) throws ParseException {
        String[] lines = text.split("\n", -1);
        checkHeader(lines[0], BATCH_HEADER, "commit record");
        Map<String, String> upserts = new LinkedHashMap<>();
        Set<String> deletes = new LinkedHashSet<>();
        int i = 1;
        for (; i < lines.length && !lines[i].equals(BATCH_END); i++) {
            String line = lines[i];
            if (line.startsWith("+") && i + 1 < lines.length) {
                upserts.put(StoreText.unescape(line.substring(1)), StoreText.unescape(lines[++i]));
            } else if (line.startsWith("-")) {
                deletes.add(StoreText.unescape(line.substring(1)));
            } else {
                throw new ParseException("unexpected line " + i + " in the commit record", i);
            }
        }
        if (i != lines.length - 1) {
            throw new ParseException("the commit record is incomplete (no '" + BATCH_END + "' line at its end)", i);
        }
        try {
            return StoreBatch.of(upserts, deletes);
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage(), 0);
        }
    }

    static String quarantineEntry(Instant time, String id, String reason, String record) {
        return "time: " + time + "\nid: " + StoreText.escape(id) + "\nreason: " + StoreText.escape(reason)
                + "\nrecord: " + (record == null ? "(none)" : StoreText.escape(record));
    }

    private static void checkHeader(String line, String header, String what) throws ParseException {
        if (!line.equals(header)) {
            String shown = line.length() > 40 ? line.substring(0, 40) + "..." : line;
            throw new ParseException("not an aioschedule " + what + " of this version: first line '"
                    + StoreText.escape(shown) + "', expected '" + header + "'", 0);
        }
    }
}
