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
 * running from memory and retries with back-off), and the changes it has not acknowledged yet, so that a switch to
 * another store can carry them over.
 */
public final class WatchedStore implements JobStore {

    private final JobStore store;
    private final Map<String, String> unwritten = new LinkedHashMap<>();
    private final Set<String> undeleted = new LinkedHashSet<>();
    private String failure;
    private long failures;

    public WatchedStore(JobStore store) {
        this.store = store;
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
            succeeded();
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
                failed("write", e);
            }
            throw e;
        }
    }

    @Override
    public void quarantine(String id, String record, String reason) throws StoreException {
        store.quarantine(id, record, reason);
    }

    @Override
    public void close() {
        store.close();
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
     * The state of the store's jobs as it should be: what {@link JobStore#load()} returns, with the changes the store
     * failed to write applied; what the store could not be read is left out and named in {@code problems}.
     */
    public Map<String, String> currentRecords(Collection<String> problems) {
        Map<String, String> records = new LinkedHashMap<>();
        try {
            LoadResult loaded = store.load();
            records.putAll(loaded.records());
            problems.addAll(loaded.problems());
        } catch (StoreException | RuntimeException e) {
            problems.add("cannot read " + store.description() + " (" + e.getMessage() + "): only the changes it "
                    + "had not written yet are carried over");
        }
        synchronized (this) {
            records.keySet().removeAll(undeleted);
            records.putAll(unwritten);
        }
        return records;
    }

    /** Ids deleted while the store failed: to be deleted from a store that replaces it. */
    public synchronized Set<String> unwrittenDeletes() {
        return new LinkedHashSet<>(undeleted);
    }

    private synchronized void succeeded() {
        failure = null;
        failures = 0;
    }

    private synchronized void failed(String action, Exception e) {
        failure = "the last " + action + " failed: " + e.getMessage();
        failures++;
    }
}
