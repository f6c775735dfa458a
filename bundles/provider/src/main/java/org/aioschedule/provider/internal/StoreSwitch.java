package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.aioschedule.provider.internal.store.WatchedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the store in use. A new choice of the same store keeps it open; a choice of another store opens that one and,
 * before any engine runs on it, writes into it the current state of the old one (the old store's records with the
 * changes it failed to write; current state wins over what the new store held), then closes the old one. Not
 * thread-safe: the scheduler component calls it under its lock, with no engine running.
 */
final class StoreSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSwitch.class);

    private StoreChoice choice;
    private WatchedStore store;
    private String problem;
    private String migration;

    /**
     * Makes {@code next} the store in use. Problems (the chosen store cannot open, the state could not be carried
     * over) are added to {@code messages}, and the scheduler runs on a memory store or on the old store instead.
     */
    void use(StoreChoice next, List<String> messages) {
        if (next.sameStore(choice)) {
            choice = next;
            return;
        }
        WatchedStore opened = open(next);
        WatchedStore old = store;
        choice = next;
        migration = null;
        if (old != null && !migrate(old, opened, messages)) {
            opened.close();
            problem = "the state could not be carried over to " + opened.description() + ": staying on "
                    + old.description();
            messages.add("Scheduler " + SchedulerOptions.PID + ": " + problem);
            return;
        }
        store = opened;
        if (old != null) {
            old.close();
        }
        if (problem != null) {
            messages.add(problem);
        }
    }

    private WatchedStore open(StoreChoice next) {
        problem = null;
        try {
            return new WatchedStore(next.open());
        } catch (StoreException | RuntimeException e) {
            String where = next.directory != null ? "the file store in " + next.directory : next.reason;
            problem = "Scheduler " + SchedulerOptions.PID + ": cannot open " + where + " (" + e.getMessage()
                    + "); job state is kept in memory only until it can; fix the directory or set store.file.path, "
                    + "for example /opt/eclipse/kura/data/aioschedule";
            return new WatchedStore(new MemoryJobStore());
        }
    }

    private boolean migrate(WatchedStore from, WatchedStore to, List<String> messages) {
        List<String> found = new ArrayList<>();
        Map<String, String> records = from.currentRecords(found);
        Set<String> deletes = from.unwrittenDeletes();
        deletes.removeAll(records.keySet());
        found.forEach(message -> messages.add("Scheduler " + SchedulerOptions.PID + ": while switching stores: "
                + message));
        try {
            to.store().write(records, deletes);
        } catch (StoreException | RuntimeException e) {
            LOG.error("Cannot write the state of {} jobs from {} into {}", records.size(), from.description(),
                    to.description(), e);
            return false;
        }
        migration = "the state of " + records.size() + " jobs was carried over from " + from.description();
        LOG.info("Job store switched from {} to {}: {}", from.description(), to.description(), migration);
        return true;
    }

    /** The store in use, or null before the first {@link #use}. */
    WatchedStore store() {
        return store;
    }

    StoreChoice choice() {
        return choice;
    }

    /** One line: why this store and what is in use. */
    String status() {
        if (store == null) {
            return "none";
        }
        StringBuilder text = new StringBuilder(choice.reason).append("; in use: ").append(store.description());
        if (problem != null) {
            text.append(" (").append(problem).append(')');
        }
        if (migration != null) {
            text.append("; ").append(migration);
        }
        return text.toString();
    }

    /** Empty while {@code store} works (or is null), else why and what happens meanwhile. */
    static String failing(WatchedStore store) {
        String failure = store == null ? null : store.failure();
        if (failure == null) {
            return "";
        }
        return "; FAILING (" + failure + "): jobs keep running, their state is kept in memory and written again "
                + "with back-off (1 s doubling to 1 min) until the store works";
    }

    void close() {
        if (store != null) {
            store.close();
        }
        store = null;
        choice = null;
        problem = null;
        migration = null;
    }
}
