package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;

/** One run of a job: its context for the task, its deadline, and a stage that completes when it has ended. */
final class Run implements TaskContext {

    final JobEntry entry;
    final Task task;
    final Instant slot;
    final Instant start;
    final long deadline;
    /** Whether the run's start must be durable before its task starts. */
    final boolean claimed;
    final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Instant previousStart;
    private volatile boolean cancelled;
    private volatile boolean cancelJob;
    volatile CompletionStage<?> stage;
    boolean done;
    private Thread thread;
    private boolean stuck;

    Run(JobEntry entry, Task task, Instant slot, Instant start, long deadline, boolean claimed) {
        this.entry = entry;
        this.task = task;
        this.slot = slot;
        this.start = start;
        this.deadline = deadline;
        this.claimed = claimed;
        this.previousStart = entry.state.lastStart;
    }

    /** The task is called on the current thread from now until {@link #leaveThread()}. */
    synchronized void enterThread() {
        thread = Thread.currentThread();
    }

    /** @return whether the run ended before the task gave its thread back ({@link #stuckOnThread()} said so) */
    synchronized boolean leaveThread() {
        thread = null;
        return stuck;
    }

    /** As the run ends: whether its task still holds the thread, so that the run still counts as an instance. */
    synchronized boolean stuckOnThread() {
        stuck = thread != null;
        return stuck;
    }

    /** Cancels the stage, and interrupts the task's thread while the task still holds it. */
    void cancel() {
        synchronized (this) {
            cancelled = true;
            if (thread != null) {
                thread.interrupt();
            }
        }
        CompletionStage<?> running = stage;
        if (running != null) {
            try {
                running.toCompletableFuture().cancel(true);
            } catch (UnsupportedOperationException e) {
                // a stage that cannot be cancelled runs on; the task sees isCancelled()
            }
        }
    }

    boolean cancelJobRequested() {
        return cancelJob;
    }

    @Override
    public String jobId() {
        return entry.definition.id;
    }

    @Override
    public String taskPid() {
        return entry.definition.taskPid;
    }

    @Override
    public Instant scheduledTime() {
        return slot;
    }

    @Override
    public Instant startTime() {
        return start;
    }

    @Override
    public Optional<Instant> lastRun() {
        return Optional.ofNullable(previousStart);
    }

    @Override
    public Map<String, Object> arguments() {
        return entry.definition.arguments;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void cancelJob() {
        cancelJob = true;
    }
}
