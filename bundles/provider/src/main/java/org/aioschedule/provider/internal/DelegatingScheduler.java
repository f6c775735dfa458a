package org.aioschedule.provider.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.aioschedule.Job;
import org.aioschedule.JobBuilder;
import org.aioschedule.Scheduler;
import org.aioschedule.engine.SchedulerEngine;

/** The {@link Scheduler} service: every call goes to the engine running now. */
abstract class DelegatingScheduler implements Scheduler {

    /** The running engine; throws a {@link org.aioschedule.ScheduleException} saying why there is none. */
    public abstract SchedulerEngine engine();

    @Override
    public JobBuilder every() {
        return engine().every();
    }

    @Override
    public JobBuilder every(long interval) {
        return engine().every(interval);
    }

    @Override
    public JobBuilder schedule(String expression) {
        return engine().schedule(expression);
    }

    @Override
    public Optional<Job> job(String id) {
        return engine().job(id);
    }

    @Override
    public List<Job> jobs() {
        return engine().jobs();
    }

    @Override
    public List<Job> jobs(String tag) {
        return engine().jobs(tag);
    }

    @Override
    public boolean cancel(String jobId) {
        return engine().cancel(jobId);
    }

    @Override
    public int clear() {
        return engine().clear();
    }

    @Override
    public int clear(String tag) {
        return engine().clear(tag);
    }

    @Override
    public Optional<Instant> nextRun() {
        return engine().nextRun();
    }

    @Override
    public Optional<Instant> nextRun(String tag) {
        return engine().nextRun(tag);
    }

    @Override
    public Optional<Duration> idleTime() {
        return engine().idleTime();
    }

    @Override
    public CompletionStage<Void> runPending() {
        return engine().runPending();
    }

    @Override
    public CompletionStage<Void> runAll(Duration delayBetween) {
        return engine().runAll(delayBetween);
    }

    @Override
    public List<Instant> nextRuns(String jobId, Instant until, int max) {
        return engine().nextRuns(jobId, until, max);
    }

    @Override
    public CompletionStage<Void> runNow(String jobId) {
        return engine().runNow(jobId);
    }

    @Override
    public void pause(String jobId) {
        engine().pause(jobId);
    }

    @Override
    public void resume(String jobId) {
        engine().resume(jobId);
    }

    @Override
    public void flush() {
        engine().flush();
    }
}
