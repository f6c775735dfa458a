package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches state changes into one store write: jobs are marked dirty under the engine's lock, each change saying how
 * soon it must be durable ({@link Urgency}), and each {@link #write(boolean)} copies the state of every dirty job
 * under the lock, encodes it outside, and writes it as one batch. While the store fails, state stays in memory and
 * writes are retried with a growing back-off.
 */
final class Persister {

    /** How soon a change must reach the store. */
    enum Urgency {
        /** Carried by the next write, never the cause of one: the start of a run that needs no claim. */
        WITH_NEXT,
        /** Within the commit window (at once when it is zero): how runs ended, and the rest of their bookkeeping. */
        WINDOW,
        /** At once, whatever the window: definitions, configuration changes, start claims. */
        NOW
    }

    private static final Logger LOG = LoggerFactory.getLogger(Persister.class);
    private static final long FIRST_BACKOFF = Duration.ofSeconds(1).toNanos();
    private static final long LAST_BACKOFF = Duration.ofMinutes(1).toNanos();

    private final JobStore store;
    private final Lock lock;
    private final LongSupplier ticker;
    private final long window;
    private final Function<String, JobEntry> jobs;
    private final Object writing = new Object();
    private Set<String> dirty = new LinkedHashSet<>();
    private Set<String> deleted = new LinkedHashSet<>();
    private Map<String, String> records = new LinkedHashMap<>();
    /** Ticker nanos by which the changes are due: {@code MIN_VALUE} at once, {@code MAX_VALUE} not yet. */
    private long dueAt = Long.MAX_VALUE;
    private long backoff;
    private long retryAt;
    private boolean failing;

    /** @param window nanoseconds a {@link Urgency#WINDOW} change may wait for its write */
    Persister(JobStore store, Lock lock, LongSupplier ticker, long window, Function<String, JobEntry> jobs) {
        this.store = store;
        this.lock = lock;
        this.ticker = ticker;
        this.window = window;
        this.jobs = jobs;
    }

    /** Under the engine's lock: the job's state is to be written, as soon as {@code urgency} says. */
    void changed(String id, Urgency urgency) {
        deleted.remove(id);
        dirty.add(id);
        due(urgency);
    }

    /** Under the engine's lock: a job no longer in the table, whose last record must still be written. */
    void changed(String id, String record) {
        dirty.remove(id);
        deleted.remove(id);
        records.put(id, record);
        due(Urgency.NOW);
    }

    /** Under the engine's lock. */
    void removed(String id) {
        dirty.remove(id);
        records.remove(id);
        deleted.add(id);
        due(Urgency.NOW);
    }

    private void due(Urgency urgency) {
        if (urgency == Urgency.NOW || (urgency == Urgency.WINDOW && window == 0)) {
            dueAt = Long.MIN_VALUE;
        } else if (urgency == Urgency.WINDOW && dueAt == Long.MAX_VALUE) {
            dueAt = ticker.getAsLong() + window;
        }
    }

    /**
     * Under the engine's lock: when the next write is due (ticker nanos; {@code Long.MIN_VALUE}: at once), or
     * {@code Long.MAX_VALUE} when none is: nothing changed, or only what waits for the next write.
     */
    long pendingAt() {
        if (dueAt == Long.MAX_VALUE || (dirty.isEmpty() && deleted.isEmpty() && records.isEmpty())) {
            return Long.MAX_VALUE;
        }
        if (!failing || dueAt != Long.MIN_VALUE && dueAt - retryAt > 0) {
            return dueAt;
        }
        return retryAt;
    }

    private boolean nothingToWrite(boolean all) {
        if (dirty.isEmpty() && deleted.isEmpty() && records.isEmpty()) {
            return true;
        }
        if (all) {
            return false;
        }
        long at = pendingAt();
        return at == Long.MAX_VALUE || at != Long.MIN_VALUE && ticker.getAsLong() - at < 0;
    }

    /**
     * Writes every change since the last write as one batch: with {@code all}, at once and whatever the back-off of
     * a failing store (a flush, a stop); else only once a write is due (see {@link #pendingAt()}), and then with
     * every other change it can carry. Returns the failure, or {@code null} when written or nothing was due.
     */
    StoreException write(boolean all) {
        synchronized (writing) {
            Map<String, String> upserts = new LinkedHashMap<>();
            List<JobDefinition> definitions = new ArrayList<>();
            List<RunState> states = new ArrayList<>();
            Collection<String> deletes;
            lock.lock();
            try {
                if (nothingToWrite(all)) {
                    return null;
                }
                dueAt = Long.MAX_VALUE;
                upserts.putAll(records);
                records = new LinkedHashMap<>();
                for (String id : dirty) {
                    JobEntry entry = jobs.apply(id);
                    if (entry != null) {
                        entry.unwritten = false;
                        RunState copy = new RunState();
                        copy.copyFrom(entry.state);
                        definitions.add(entry.definition);
                        states.add(copy);
                    }
                }
                deletes = deleted;
                dirty = new LinkedHashSet<>();
                deleted = new LinkedHashSet<>();
            } finally {
                lock.unlock();
            }
            for (int i = 0; i < definitions.size(); i++) {
                try {
                    upserts.put(definitions.get(i).id, JobCodec.encode(definitions.get(i), states.get(i)));
                } catch (RuntimeException e) {
                    LOG.error("Cannot encode the state of job {}; it is not written, the other jobs are",
                            definitions.get(i).id, e);
                }
            }
            return store(upserts, deletes);
        }
    }

    private StoreException store(Map<String, String> upserts, Collection<String> deletes) {
        try {
            store.write(upserts, deletes);
            if (failing) {
                LOG.info("Store {} works again; the state of {} jobs is written", store.description(),
                        upserts.size());
            }
            failing = false;
            backoff = 0;
            return null;
        } catch (StoreException | RuntimeException e) {
            requeue(upserts, deletes);
            backoff = backoff == 0 ? FIRST_BACKOFF : Math.min(LAST_BACKOFF, backoff * 2);
            retryAt = ticker.getAsLong() + backoff;
            if (!failing) {
                LOG.warn("Store {} failed; jobs keep running and their state is kept in memory until it works "
                        + "again (next try in {} ms)", store.description(), backoff / 1_000_000, e);
            }
            failing = true;
            return e instanceof StoreException ? (StoreException) e
                    : new StoreException(store.description() + " failed: " + e, e);
        }
    }

    private void requeue(Map<String, String> upserts, Collection<String> deletes) {
        lock.lock();
        try {
            dueAt = Long.MIN_VALUE;
            for (Map.Entry<String, String> upsert : upserts.entrySet()) {
                String id = upsert.getKey();
                if (deleted.contains(id) || dirty.contains(id) || records.containsKey(id)) {
                    continue;
                }
                if (jobs.apply(id) != null) {
                    dirty.add(id);
                } else {
                    records.put(id, upsert.getValue());
                }
            }
            for (String id : deletes) {
                if (!dirty.contains(id) && !records.containsKey(id)) {
                    deleted.add(id);
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
