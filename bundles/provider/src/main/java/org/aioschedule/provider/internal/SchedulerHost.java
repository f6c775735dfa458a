package org.aioschedule.provider.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.store.StoreChoice;

/**
 * What the scheduler component offers the other components of this bundle (job instances, shell, clock events).
 * Registered as a bundle-private service.
 */
public interface SchedulerHost {

    /** The running engine; throws a {@link org.aioschedule.ScheduleException} while the scheduler is disabled. */
    SchedulerEngine engine();

    boolean isEnabled();

    void defineJob(JobOptions options);

    /** The job's configuration was deleted: it and its state go. */
    void removeJob(String id);

    /** The job's component went away otherwise: it stops and keeps its state. */
    void releaseJob(String id);

    /** Cancels an API or whiteboard job (a whiteboard job is then not defined again until its task changes). */
    boolean cancel(String jobId);

    void checkClock();

    /** The PIDs of the registered task services, sorted. */
    List<String> taskPids();

    /** Which store holds the state, and why it was chosen. */
    String storeStatus();

    /** The store in use (kind, durability), for the REST API; empty before the scheduler has chosen one. */
    default Optional<StoreChoice> storeChoice() {
        return Optional.empty();
    }

    /** Current configuration problems, then the engine's. */
    List<String> problems();

    Collection<JobOptions> configuredJobs();
}
