package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import org.aioschedule.Job;
import org.aioschedule.JobBuilder;
import org.aioschedule.JobSource;
import org.aioschedule.ScheduleException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.JobListener;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.internal.schedule.ScheduleParser;
import org.aioschedule.engine.internal.schedule.Slots;
import org.aioschedule.engine.internal.schedule.SpecBuilder;
import org.aioschedule.engine.store.StoreException;

/**
 * The scheduler's API, a thin facade: job changes go to {@link JobChanges}, runs to {@link DuePass} and
 * {@link TaskRuns}, state to the {@link JobTable}, whose one lock guards all job state. Listeners are called after
 * it is released; tasks run outside it.
 */
public final class Engine implements SchedulerEngine {

    /** The most upcoming runs {@link #nextRuns} lists. */
    public static final int MAX_NEXT_RUNS = 1000;

    private final Options options;
    final JobTable table;
    private final ScheduleParser parser;
    private final TaskRuns runs;
    private final WaitingJobs waiting;
    private final DuePass pass;
    private final StateRestorer restorer;
    private final JobChanges changes;
    private DispatcherThread dispatcher;
    private boolean closed;

    public Engine(Options options) {
        this.options = options;
        this.table = new JobTable(options.store, options.ticker);
        this.parser = new ScheduleParser(options.clock, options.zone);
        this.runs = new TaskRuns(table, options);
        this.waiting = new WaitingJobs(table, options.waitingRetention);
        this.pass = new DuePass(table, options, runs, waiting);
        JobPlacement placement = new JobPlacement(options);
        this.restorer = new StateRestorer(table, options, parser, placement);
        this.changes = new JobChanges(table, options, placement, restorer, runs, waiting);
    }

    /** Loads the stored jobs and, unless manual, starts the dispatcher thread. */
    public Engine start() {
        List<JobEntry> restored = restorer.load();
        table.locked(() -> {
            restored.forEach(table::add);
            if (!options.manual) {
                dispatcher = new DispatcherThread(table, pass, runs);
            }
            return null;
        });
        if (dispatcher != null) {
            dispatcher.start();
        }
        return this;
    }

    @Override
    public JobBuilder every() {
        return every(1);
    }

    @Override
    public JobBuilder every(long interval) {
        return new FluentJobBuilder(changes, new SpecBuilder(interval, options.clock, options.zone), JobSource.API);
    }

    @Override
    public JobBuilder schedule(String expression) {
        return schedule(expression, JobSource.API);
    }

    @Override
    public JobBuilder schedule(String expression, JobSource source) {
        return new FluentJobBuilder(changes, parser.parse(expression), source);
    }

    @Override
    public boolean cancel(String jobId) {
        return changes.cancel(jobId);
    }

    @Override
    public boolean remove(String jobId) {
        return changes.remove(jobId);
    }

    @Override
    public boolean release(String jobId) {
        return changes.release(jobId);
    }

    @Override
    public int clear() {
        return changes.clear();
    }

    @Override
    public int clear(String tag) {
        return changes.clear(tag);
    }

    @Override
    public void pause(String jobId) {
        changes.setPaused(jobId, true);
    }

    @Override
    public void resume(String jobId) {
        changes.setPaused(jobId, false);
    }

    @Override
    public void taskAvailable(String taskPid) {
        changes.taskAvailable(taskPid);
    }

    @Override
    public Optional<Job> job(String id) {
        return table.locked(() -> Optional.ofNullable(table.get(id)).map(JobView::new));
    }

    @Override
    public List<Job> jobs() {
        return jobs(entry -> true);
    }

    @Override
    public List<Job> jobs(String tag) {
        return jobs(entry -> entry.definition.tags.contains(tag));
    }

    private List<Job> jobs(Predicate<JobEntry> filter) {
        List<Job> views = table.locked(() -> {
            List<Job> list = new ArrayList<>();
            for (JobEntry entry : table.entries()) {
                if (filter.test(entry)) {
                    list.add(new JobView(entry));
                }
            }
            return list;
        });
        views.sort(Comparator.comparing((Job job) -> job.nextRun().orElse(Instant.MAX)));
        return views;
    }

    @Override
    public Optional<Instant> nextRun() {
        return table.locked(() -> Optional.ofNullable(table.firstDue()).map(JobEntry::nextRun));
    }

