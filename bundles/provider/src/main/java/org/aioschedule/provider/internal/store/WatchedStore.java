package org.aioschedule.provider.internal.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;

/**
 * The store in use, as the engine sees it, watched: whether its last write or load failed (the engine then keeps
 * running from memory and retries with back-off), the changes it has not acknowledged yet, and a copy of what it
 * holds (what the engine loaded from it and wrote into it since), so that a switch to another store can carry the
 * state over without reading the old store again: after Kura applied a new URL to a database service, reading
 * through that service would read the new database.
 * <p>
 * When the store reports that its service now opens another database ({@link StoreMovedException}), the operation
 * fails as any store failure does and {@code onMoved} is called; it must only hand the work on (it runs inside the
 * engine's write path).
 */
public final class WatchedStore implements JobStore {

    private final JobStore store;
    private final Runnable onMoved;
    private final Map<String, String> unwritten = new LinkedHashMap<>();
    private final Set<String> undeleted = new LinkedHashSet<>();
    private Map<String, String> held;
    private String failure;
    private long failures;

    public WatchedStore(JobStore store) {
        this(store, () -> {
        });
    }

    /** @param onMoved called (on the caller's thread, maybe the engine's writer) when the store's database moved */
    public WatchedStore(JobStore store, Runnable onMoved) {
        this.store = store;
        this.onMoved = onMoved;
    }

    /** The store watched. */
    public JobStore store() {
        return store;
    }

    @Override
    public String description() {
        return store.description();
    }

    @Override
    public boolean isDurable() {
        return store.isDurable();
    }

    @Override
    public LoadResult load() throws StoreException {
        try {
            LoadResult result = store.load();
            synchronized (this) {
                held = new LinkedHashMap<>(result.records());
                succeeded();
            }
            return result;
        } catch (StoreException | RuntimeException e) {
            failed("load", e);
            throw e;
        }
    }

    @Override
    public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        try {
            store.write(upserts, deletes);
            synchronized (this) {
                if (held != null) {
                    held.keySet().removeAll(deletes);
                    held.putAll(upserts);
                }
                unwritten.clear();
                undeleted.clear();
                succeeded();
            }
        } catch (StoreException | RuntimeException e) {
            synchronized (this) {
                if (upserts != null && deletes != null) {
                    unwritten.keySet().removeAll(deletes);
                    undeleted.addAll(deletes);
                    undeleted.removeAll(upserts.keySet());
                    unwritten.putAll(upserts);
                }
            }
            failed("write", e);
            throw e;
        }
    }

    @Override
    public void quarantine(String id, String record, String reason) throws StoreException {
        try {
            store.quarantine(id, record, reason);
        } catch (StoreMovedException e) {
            onMoved.run();
            throw e;
        }
        synchronized (this) {
            if (held != null) {
                held.remove(id);
            }
        }
    }

    @Override
    public void close() {
        store.close();
    }

    /**
     * Asks the store's service now where it writes (one connection, for a Kura DB store).
     *
     * @return null while it is this store's place (or the store cannot tell), else what it opens now
     */
    public String moved() {
        if (!(store instanceof JdbcJobStore)) {
            return null;
        }
        JdbcJobStore jdbc = (JdbcJobStore) store;
        try {
            jdbc.check();
            return null;
        } catch (StoreMovedException e) {
            onMoved.run();
            return e.url();
        } catch (StoreException e) {
            return null;
        }
    }

    /** The last failure, or null when the last load or write worked. */
    public synchronized String failure() {
        return failure;
    }

    /** Failed writes and loads since the last one that worked. */
    public synchronized long failures() {
        return failures;
    }

    /**
     * The state of the store's jobs as it should be: what it held as the engine knows it (or, before any load, what
     * {@link JobStore#load()} returns), with the changes the store failed to write applied; what could not be read is
     * named in {@code problems}.
     */
    public Map<String, String> currentRecords(Collection<String> problems) {
        Map<String, String> records = new LinkedHashMap<>();
        Map<String, String> known = heldRecords();
        if (known != null) {
            records.putAll(known);
        } else {
            try {
                LoadResult loaded = store.load();
                records.putAll(loaded.records());
                problems.addAll(loaded.problems());
            } catch (StoreException | RuntimeException e) {
                problems.add("cannot read " + store.description() + " (" + e.getMessage() + "): only the changes "
                        + "it had not written yet are carried over");
            }
        }
        synchronized (this) {
            records.keySet().removeAll(undeleted);
            records.putAll(unwritten);
        }
        return records;
    }

    /** What the store holds as far as this process knows (loaded, then written), or null before a load worked. */
    public synchronized Map<String, String> heldRecords() {
        return held == null ? null : new LinkedHashMap<>(held);
    }

    /** Ids deleted while the store failed: to be deleted from a store that replaces it. */
    public synchronized Set<String> unwrittenDeletes() {
        return new LinkedHashSet<>(undeleted);
    }

    private synchronized void succeeded() {
        failure = null;
        failures = 0;
    }

    private void failed(String action, Exception e) {
        synchronized (this) {
            failure = "the last " + action + " failed: " + e.getMessage();
            failures++;
        }
        if (e instanceof StoreMovedException) {
            onMoved.run();
        }
    }
}
