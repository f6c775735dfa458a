package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.store.WatchedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job state a new store receives before any engine runs on it, gathered from where it lives: the store in use
 * (what it holds as the engine knows it, with the changes it failed to write), and stores used before this start.
 * What is taken later replaces what was taken before for the same job. When the state taken is complete, the new
 * store ends up holding exactly it: its own records of other jobs (a stale copy from an earlier switch) are deleted.
 */
final class StateCarry {

    private static final Logger LOG = LoggerFactory.getLogger(StateCarry.class);

    private final Map<String, String> records = new LinkedHashMap<>();
    private final Set<String> deletes = new LinkedHashSet<>();
    private final List<String> sources = new ArrayList<>();
    private boolean complete;

    /** The state of the store in use; what could not be read is added to {@code problems}. */
    void takeCurrent(WatchedStore from, Collection<String> problems) {
        complete = from.heldRecords() != null;
        Map<String, String> current = from.currentRecords(problems);
        records.putAll(current);
        deletes.addAll(from.unwrittenDeletes());
        deletes.removeAll(current.keySet());
        sources.add("the state of " + current.size() + " jobs was carried over from " + from.description());
    }

    /** The whole state of a store used before, which replaces the state taken so far for its jobs. */
    void takeAll(String where, JobStore from) throws StoreException {
        LoadResult loaded = from.load();
        records.putAll(loaded.records());
        deletes.removeAll(loaded.records().keySet());
        complete = true;
        sources.add("the state of " + loaded.records().size() + " jobs was carried over from " + where);
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    int size() {
        return records.size();
    }

    /** Writes the state into {@code target} in one batch. */
    void writeInto(JobStore target) throws StoreException {
        Set<String> gone = new LinkedHashSet<>(deletes);
        if (complete) {
            try {
                gone.addAll(target.load().records().keySet());
            } catch (StoreException | RuntimeException e) {
                LOG.debug("Cannot read {} before writing the state into it: its other records stay",
                        target.description(), e);
            }
        }
        gone.removeAll(records.keySet());
        target.write(records, gone);
    }

    /** What was carried from where, for the log and the status. */
    String text() {
        return String.join("; ", sources);
    }
}
