package org.aioschedule.kura.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** {@link DbTimers} that only record what was scheduled; a test fires the tasks of one kind when it wants. */
final class ManualTimers implements DbTimers {

    /** One scheduled periodic task. */
    static final class Scheduled {

        final Kind kind;
        final long period;
        final TimeUnit unit;
        final Runnable task;
        final CompletableFuture<Void> future = new CompletableFuture<>();

        Scheduled(Kind kind, long period, TimeUnit unit, Runnable task) {
            this.kind = kind;
            this.period = period;
            this.unit = unit;
            this.task = task;
        }
    }

    private final List<Scheduled> scheduled = new ArrayList<>();

    @Override
    public synchronized Future<?> every(Kind kind, long period, TimeUnit unit, Runnable task) {
        Scheduled entry = new Scheduled(kind, period, unit, task);
        this.scheduled.add(entry);
        return entry.future;
    }

    /** The tasks of {@code kind} not cancelled. */
    synchronized List<Scheduled> active(Kind kind) {
        List<Scheduled> found = new ArrayList<>();
        for (Scheduled entry : this.scheduled) {
            if (entry.kind == kind && !entry.future.isCancelled()) {
                found.add(entry);
            }
        }
        return found;
    }

    /** Runs every task of {@code kind} not cancelled, on the calling thread; returns how many ran. */
    int fire(Kind kind) {
        List<Scheduled> due = active(kind);
        for (Scheduled entry : due) {
            entry.task.run();
        }
        return due.size();
    }
}
