package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.aioschedule.engine.internal.schedule.SpecBuilder;
import org.aioschedule.engine.store.StoreException;

/**
 * The scheduler: the public API over the job table. All job state is guarded by one lock; listeners are called
 * after it is released; tasks run outside it.
 */
public final class Engine implements SchedulerEngine {

    final Options options;
    final Guard guard = new Guard();
    final Map<String, JobEntry> jobs = new LinkedHashMap<>();
    final DueQueue queue = new DueQueue();
    final Persister persister;
    final Dispatch dispatch;
    final Restorer restorer;
    final Waiting waiting;
    private final ScheduleParser parser;
    private final Runners runners;
    private Dispatcher dispatcher;
    private volatile boolean closed;

    public Engine(Options options) {
        this.options = options;
        this.parser = new ScheduleParser(options.clock, options.zone);
        this.persister = new Persister(options.store, guard.lock, options.ticker, jobs::get);
        this.runners = new Runners(this);
        this.dispatch = new Dispatch(this, runners);
        this.restorer = new Restorer(this, parser);
        this.waiting = new Waiting(this, options.waitingRetention);
    }

    /** Loads the stored jobs and, unless manual, starts the dispatcher thread. */
    public Engine start() {
        restorer.load();
        if (!options.manual) {
            dispatcher = new Dispatcher(this, dispatch, runners);
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
        return new FluentJobBuilder(this, new SpecBuilder(interval, options.clock, options.zone), JobSource.API);
    }

    @Override
    public JobBuilder schedule(String expression) {
        return schedule(expression, JobSource.API);
    }

    @Override
    public JobBuilder schedule(String expression, JobSource source) {
        return new FluentJobBuilder(this, parser.parse(expression), source);
    }

    Job put(JobDefinition definition) {
        return guard.locked(() -> {
            JobEntry existing = jobs.get(definition.id);
            if (existing != null && existing.definition.source != definition.source) {
                throw new ScheduleException("Job id \"" + definition.id + "\" is already used by a "
                        + existing.definition.source.name().toLowerCase(java.util.Locale.ROOT) + " job: choose another id()");
            }
            JobEntry entry = restorer.place(definition, existing);
            jobs.put(definition.id, entry);
            if (runners.resolve(entry).isPresent()) {
                waiting.stop(entry);
            } else {
                waiting.start(entry, options.clock.instant(), false);
            }
            persister.changed(definition.id);
            wake();
            return new JobView(entry);
        });
    }

    String newId(String taskPid) {
        return guard.locked(() -> {
            for (long n = jobs.size() + 1;; n++) {
                String id = taskPid + "-" + n;
                if (!jobs.containsKey(id) && !restorer.hasStoredState(id)) {
                    return id;
                }
            }
        });
    }

    @Override
    public Optional<Job> job(String id) {
        return guard.locked(() -> Optional.ofNullable(jobs.get(id)).map(JobView::new));
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
        List<Job> views = guard.locked(() -> {
            List<Job> list = new ArrayList<>();
            for (JobEntry entry : jobs.values()) {
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
    public boolean cancel(String jobId) {
        return guard.locked(() -> {
            JobEntry entry = jobs.get(jobId);
            if (entry != null && entry.definition.source == JobSource.CONFIGURATION) {
                throw new ScheduleException("Job \"" + jobId + "\" comes from configuration: delete its "
                        + "org.aioschedule.Job configuration (in the Kura web UI, or ConfigurationAdmin) instead");
            }
            return remove(jobId);
        });
    }

    @Override
    public boolean remove(String jobId) {
        return guard.locked(() -> {
            JobEntry entry = jobs.remove(jobId);
            boolean stored = restorer.forget(jobId);
            if (entry != null) {
                queue.remove(entry);
                dispatch.forget(entry);
                waiting.forget(entry);
            }
            if (entry != null || stored) {
                persister.removed(jobId);
                wake();
            }
            return entry != null;
        });
    }

    @Override
    public boolean release(String jobId) {
        return guard.locked(() -> {
            JobEntry entry = jobs.remove(jobId);
            if (entry == null) {
                return false;
            }
            queue.remove(entry);
            dispatch.forget(entry);
            waiting.forget(entry);
            persister.changed(jobId, restorer.keep(entry));
            return true;
        });
    }

    @Override
    public int clear() {
        return clearWhere(entry -> true);
    }

    @Override
    public int clear(String tag) {
        return clearWhere(entry -> entry.definition.tags.contains(tag));
    }

    private int clearWhere(Predicate<JobEntry> filter) {
        return guard.locked(() -> {
            List<String> ids = new ArrayList<>();
            for (JobEntry entry : jobs.values()) {
                if (entry.definition.source == JobSource.API && filter.test(entry)) {
                    ids.add(entry.definition.id);
                }
            }
            ids.forEach(this::remove);
            return ids.size();
        });
    }

    @Override
    public Optional<Instant> nextRun() {
        return guard.locked(() -> Optional.ofNullable(queue.peek()).map(JobEntry::nextRun));
    }

    @Override
    public Optional<Instant> nextRun(String tag) {
        return guard.locked(() -> jobs.values().stream()
                .filter(entry -> entry.isDue() && entry.definition.tags.contains(tag))
                .map(JobEntry::nextRun).min(Comparator.naturalOrder()));
    }

    @Override
    public Optional<Duration> idleTime() {
        if (guard.locked(dispatch::hasBacklog)) {
            return Optional.of(Duration.ZERO);
        }
        return nextRun().map(next -> {
            Duration idle = Duration.between(options.clock.instant(), next);
            return idle.isNegative() ? Duration.ZERO : idle;
        });
    }

    @Override
    public CompletionStage<Void> runPending() {
        List<Run> started = dispatch.pass();
        writeState();
        runners.launch(started);
        return whenEnded(started).thenRun(this::writeState);
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
            chain = chain.thenCompose(ignored -> runners.after(delay))
                    .thenCompose(ignored -> jobs.containsKey(job.id()) ? runNow(job.id())
                            : CompletableFuture.<Void>completedFuture(null));
        }
        return chain;
    }

    @Override
    public CompletionStage<Void> runNow(String jobId) {
        Run run = guard.locked(() -> dispatch.startNow(existing(jobId)));
        writeState();
        List<Run> runs = new ArrayList<>();
        runs.add(run);
        runners.launch(runs);
        return whenEnded(runs).thenRun(this::writeState);
    }

    @Override
    public void pause(String jobId) {
        setPaused(jobId, true);
    }

    @Override
    public void resume(String jobId) {
        setPaused(jobId, false);
    }

    private void setPaused(String jobId, boolean paused) {
        guard.locked(() -> {
            JobEntry entry = existing(jobId);
            if (entry.state.paused != paused) {
                entry.state.paused = paused;
                queue.update(entry);
                persister.changed(jobId);
                wake();
            }
            return null;
        });
    }

    @Override
    public void flush() {
        StoreException failure = persister.write(true);
        if (failure != null) {
            throw new ScheduleException("Cannot write the job state to " + options.store.description() + ": "
                    + failure.getMessage() + "; jobs keep running and the write is retried", failure);
        }
    }

    @Override
    public void taskAvailable(String taskPid) {
        guard.locked(() -> {
            for (JobEntry entry : jobs.values()) {
                if (entry.waitingForTask && entry.definition.taskPid.equals(taskPid)) {
                    waiting.stop(entry);
                }
            }
            wake();
            return null;
        });
    }

    @Override
    public void checkClock() {
        guard.locked(() -> {
            wake();
            return null;
        });
        if (options.manual) {
            dispatch.checkClock();
        }
    }

    @Override
    public void addListener(JobListener listener) {
        guard.addListener(listener);
    }

    @Override
    public void removeListener(JobListener listener) {
        guard.removeListener(listener);
    }

    @Override
    public List<String> problems() {
        return guard.problems();
    }

    @Override
    public String storeDescription() {
        return options.store.description();
    }

    @Override
    public void close() {
        Dispatcher stopping = guard.locked(() -> {
            if (closed) {
                return null;
            }
            closed = true;
            wake();
            return dispatcher;
        });
        if (stopping != null) {
            stopping.stopAndJoin(options.shutdownTimeout);
        }
        runners.shutdown(options.shutdownTimeout);
        writeState();
    }

    boolean isClosed() {
        return closed;
    }

    void writeState() {
        persister.write(false);
    }

    JobEntry existing(String jobId) {
        JobEntry entry = jobs.get(jobId);
        if (entry == null) {
            throw new ScheduleException("No job \"" + jobId + "\": see jobs() (or the shell's schedule:list) for "
                    + "the ids");
        }
        return entry;
    }

    /** Under the lock: wakes the dispatcher to look again. */
    void wake() {
        if (dispatcher != null) {
            dispatcher.wake();
        }
    }

    private static CompletionStage<Void> whenEnded(List<Run> runs) {
        return CompletableFuture.allOf(runs.stream().map(run -> run.ended).toArray(CompletableFuture[]::new));
    }
}
