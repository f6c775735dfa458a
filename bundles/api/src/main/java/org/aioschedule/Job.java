package org.aioschedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** A snapshot of a scheduled job: it does not change when the job runs. */
@ProviderType
public interface Job {

    String id();

    String taskPid();

    /** The schedule in canonical grammar form, for example {@code "every 10 seconds"}. */
    String schedule();

    Set<String> tags();

    JobSource source();

    JobState state();

    /** When the last run started. */
    Optional<Instant> lastRun();

    /** When the job is due next; empty when it is finished or paused. */
    Optional<Instant> nextRun();

    Optional<RunOutcome> lastOutcome();

    /**
     * The last runs, newest first: at most as many as the scheduler keeps per job (its {@code history.runs}, default
     * 20), kept with the job's state and restored with it. Start and end are to the millisecond; an error is cut to
     * 500 characters. Empty when the job has not run yet.
     *
     * @since 1.1
     */
    List<RunOutcome> recentRuns();

    long runCount();

    int consecutiveFailures();

    Map<String, Object> arguments();
}
