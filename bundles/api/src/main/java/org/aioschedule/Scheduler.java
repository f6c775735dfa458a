package org.aioschedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Schedules jobs that run {@link Task tasks} by PID, keeps their state durable, and runs them on time.
 * <p>
 * <b>Missed runs.</b> A run missed while the scheduler was stopped, the device was off, the task was absent or the
 * wall clock jumped forward is handled by the job's {@link MisfirePolicy} (default {@link MisfirePolicy#RUN_ONCE}:
 * all missed runs are coalesced into one). A slot is never run twice, also when the wall clock steps back.
 * <p>
 * <b>Concurrency.</b> Every method is thread-safe. Tasks run asynchronously on a bounded pool: a slow task never
 * delays another job, and a job never overlaps itself beyond its {@code maxInstances} (default 1).
 * <p>
 * <b>Persistence.</b> The state of every job and the definition of jobs created through this API are kept in the
 * scheduler's store; writes are batched (at most one durable write per dispatch) and {@link #flush()} forces one.
 */
@ProviderType
public interface Scheduler {

    /** Starts a job that runs every time unit; same as {@code every(1)}. */
    JobBuilder every();

    /**
     * Starts a job that runs every {@code interval} time units.
     *
     * @throws ScheduleValueException if {@code interval} is less than 1
     */
    JobBuilder every(long interval);

    /**
     * Starts a job from the schedule grammar, for example {@code "every 10 seconds"}, {@code "every day at 10:30"},
     * {@code "every wednesday at 13:15 Europe/Rome"} or {@code "cron 0 0/5 * * * ?"}. The job is the same as the one
     * the fluent calls build, and its {@link Job#schedule()} prints the canonical form of the expression.
     *
     * @throws ScheduleValueException naming what is wrong and showing a valid expression
     */
    JobBuilder schedule(String expression);

    /** The job with this id, if scheduled. */
    Optional<Job> job(String id);

    /** All jobs, in order of their next run. */
    List<Job> jobs();

    /** The jobs that carry {@code tag}, in order of their next run. */
    List<Job> jobs(String tag);

    /**
     * Unschedules a job created through this API or by a task's {@code aioschedule.schedule} property and forgets
     * its state. A run in progress completes.
     *
     * @return {@code true} if the job existed
     * @throws ScheduleException if the job comes from configuration (remove its configuration instead)
     */
    boolean cancel(String jobId);

    /** Cancels every job created through this API; returns how many. Configured and whiteboard jobs stay. */
    int clear();

    /** Cancels the jobs created through this API that carry {@code tag}; returns how many. */
    int clear(String tag);

    /** When the next job is due, if any job is scheduled. */
    Optional<Instant> nextRun();

    /** When the next job that carries {@code tag} is due. */
    Optional<Instant> nextRun(String tag);

    /**
     * The coming runs of a job, in order: from its next run up to {@code until} (inclusive) and the end of its
     * schedule, at most {@code max}. Empty when the job is paused or finished. Of a random interval
     * ({@code every 5 to 10 minutes}) only the next run is known. Nothing changes: it is a preview.
     *
     * @throws ScheduleException if no such job exists
     * @throws ScheduleValueException if {@code max} is not from 0 to 1000
     * @since 1.1
     */
    List<Instant> nextRuns(String jobId, Instant until, int max);

    /**
     * How long until the next job is due: {@link Duration#ZERO} when a job is overdue, empty when no job is scheduled.
     * A device that sleeps between runs sleeps this long (the seed's {@code idle_seconds()}).
     */
    Optional<Duration> idleTime();

    /**
     * Runs every job that is due now and completes when those runs have completed. Jobs that become due meanwhile
     * wait for the next call. Use it on devices that boot, run what is due and sleep again.
     */
    CompletionStage<Void> runPending();

    /**
     * Runs every job once now, in order of their next run, regardless of their schedules (which stay as they are),
     * waiting {@code delayBetween} between two jobs; completes when all runs have completed.
     */
    CompletionStage<Void> runAll(Duration delayBetween);

    /**
     * Runs one job now, outside its schedule (its next run does not change). Completes with the run.
     *
     * @throws ScheduleException if no such job exists
     */
    CompletionStage<Void> runNow(String jobId);

    /**
     * Stops running a job until {@link #resume(String)}; the pause is persisted. Slots passed while paused are
     * missed and follow the job's misfire policy on resume.
     *
     * @throws ScheduleException if no such job exists
     */
    void pause(String jobId);

    /**
     * Resumes a paused job.
     *
     * @throws ScheduleException if no such job exists
     */
    void resume(String jobId);

    /** Makes all state durable now (the seed's {@code save_flash()}); returns when the store has written it. */
    void flush();
}
