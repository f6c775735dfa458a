package org.aioschedule.engine;

import java.time.Instant;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears what happens to jobs. Called outside the engine's locks, on the thread that observed the event; a listener
 * must return quickly and its exceptions are logged and ignored.
 */
@ConsumerType
public interface JobListener {

    default void started(Job job, Instant scheduledTime) {
    }

    /** A run ended: succeeded, failed, timed out, or was skipped because the previous run was still going. */
    default void finished(Job job, Instant scheduledTime, RunOutcome outcome) {
    }

    /** {@code count} slots from {@code firstMissed} on did not run (misfire policy or a clock jump). */
    default void missed(Job job, Instant firstMissed, long count) {
    }

    /** Something went wrong outside a run: a record set aside, the store failing, a bad definition. */
    default void problem(String jobId, String message) {
    }
}
