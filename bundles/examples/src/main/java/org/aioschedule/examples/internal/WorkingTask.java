package org.aioschedule.examples.internal;

import java.util.concurrent.CompletionStage;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;
import org.aioschedule.TaskProperties;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's {@code job}: prints "I'm working...". It schedules itself, as the seed's
 * {@code schedule.every(1).minutes.do(job)} does, through the {@value TaskProperties#SCHEDULE} service property.
 */
@Component(name = WorkingTask.PID, service = Task.class, property = TaskProperties.SCHEDULE + "=every 1 minute")
public final class WorkingTask implements Task {

    public static final String PID = "org.aioschedule.examples.job";
    static final String MESSAGE = "I'm working...";

    private static final Logger LOG = LoggerFactory.getLogger(WorkingTask.class);

    @Override
    public CompletionStage<?> run(TaskContext context) {
        LOG.info(MESSAGE);
        System.out.println(MESSAGE);
        return null;
    }
}
