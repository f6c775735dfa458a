package org.aioschedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds a job fluently, in the words of Python's {@code schedule}:
 * {@code every(10).minutes().at(":30").tag("reports").run("my.task")}.
 * <p>
 * Every call validates at once and throws a {@link ScheduleValueException} (or {@link IntervalException}) whose
 * message says what is wrong and shows a valid call. Nothing is scheduled before the terminal {@code run} call.
 * A builder is used once, from one thread.
 */
@ProviderType
public interface JobBuilder {

    /** Unit of one second; the interval must be 1 (use {@link #seconds()} otherwise). */
    JobBuilder second();

    JobBuilder seconds();

    /** Unit of one minute; the interval must be 1 (use {@link #minutes()} otherwise). */
    JobBuilder minute();

    JobBuilder minutes();

    /** Unit of one hour; the interval must be 1 (use {@link #hours()} otherwise). */
    JobBuilder hour();

    JobBuilder hours();

    /** Unit of one day; the interval must be 1 (use {@link #days()} otherwise). */
    JobBuilder day();

    JobBuilder days();

    /** Unit of one week; the interval must be 1 (use {@link #weeks()} otherwise). */
    JobBuilder week();

    JobBuilder weeks();

    /** Weekly on Mondays; the interval must be 1. */
    JobBuilder monday();

    JobBuilder tuesday();

    JobBuilder wednesday();

    JobBuilder thursday();

    JobBuilder friday();

    JobBuilder saturday();

    JobBuilder sunday();

    /**
     * Runs at a wall-clock time in the scheduler's default zone: {@code "HH:MM"} or {@code "HH:MM:SS"} for days and
     * weekdays, {@code "MM:SS"} or {@code ":MM"} for hours, {@code ":SS"} for minutes.
     */
    JobBuilder at(String time);

    /** Like {@link #at(String)}, in {@code zone}. A local time skipped by DST runs once at the shifted instant; a
     * repeated one runs once, the first time. */
    JobBuilder at(String time, ZoneId zone);

    /** Draws each interval at random from {@code [interval, latest]}, anew for every run. */
    JobBuilder to(long latest);

    /** Runs no more after {@code deadline}; a deadline before the first run is an error. */
    JobBuilder until(Instant deadline);

    /** Runs no more after this local date-time, in the job's zone. */
    JobBuilder until(LocalDateTime deadline);

    /** Runs no more after this time today, in the job's zone. */
    JobBuilder until(LocalTime deadline);

    /** Runs no more once this much time has passed from now. */
    JobBuilder until(Duration fromNow);

    /**
     * Runs no more after a time written as a date-time ({@code 2030-01-31 18:00}, {@code 2030-01-31T18:00:30},
     * {@code 2030-01-31T18:00:00Z}), a date ({@code 2030-01-31}: its midnight, as in Python's schedule) or a time
     * of today ({@code 18:30}); without an offset, in the job's zone.
     */
    JobBuilder until(String deadline);

    /** Adds tags by which jobs can be listed, cleared and queried. */
    JobBuilder tag(String... tags);

    /**
     * Gives the job a stable id. Scheduling the same id again updates the job and keeps its state (last run, counts);
     * without an id a new job with a generated id is created.
     */
    JobBuilder id(String id);

    /** What happens to runs missed while the job could not run; default {@link MisfirePolicy#RUN_ONCE}. */
    JobBuilder misfire(MisfirePolicy policy);

    /** What a run cut by power loss means; default {@link Delivery#AT_LEAST_ONCE}. */
    JobBuilder delivery(Delivery delivery);

    /**
     * Cancels a run that takes longer, recorded as {@link RunOutcome.Result#TIMED_OUT}: its context reports
     * {@link TaskContext#isCancelled()}, the stage it returned is cancelled, and the thread it was called on is
     * interrupted while the task still holds it. A task that ignores the interrupt keeps its thread, and its run
     * counts against {@link #maxInstances(int)} until the task returns, so a stuck job holds at most that many threads
     * of the pool and the other jobs keep running.
     */
    JobBuilder timeout(Duration timeout);

    /** How many runs of this job may overlap; default 1. A run that would exceed it is skipped and reported. */
    JobBuilder maxInstances(int maxInstances);

    /** Schedules the job to run the task service with this PID; returns a snapshot of the scheduled job. */
    Job run(String taskPid);

    /**
     * Schedules the job with arguments the task reads from {@link TaskContext#arguments()}. The arguments are
     * stored, so they must be JSON-representable: strings, numbers, booleans, null, lists and maps of those.
     */
    Job run(String taskPid, Map<String, ?> arguments);
}
