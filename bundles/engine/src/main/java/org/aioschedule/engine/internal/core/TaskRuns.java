package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.aioschedule.JobSource;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts runs on the task pool, records how they end, and cancels those past their timeout. */
final class TaskRuns {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRuns.class);

    private final JobTable table;
    private final Options options;
    private final Executor executor;
    private final ExecutorService pool;
    private final Set<Run> inFlight = new LinkedHashSet<>();
    private ScheduledExecutorService timer;

    TaskRuns(JobTable table, Options options) {
        this.table = table;
        this.options = options;
        if (options.executor != null) {
            this.pool = null;
            this.executor = options.executor;
        } else if (options.manual) {
            this.pool = null;
            this.executor = Runnable::run;
        } else {
            this.pool = Executors.newFixedThreadPool(options.threads, named("aioschedule-task-"));
            this.executor = pool;
        }
    }

    /** Under the lock. */
    Optional<Task> resolve(JobEntry entry) {
        try {
            return options.tasks.apply(entry.definition.taskPid);
        } catch (RuntimeException e) {
            LOG.warn("Looking up task {} of job {} failed", entry.definition.taskPid, entry.definition.id, e);
            return Optional.empty();
        }
    }

    /** Under the lock: starts a run of {@code slot} and records it as in flight, durably at the next write. */
    Run start(JobEntry entry, Task task, Instant slot, Instant now) {
        Duration timeout = options.timeoutOf(entry.definition);
        long ticks = options.ticker.getAsLong();
        long deadline = timeout == null ? Long.MAX_VALUE : ticks + timeout.toNanos();
        Run run = new Run(entry, task, slot, now, deadline);
        entry.running++;
        entry.state.lastSlot = slot;
        entry.state.lastStart = now;
        entry.state.inFlight = slot;
        entry.state.waitingSince = null;
        inFlight.add(run);
        table.stateChanged(entry);
        if (table.hasListeners()) {
            JobView view = new JobView(entry);
            table.event(listener -> listener.started(view, slot));
        }
        return run;
    }

    /** Under the lock: records a run not started because the job's previous runs are still going. */
    void skip(JobEntry entry, Instant slot, Instant now) {
        Outcome outcome = new Outcome(Result.SKIPPED, now, now, "the previous run was still going (maxInstances "
                + entry.definition.maxInstances + ")");
        entry.state.ended(outcome, options.historyRuns);
        table.stateChanged(entry);
        LOG.info("Job {} skipped its run of {}: {}", entry.definition.id, slot, outcome.error().orElse(""));
        if (table.hasListeners()) {
            JobView view = new JobView(entry);
            table.event(listener -> listener.finished(view, slot, outcome));
        }
    }

    /** Outside the lock: hands the runs to the task pool. */
    void launch(List<Run> runs) {
        for (Run run : runs) {
            try {
                executor.execute(() -> invoke(run));
            } catch (RejectedExecutionException e) {
                complete(run, e);
            }
        }
    }

    private void invoke(Run run) {
        CompletionStage<?> stage;
        run.enterThread();
        try {
            stage = run.task.run(run);
        } catch (Throwable e) {
            threadReturned(run);
            complete(run, e);
            return;
        }
        threadReturned(run);
        run.stage = stage;
        try {
            if (stage == null) {
                complete(run, null);
            } else {
                stage.whenComplete((value, error) -> complete(run, error));
            }
        } catch (RuntimeException e) {
            complete(run, e);
        }
    }

    /** The task gave its thread back: a run that ended meanwhile no longer counts as an instance. */
    private void threadReturned(Run run) {
        if (run.leaveThread()) {
            table.locked(() -> {
                run.entry.stuck--;
                LOG.info("Job {} (task {}) gave its thread back after it ended", run.jobId(), run.taskPid());
                table.wake();
                return null;
            });
        }
    }

    private void complete(Run run, Throwable error) {
        table.locked(() -> {
            if (!run.done) {
                Throwable cause = unwrap(error);
                if (cause != null) {
                    LOG.warn("Job {} (task {}) failed", run.jobId(), run.taskPid(), cause);
                }
                finish(run, cause == null ? Result.SUCCEEDED : Result.FAILED, cause == null ? null : cause.toString());
            }
            return null;
        });
    }

    /** Under the lock: ends the runs whose timeout has passed. */
    void expire(long ticks) {
        for (Run run : new ArrayList<>(inFlight)) {
            if (ticks - run.deadline >= 0) {
                LOG.warn("Job {} (task {}) timed out; it is cancelled", run.jobId(), run.taskPid());
                finish(run, Result.TIMED_OUT, "timed out after " + options.timeoutOf(run.entry.definition));
                run.cancel();
            }
        }
    }

    /** Under the lock: the ticker value at which the next run times out, or {@code Long.MAX_VALUE}. */
    long nextDeadline() {
        long next = Long.MAX_VALUE;
        for (Run run : inFlight) {
            next = Math.min(next, run.deadline);
        }
        return next;
    }

    private void finish(Run run, Result result, String error) {
        run.done = true;
        inFlight.remove(run);
        JobEntry entry = run.entry;
        RunState state = entry.state;
        Outcome outcome = new Outcome(result, run.start, options.clock.instant(), error);
        entry.running--;
        if (run.stuckOnThread()) {
            entry.stuck++;
        }
        state.lastEnd = outcome.end();
        state.ended(outcome, options.historyRuns);
        state.runCount++;
        state.consecutiveFailures = result == Result.SUCCEEDED ? 0 : state.consecutiveFailures + 1;
        if (entry.running == 0) {
            state.inFlight = null;
        }
        if (table.holds(entry)) {
            table.stateChanged(entry);
            if (run.cancelJobRequested()) {
                cancelFromTask(entry);
            }
        }
        if (table.hasListeners()) {
            JobView view = new JobView(entry);
            table.event(listener -> listener.finished(view, run.slot, outcome));
        }
        table.afterUnlock(() -> run.ended.complete(null));
        table.wake();
    }

    private void cancelFromTask(JobEntry entry) {
        LOG.info("Job {} was cancelled by its task", entry.definition.id);
        if (entry.definition.source == JobSource.API) {
            table.remove(entry.definition.id);
        } else {
            entry.state.finished = true;
            entry.state.nextRun = null;
            table.requeue(entry);
        }
    }

    /** A stage that completes after {@code delay}. */
    CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (delay.isZero()) {
            done.complete(null);
            return done;
        }
        synchronized (this) {
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(named("aioschedule-timer-"));
            }
            timer.schedule(() -> done.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
        return done;
    }

    /**
     * Waits up to {@code limit} for the runs in flight, then cancels what is left: those stay recorded as in flight,
     * so the next start treats them as cut short (re-run for at-least-once delivery). Stops the threads.
     */
    void shutdown(Duration limit) {
        List<Run> running = table.locked(() -> new ArrayList<>(inFlight));
        CompletableFuture<?>[] ended = running.stream().map(run -> run.ended).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(ended).get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("{} runs did not end within {}; they are cancelled and will count as cut short", ended.length,
                    limit);
        }
        table.locked(() -> {
            for (Run run : running) {
                if (!run.done) {
                    run.done = true;
                    inFlight.remove(run);
                    LOG.warn("Job {} was still running at shutdown; it is cancelled and counts as cut short",
                            run.jobId());
                }
            }
            return null;
        });
        running.forEach(Run::cancel);
        if (pool != null) {
            pool.shutdownNow();
        }
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
