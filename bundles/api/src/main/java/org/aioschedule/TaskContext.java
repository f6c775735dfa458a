package org.aioschedule;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** What a task knows about the run it performs. */
@ProviderType
public interface TaskContext {

    String jobId();

    String taskPid();

    /** The slot this run stands for; when missed runs are coalesced into one, the earliest of them. */
    Instant scheduledTime();

    Instant startTime();

    /** When the previous run of this job started, if it ever ran. */
    Optional<Instant> lastRun();

    /** The job's arguments, unmodifiable. */
    Map<String, Object> arguments();

    /** Whether the run should stop: its timeout passed or the scheduler is shutting down. */
    boolean isCancelled();

    /**
     * Unschedules this job once this run has ended (the {@code CancelJob} of Python's schedule): a job created
     * through the API is removed, a configured or whiteboard job becomes {@link JobState#FINISHED}.
     */
    void cancelJob();
}