    @Override
    public Optional<Instant> nextRun(String tag) {
        return table.locked(() -> table.entries().stream()
                .filter(entry -> entry.isDue() && entry.definition.tags.contains(tag))
                .map(JobEntry::nextRun).min(Comparator.naturalOrder()));
    }

    @Override
    public List<Instant> nextRuns(String jobId, Instant until, int max) {
        Objects.requireNonNull(until, "until");
        if (max < 0 || max > MAX_NEXT_RUNS) {
            throw new ScheduleValueException("nextRuns(\"" + jobId + "\", " + until + ", " + max + "): max from 0 to "
                    + MAX_NEXT_RUNS + ", for example nextRuns(\"" + jobId + "\", now.plus(Duration.ofDays(1)), 10)");
        }
        JobEntry job = table.locked(() -> {
            JobEntry entry = table.existing(jobId);
            JobEntry copy = new JobEntry(entry.definition, entry.slots);
            copy.state.nextRun = entry.state.finished || entry.state.paused ? null : entry.state.nextRun;
            return copy;
        });
        return Slots.upcoming(job.slots, job.state.nextRun, job.definition.spec, until, max);
    }

    @Override
    public Optional<Duration> idleTime() {
        if (table.locked(table::hasBacklog)) {
            return Optional.of(Duration.ZERO);
        }
        return nextRun().map(next -> {
            Duration idle = Duration.between(options.clock.instant(), next);
            return idle.isNegative() ? Duration.ZERO : idle;
        });
    }

    @Override
    public CompletionStage<Void> runPending() {
        return launchAndWrite(pass.pass());
    }

    @Override
    public CompletionStage<Void> runAll(Duration delayBetween) {
        if (delayBetween == null || delayBetween.isNegative()) {
            throw new ScheduleValueException("runAll(" + delayBetween + "): the delay must be zero or positive, "
                    + "for example runAll(Duration.ZERO)");
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        boolean first = true;
        for (Job job : jobs()) {
            Duration delay = first ? Duration.ZERO : delayBetween;
            first = false;
            chain = chain.thenCompose(ignored -> runs.after(delay)).thenCompose(ignored -> runIfPresent(job.id()));
        }
        return chain;
    }

    /** A run now of the job, unless it was removed meanwhile: looked up and started under the lock. */
    private CompletionStage<Void> runIfPresent(String jobId) {
        Run run = table.locked(() -> table.contains(jobId) ? pass.startNow(table.get(jobId)) : null);
        return run == null ? CompletableFuture.<Void>completedFuture(null)
                : launchAndWrite(Collections.singletonList(run));
    }

    @Override
    public CompletionStage<Void> runNow(String jobId) {
        return launchAndWrite(Collections.singletonList(table.locked(() -> pass.startNow(table.existing(jobId)))));
    }

    /** Writes the starts, launches the runs, and writes again once they have all ended. */
    private CompletionStage<Void> launchAndWrite(List<Run> started) {
        table.write(false);
        runs.launch(started);
        return CompletableFuture.allOf(started.stream().map(run -> run.ended).toArray(CompletableFuture[]::new))
                .thenRun(() -> table.write(false));
    }

    @Override
    public void flush() {
        StoreException failure = table.write(true);
        if (failure != null) {
            throw new ScheduleException("Cannot write the job state to " + options.store.description() + ": "
                    + failure.getMessage() + "; jobs keep running and the write is retried", failure);
        }
    }

    @Override
    public void checkClock() {
        table.locked(() -> {
            table.wake();
            return null;
        });
        if (options.manual) {
            pass.checkClock();
        }
    }

    @Override
    public void addListener(JobListener listener) {
        table.addListener(listener);
    }

    @Override
    public void removeListener(JobListener listener) {
        table.removeListener(listener);
    }

    @Override
    public List<String> problems() {
        return table.problems();
    }

    @Override
    public String storeDescription() {
        return options.store.description();
    }

    @Override
    public void close() {
        DispatcherThread stopping = table.locked(() -> {
            if (closed) {
                return null;
            }
            closed = true;
            if (dispatcher != null) {
                dispatcher.stop();
            }
            table.wake();
            return dispatcher;
        });
        if (stopping != null) {
            stopping.join(options.shutdownTimeout);
        }
        runs.shutdown(options.shutdownTimeout);
        table.write(false);
    }
}
