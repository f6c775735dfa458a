package org.aioschedule.engine;

import java.util.List;

import org.aioschedule.JobBuilder;
import org.aioschedule.JobSource;
import org.aioschedule.Scheduler;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A running scheduler: the {@link Scheduler} API plus what its host (the OSGi component, or a plain Java program)
 * needs to manage it. Built by {@link Schedulers#builder()}; {@link #close()} stops it and flushes its state.
 */
@ProviderType
public interface SchedulerEngine extends Scheduler, AutoCloseable {

    /**
     * Starts a job of the given source from the schedule grammar. Configured and whiteboard jobs are owned by their
     * host: {@link #cancel(String)} refuses configured jobs, {@link #remove(String)} removes any.
     */
    JobBuilder schedule(String expression, JobSource source);

    /** Removes a job of any source and forgets its state; returns whether it existed. */
    boolean remove(String jobId);

    /**
     * Stops running a job but keeps its state, stored, for when its owner defines it again (a configured job whose
     * bundle stops, a whiteboard task that goes away); returns whether it existed.
     */
    boolean release(String jobId);

    /** Tells the engine that a task became available: jobs waiting for it resume under their misfire policy. */
    void taskAvailable(String taskPid);

    /** Re-checks the wall clock now (for example on Kura's clock event after an NTP sync). */
    void checkClock();

    void addListener(JobListener listener);

    void removeListener(JobListener listener);

    /** Problems found so far (unreadable records set aside, store failures), oldest first. */
    List<String> problems();

    /** Which store holds the state, for logs and the shell. */
    String storeDescription();

    /**
     * Stops dispatching, waits a bounded time for running tasks, writes the state; idempotent. The store stays open:
     * whoever handed it to {@link SchedulerBuilder#store} closes it (and may hand it to the next engine).
     */
    @Override
    void close();
}
