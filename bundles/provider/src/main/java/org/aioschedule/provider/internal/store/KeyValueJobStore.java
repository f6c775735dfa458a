package org.aioschedule.provider.internal.store;

import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable store over Kura's {@code KeyValueDbService}, which sets, gets and deletes single keys: no key listing, no
 * transactions.
 * <p>
 * Keys: {@code org.aioschedule/<key>} holds the {@linkplain StoreText#encode encoded} record of one job, where key is
 * the job id itself, or {@code #} and a hash for ids that are long or need escaping ({@link StoreText#keyOf});
 * {@code org.aioschedule/.index} lists the ids of the live records; {@code org.aioschedule/.batch} is the commit
 * record of the last batch that needed one; {@code org.aioschedule/.quarantine/<key>} keeps the last record set aside
 * for that key with the time and the reason. Formats: {@link KeyValueFormat}.
 * <p>
 * Invariant: the live records are the ids in the index, each with the value under its key, once the commit record
 * (if any) is applied. Applying it is idempotent (set each upsert, add and remove the ids in the index, delete the
 * removed keys), so it may stay after it was applied: it is replayed whenever the store starts or recovers from a
 * failed write, and deleted only before a write that bypasses it. Each set or delete is atomic, and a batch becomes
 * visible at exactly one of its writes:
 * <ul>
 * <li>one upsert of an indexed id and nothing else: that set (1 write);</li>
 * <li>upserts of new ids and deletes, no upsert of an indexed id: the index write, after the new records (unreachable
 * until indexed) and before the removed keys are deleted (unreachable once unindexed): 1 write per new record and per
 * removed id, + 1;</li>
 * <li>anything else: the commit record, written before any key it changes: 1 + 1 per upsert and per removed id, + 1
 * if the index changes.</li>
 * </ul>
 * A bypassing write after a commit record costs one more write (its deletion), once. A write that throws after its
 * commit record was written is rolled forward at the next operation, not back: it may be visible at the next load.
 * <p>
 * A record that is missing or does not decode is kept under its quarantine key, reported once by {@link #load()} and
 * removed from the index; the rest load. Errors of the service ({@code NOT_CONNECTED} included) become
 * {@link StoreException}s naming the service's {@code kura.service.pid}. {@link #isDurable()} is true: Kura's
 * key-value service keeps its data in a file database. One store per service at a time.
 */
public final class KeyValueJobStore implements JobStore {

    static final String PREFIX = "org.aioschedule/";
    static final String INDEX_KEY = PREFIX + ".index";
    static final String BATCH_KEY = PREFIX + ".batch";
    static final String QUARANTINE_PREFIX = PREFIX + ".quarantine/";
    private static final Logger LOG = LoggerFactory.getLogger(KeyValueJobStore.class);

    private final KeyValueAccess kv;
    private final String pid;
    private final Clock clock;
    private final Set<String> index = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();
    private boolean commitRecordStored;
    private boolean ready;
    private boolean closed;

    /**
     * @param service        Kura's key-value service
     * @param kuraServicePid its {@code kura.service.pid}, for messages
     */
    public KeyValueJobStore(KeyValueDbService service, String kuraServicePid) {
        this(service, kuraServicePid, Clock.systemUTC());
    }

    KeyValueJobStore(KeyValueDbService service, String kuraServicePid, Clock clock) {
        this.pid = String.valueOf(kuraServicePid);
        this.kv = new KeyValueAccess(Objects.requireNonNull(service, "service"), description());
        this.clock = clock;
    }

    @Override
    public String description() {
        return "Kura KeyValueDbService " + pid;
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public synchronized LoadResult load() throws StoreException {
        checkOpen();
        prepare();
        Map<String, String> records = new LinkedHashMap<>();
        Map<String, String> damaged = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String id : index) {
            String key = recordKey(id);
            String stored = kv.get(key);
            try {
                if (stored == null) {
                    reasons.put(id, "is missing: no value under " + key);
                } else {
                    records.put(id, StoreText.decode(stored));
                }
            } catch (ParseException e) {
                damaged.put(id, stored);
                reasons.put(id, "under " + key + " does not decode: " + e.getMessage());
            }
        }
        setAside(reasons, damaged);
        List<String> reported = new ArrayList<>(problems);
        problems.clear();
        for (String problem : reported) {
            LOG.warn("{}", problem);
        }
        LOG.info("Loaded {} records from {}", records.size(), description());
        return new LoadResult(records, reported);
    }

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        checkOpen();
        StoreBatch batch = StoreBatch.of(upserts, deletes);
        prepare();
        if (!batch.isEmpty()) {
            apply(batch);
        }
    }

    @Override
    public synchronized void quarantine(String id, String record, String reason) throws StoreException {
        checkOpen();
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        prepare();
        kv.set(quarantineKey(id), KeyValueFormat.quarantineEntry(clock.instant(), id, String.valueOf(reason), record));
        if (index.contains(id)) {
            apply(StoreBatch.delete(id));
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void apply(StoreBatch batch) throws StoreException {
        try {
            applyAtomically(batch);
        } catch (StoreException | RuntimeException e) {
            ready = false;
            throw e;
        }
    }

    private void applyAtomically(StoreBatch batch) throws StoreException {
        int indexedUpserts = 0;
        for (String id : batch.upserts.keySet()) {
            indexedUpserts += index.contains(id) ? 1 : 0;
        }
        Set<String> removed = new LinkedHashSet<>(batch.deletes);
        removed.retainAll(index);
        boolean indexChanges = indexedUpserts < batch.upserts.size() || !removed.isEmpty();
        if (indexedUpserts == 0 && !indexChanges) {
            return;
        }
        if (indexedUpserts == 0 || indexedUpserts == 1 && !indexChanges) {
            if (commitRecordStored) {
                kv.delete(BATCH_KEY);
                commitRecordStored = false;
            }
        } else {
            kv.set(BATCH_KEY, KeyValueFormat.batch(batch));
            commitRecordStored = true;
        }
        for (Map.Entry<String, String> e : batch.upserts.entrySet()) {
            kv.set(recordKey(e.getKey()), StoreText.encode(e.getValue()));
        }
        if (indexChanges) {
            Set<String> next = new TreeSet<>(index);
            next.addAll(batch.upserts.keySet());
            next.removeAll(removed);
            kv.set(INDEX_KEY, KeyValueFormat.index(next));
            index.clear();
            index.addAll(next);
        }
        for (String id : removed) {
            kv.delete(recordKey(id));
        }
    }

    private void prepare() throws StoreException {
        kv.checkConnected();
        if (ready) {
            return;
        }
        KeyValueRecovery recovery = new KeyValueRecovery(kv, clock, description());
        Set<String> ids = recovery.recover(problems);
        index.clear();
        index.addAll(ids);
        commitRecordStored = recovery.commitRecordLeft();
        ready = true;
    }

    private void setAside(Map<String, String> reasons, Map<String, String> damaged) throws StoreException {
        if (reasons.isEmpty()) {
            return;
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            String id = e.getKey();
            String reason = "the record of job '" + StoreText.shown(id) + "' " + e.getValue();
            kv.set(quarantineKey(id), KeyValueFormat.quarantineEntry(clock.instant(), id, reason, damaged.get(id)));
            found.add(description() + ": " + reason + "; set aside under " + quarantineKey(id));
        }
        apply(StoreBatch.of(Collections.<String, String>emptyMap(), reasons.keySet()));
        problems.addAll(found);
    }

    static String recordKey(String id) {
        return PREFIX + StoreText.keyOf(id);
    }

    static String quarantineKey(String id) {
        return QUARANTINE_PREFIX + StoreText.keyOf(id);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed: " + description());
        }
    }
}
