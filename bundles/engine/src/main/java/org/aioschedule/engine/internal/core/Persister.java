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
 * Batches state changes into one store write: jobs are marked dirty under the engine's lock, and each
 * {@link #write(boolean)} copies their state under the lock, encodes it outside, and writes it as one batch. While
 * the store fails, state stays in memory and writes are retried with a growing back-off.
 */
final class Persister {

    private static final Logger LOG = LoggerFactory.getLogger(Persister.class);
    private static final long FIRST_BACKOFF = Duration.ofSeconds(1).toNanos();
    private static final long LAST_BACKOFF = Duration.ofMinutes(1).toNanos();

    private final JobStore store;
    private final Lock lock;
    private final LongSupplier ticker;
    private final Function<String, JobEntry> jobs;
    private final Object writing = new Object();
    private Set<String> dirty = new LinkedHashSet<>();
    private Set<String> deleted = new LinkedHashSet<>();
    private Map<String, String> records = new LinkedHashMap<>();
    private long backoff;
    private long retryAt;
    private boolean failing;

    Persister(JobStore store, Lock lock, LongSupplier ticker, Function<String, JobEntry> jobs) {
        this.store = store;
        this.lock = lock;
        this.ticker = ticker;
        this.jobs = jobs;
    }

    /** Under the engine's lock. */
    void changed(String id) {
        deleted.remove(id);
        dirty.add(id);
    }

    /** Under the engine's lock: a job no longer in the table, whose last record must still be written. */
    void changed(String id, String record) {
        dirty.remove(id);
        deleted.remove(id);
        records.put(id, record);
    }

    /** Under the engine's lock. */
    void removed(String id) {
        dirty.remove(id);
        records.remove(id);
        deleted.add(id);
    }

    /** Under the engine's lock: whether a write is waiting, and when it may be tried (ticker nanos). */
    long pendingAt() {
        if (dirty.isEmpty() && deleted.isEmpty() && records.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return failing ? retryAt : Long.MIN_VALUE;
    }

    /**
     * Writes every change since the last write as one batch. Unless {@code force}, a failing store is tried only
     * after its back-off. Returns the failure, or {@code null} when written.
     */
    StoreException write(boolean force) {
        synchronized (writing) {
            Map<String, String> upserts = new LinkedHashMap<>();
            List<JobDefinition> definitions = new ArrayList<>();
            List<RunState> states = new ArrayList<>();
            Collection<String> deletes;
            lock.lock();
            try {
                if (pendingAt() == Long.MAX_VALUE || (!force && failing && ticker.getAsLong() - retryAt < 0)) {
                    return null;
                }
                upserts.putAll(records);
                records = new LinkedHashMap<>();
                for (String id : dirty) {
                    JobEntry entry = jobs.apply(id);
                    if (entry != null) {
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
