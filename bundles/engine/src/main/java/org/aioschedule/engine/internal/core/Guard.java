package org.aioschedule.engine.internal.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.aioschedule.engine.JobListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's one lock, and what must happen once it is released: listener calls and the completion of run
 * stages, so that no foreign code ever runs while the lock is held.
 */
final class Guard {

    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);
    private static final int PROBLEMS_KEPT = 1000;

    final ReentrantLock lock = new ReentrantLock();
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterUnlock = new ArrayList<>();

    <T> T locked(Supplier<T> action) {
        T result;
        List<Runnable> actions = Collections.emptyList();
        lock.lock();
        try {
            result = action.get();
        } finally {
            if (lock.getHoldCount() == 1 && !afterUnlock.isEmpty()) {
                actions = new ArrayList<>(afterUnlock);
                afterUnlock.clear();
            }
            lock.unlock();
        }
        for (Runnable deferred : actions) {
            try {
                deferred.run();
            } catch (RuntimeException e) {
                LOG.warn("A job listener failed", e);
            }
        }
        return result;
    }

    /** Under the lock: runs {@code action} once the lock is released. */
    void afterUnlock(Runnable action) {
        afterUnlock.add(action);
    }

    /** Whether anyone listens: events (and the job snapshots they carry) are made only then. */
    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** Under the lock: calls the listeners once the lock is released. */
    void event(Consumer<JobListener> event) {
        if (!listeners.isEmpty()) {
            afterUnlock.add(() -> listeners.forEach(event));
        }
    }

    /** Under the lock: records a problem (the last {@value #PROBLEMS_KEPT} are kept) and tells the listeners. */
    void problem(String jobId, String message) {
        problems.add(message);
        if (problems.size() > PROBLEMS_KEPT) {
            problems.remove(0);
        }
        event(listener -> listener.problem(jobId, message));
    }

    List<String> problems() {
        return new ArrayList<>(problems);
    }

    void addListener(JobListener listener) {
        listeners.add(listener);
    }

    void removeListener(JobListener listener) {
        listeners.remove(listener);
    }
}
