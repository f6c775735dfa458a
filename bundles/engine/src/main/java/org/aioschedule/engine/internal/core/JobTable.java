package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.aioschedule.ScheduleException;
import org.aioschedule.engine.JobListener;
import org.aioschedule.engine.internal.core.Persister.Urgency;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.StoreException;

/**
 * The jobs by id, the ones due by next run, the ones with catch-up runs pending, and their pending store writes,
 * all under one lock, with the dispatcher's wake-up signal. Every method but {@link #locked}, {@link #write} and
 * the listener registration is called under the lock.
 */
final class JobTable {

    private final Guard guard = new Guard();
    private final Map<String, JobEntry> jobs = new LinkedHashMap<>();
    private final DueQueue due = new DueQueue();
    private final Set<JobEntry> backlogged = new LinkedHashSet<>();
    private final Persister persister;
    private final Condition wakeUp = guard.lock.newCondition();
    private boolean woken;

    /** @param commitWindow nanoseconds how runs ended may wait for their write (0: written at once) */
    JobTable(JobStore store, LongSupplier ticker, long commitWindow) {
        this.persister = new Persister(store, guard.lock, ticker, commitWindow, jobs::get);
    }

    /** Runs {@code action} under the lock; listener calls it queued run after the lock is released. */
    <T> T locked(Supplier<T> action) {
        return guard.locked(action);
    }

    JobEntry get(String id) {
        return jobs.get(id);
    }

    /** The job, or an error naming where the ids are listed. */
    JobEntry existing(String id) {
        JobEntry entry = jobs.get(id);
        if (entry == null) {
            throw new ScheduleException("No job \"" + id + "\": see jobs() (or the shell's schedule:list) for the ids");
        }
        return entry;
    }

    boolean contains(String id) {
        return jobs.containsKey(id);
    }

    /** Whether {@code entry} is still the table's job of its id. */
    boolean holds(JobEntry entry) {
        return jobs.get(entry.definition.id) == entry;
    }

    int size() {
        return jobs.size();
    }

    Collection<JobEntry> entries() {
        return jobs.values();
    }

    /** Adds or replaces a job; catch-up runs set on the entry ({@link JobEntry#backlog}) become pending. */
    void add(JobEntry entry) {
        jobs.put(entry.definition.id, entry);
        due.update(entry);
        if (entry.backlog > 0) {
            backlogged.add(entry);
        }
    }

    /** Takes a job out and schedules its record's deletion; returns it, or {@code null} when there was none. */
    JobEntry remove(String id) {
        JobEntry entry = jobs.remove(id);
        if (entry != null) {
            due.remove(entry);
            backlogged.remove(entry);
            persister.removed(id);
        }
        return entry;
    }

    /** Schedules the deletion of the record of a job not in the table (state kept for its owner). */
    void deleteRecord(String id) {
        persister.removed(id);
    }

    /** Takes a job out and schedules {@code record} as its last stored state. */
    JobEntry release(String id, Function<JobEntry, String> record) {
        JobEntry entry = jobs.remove(id);
        if (entry != null) {
            due.remove(entry);
            backlogged.remove(entry);
            persister.changed(id, record.apply(entry));
        }
        return entry;
    }

    /** The job's state changed: it is written as soon as {@code urgency} says. */
    void stateChanged(JobEntry entry, Urgency urgency) {
        persister.changed(entry.definition.id, urgency);
    }

    /** The job's next run or due-ness changed: it moves in the due queue and is written as {@code urgency} says. */
    void rescheduled(JobEntry entry, Urgency urgency) {
        due.update(entry);
        persister.changed(entry.definition.id, urgency);
    }

    /** The job's due-ness changed, nothing to write. */
    void requeue(JobEntry entry) {
        due.update(entry);
    }

    /** The job due first, or {@code null}. */
    JobEntry firstDue() {
        return due.peek();
    }

    /** Catch-up runs (RUN_ALL) or the re-run of a run cut short by a restart are pending from {@code firstSlot}. */
    void addBacklog(JobEntry entry, Instant firstSlot, long count) {
        entry.backlogSlot = firstSlot;
        entry.backlog = count;
        backlogged.add(entry);
    }

    boolean hasBacklog() {
        return !backlogged.isEmpty();
    }

    /** The jobs with catch-up runs pending; remove a job from it when its backlog is done. */
    Iterator<JobEntry> backlog() {
        return backlogged.iterator();
    }

    /** Ticker nanos at which the next write is due ({@code Long.MIN_VALUE}: now); {@code Long.MAX_VALUE}: none. */
    long pendingWriteAt() {
        return persister.pendingAt();
    }

    /**
     * Outside the lock: writes every change since the last write as one batch, when a write is due or, with
     * {@code all}, at once; returns the failure or null.
     */
    StoreException write(boolean all) {
        return persister.write(all);
    }

    /** Wakes the dispatcher to look again. */
    void wake() {
        woken = true;
        wakeUp.signal();
    }

    /**
     * Outside the lock: sleeps until woken, or for what {@code nanos} says under the lock, unless woken since the last
     * sleep or {@code stopping}.
     */
    void sleep(LongSupplier nanos, BooleanSupplier stopping) throws InterruptedException {
        guard.lock.lock();
        try {
            if (!woken && !stopping.getAsBoolean()) {
                long wait = nanos.getAsLong();
                if (wait > 0) {
                    wakeUp.awaitNanos(wait);
                }
            }
            woken = false;
        } finally {
            guard.lock.unlock();
        }
    }

    /** Outside the lock: waits {@code nanos} unless woken (after a failed pass). */
    void pause(long nanos) {
        guard.lock.lock();
        try {
            wakeUp.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            guard.lock.unlock();
        }
    }

    boolean hasListeners() {
        return guard.hasListeners();
    }

    /** Calls the listeners once the lock is released. */
    void event(Consumer<JobListener> event) {
        guard.event(event);
    }

    /** Runs {@code action} once the lock is released. */
    void afterUnlock(Runnable action) {
        guard.afterUnlock(action);
    }

    void problem(String jobId, String message) {
        guard.problem(jobId, message);
    }

    List<String> problems() {
        return guard.problems();
    }

    void addListener(JobListener listener) {
        guard.addListener(listener);
    }

    void removeListener(JobListener listener) {
        guard.removeListener(listener);
    }
}
