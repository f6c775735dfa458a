package org.aioschedule.provider.internal.store;

import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.aioschedule.engine.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a {@link KeyValueJobStore} back to its invariant when it starts or after a failed write: reads the index,
 * drops the lines of it that do not decode, and applies the commit record left by an interrupted batch again (a
 * damaged one is set aside). What it sets aside is kept under the store's quarantine prefix and reported.
 */
final class KeyValueRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(KeyValueRecovery.class);

    private final KeyValueAccess kv;
    private final Clock clock;
    private final String description;
    private boolean commitRecordLeft;

    KeyValueRecovery(KeyValueAccess kv, Clock clock, String description) {
        this.kv = kv;
        this.clock = clock;
        this.description = description;
    }

    /**
     * @param problems receives a message for each thing set aside
     * @return the ids of the live records
     * @throws StoreException when the service fails or the index cannot be read at all
     */
    Set<String> recover(List<String> problems) throws StoreException {
        Set<String> ids = readIndex(problems);
        String commit = kv.get(KeyValueJobStore.BATCH_KEY);
        if (commit != null) {
            try {
                replay(KeyValueFormat.parseBatch(commit), ids);
            } catch (ParseException e) {
                String reason = "the commit record " + KeyValueJobStore.BATCH_KEY + " is damaged (" + e.getMessage()
                        + "), so its batch may be partly applied";
                String kept = KeyValueJobStore.QUARANTINE_PREFIX + ".batch";
                kv.set(kept, KeyValueFormat.quarantineEntry(clock.instant(), "", reason, commit));
                kv.delete(KeyValueJobStore.BATCH_KEY);
                commit = null;
                problems.add(description + ": " + reason + "; kept under " + kept);
            }
        }
        commitRecordLeft = commit != null;
        return ids;
    }

    /** Whether a commit record is still stored after {@link #recover} (it stays until a write bypasses it). */
    boolean commitRecordLeft() {
        return commitRecordLeft;
    }

    private Set<String> readIndex(List<String> problems) throws StoreException {
        String text = kv.get(KeyValueJobStore.INDEX_KEY);
        Set<String> ids = new TreeSet<>();
        if (text == null) {
            return ids;
        }
        List<String> damaged = new ArrayList<>();
        try {
            ids.addAll(KeyValueFormat.parseIndex(text, damaged));
        } catch (ParseException e) {
            throw new StoreException(description + ": " + KeyValueJobStore.INDEX_KEY + " is " + e.getMessage()
                    + "; left as it is: delete that key to start with an empty store", e);
        }
        if (!damaged.isEmpty()) {
            String reason = damaged.size() + " lines of the index do not decode and were dropped: " + damaged;
            String kept = KeyValueJobStore.QUARANTINE_PREFIX + ".index";
            kv.set(kept, KeyValueFormat.quarantineEntry(clock.instant(), "", reason, text));
            kv.set(KeyValueJobStore.INDEX_KEY, KeyValueFormat.index(ids));
            problems.add(description + ": " + reason + "; the old index is kept under " + kept);
        }
        return ids;
    }

    /** Applies a commit record again, writing only what differs: replaying an applied batch writes nothing. */
    private void replay(StoreBatch batch, Set<String> ids) throws StoreException {
        for (Map.Entry<String, String> e : batch.upserts.entrySet()) {
            String key = KeyValueJobStore.recordKey(e.getKey());
            String encoded = StoreText.encode(e.getValue());
            if (!encoded.equals(kv.get(key))) {
                kv.set(key, encoded);
            }
        }
        Set<String> next = new TreeSet<>(ids);
        next.addAll(batch.upserts.keySet());
        next.removeAll(batch.deletes);
        if (!next.equals(ids)) {
            kv.set(KeyValueJobStore.INDEX_KEY, KeyValueFormat.index(next));
            ids.clear();
            ids.addAll(next);
            LOG.info("{}: completed the batch of its commit record {} after an interruption", description,
                    KeyValueJobStore.BATCH_KEY);
        }
        for (String id : batch.deletes) {
            String key = KeyValueJobStore.recordKey(id);
            if (kv.get(key) != null) {
                kv.delete(key);
            }
        }
    }
}
