package org.aioschedule;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work that a job runs, published as an OSGi service (or handed to the plain-Java engine) and identified by its PID:
 * the first present of {@code kura.service.pid}, {@code service.pid} and {@code component.name}.
 * <p>
 * A task may also schedule itself with the service property {@value TaskProperties#SCHEDULE}.
 */
@ConsumerType
public interface Task {

    /**
     * Runs once. Return {@code null} when the work is done, or a stage that completes when asynchronous work is
     * done; the scheduler never blocks its dispatcher on it. An exception, thrown or completing the stage, is
     * recorded as a failed run.
     */
    CompletionStage<?> run(TaskContext context) throws Exception;
}
