package org.aioschedule.examples.internal;

import java.util.concurrent.CompletionStage;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's {@code job_with_argument}: prints "I am {name}" with the {@code name} argument of its job, for example
 * a Job (aioschedule) configuration with arguments {@code {"name": "MicroPython"}}.
 */
@Component(name = GreetingTask.PID, service = Task.class)
public final class GreetingTask implements Task {

    public static final String PID = "org.aioschedule.examples.job_with_argument";
    static final String NAME = "name";

    private static final Logger LOG = LoggerFactory.getLogger(GreetingTask.class);

    @Override
    public CompletionStage<?> run(TaskContext context) {
        Object name = context.arguments().get(NAME);
        if (name == null) {
            LOG.warn("Job {} gives no name argument; set its arguments to {\"name\": \"MicroPython\"}",
                    context.jobId());
            name = "nobody";
        }
        String message = "I am " + name;
        LOG.info("{} (job {}, slot {}, last run {})", message, context.jobId(), context.scheduledTime(),
                context.lastRun().map(Object::toString).orElse("never"));
        System.out.println(message);
        return null;
    }
}
