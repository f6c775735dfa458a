package org.aioschedule.provider.internal;

import org.aioschedule.provider.internal.config.JobOptions;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Metatype of the {@code org.aioschedule.Job} factory (the web UI's "+" dialog). The component reads the raw map. */
@ObjectClassDefinition(id = JobOptions.FACTORY_PID, name = "Job (aioschedule)",
        description = "One scheduled job: runs a task service on a schedule. The instance name is the job id. "
                + "The defaults run the example task job_with_argument every 10 seconds.")
@interface JobConfig {

    @AttributeDefinition(name = "Enabled", type = AttributeType.BOOLEAN, cardinality = 0, required = true,
            defaultValue = "true", description = "true: the job runs. false: it does not run and keeps its state. "
                    + "Example: true")
    boolean enabled();

    @AttributeDefinition(name = "Task PID", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "org.aioschedule.examples.job_with_argument", description = "The PID of the task "
                    + "service to run (its kura.service.pid, service.pid or component name); the shell command "
                    + "schedule:tasks lists them. Example: org.aioschedule.examples.job")
    String task_pid();

    @AttributeDefinition(name = "Schedule", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "every 10 seconds", description = "When the job runs: every N seconds|minutes|hours|"
                    + "days|weeks, every monday..sunday, optional at TIME, a zone, until WHEN; or cron with a "
                    + "Quartz expression. Examples: every 10 seconds; every day at 10:30 Europe/Rome; "
                    + "cron 0 0/5 * * * ?")
    String schedule();

    @AttributeDefinition(name = "Arguments (JSON)", type = AttributeType.STRING, cardinality = 0, required = false,
            defaultValue = "{\"name\": \"MicroPython\"}", description = "A JSON object the task reads as its "
                    + "arguments; empty for none. Example: {\"name\": \"MicroPython\", \"retries\": 3}|TextArea")
    String arguments();

    @AttributeDefinition(name = "Tags", type = AttributeType.STRING, cardinality = 0, required = false,
            defaultValue = "example, seed", description = "Tags separated by commas, to list and query jobs "
                    + "together (shell: schedule:list TAG). Example: reports, hourly")
    String tags();

    @AttributeDefinition(name = "Misfire policy", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "inherit", description = "What happens to runs this job missed (gateway off, task "
                    + "absent, clock jump). inherit: the scheduler's. RUN_ONCE: one run for all. SKIP: none. "
                    + "RUN_ALL: each. Example: inherit",
            options = {
                @Option(label = "inherit (the scheduler's)", value = "inherit"),
                @Option(label = "RUN_ONCE (one run for all missed)", value = "RUN_ONCE"),
                @Option(label = "SKIP (none)", value = "SKIP"),
                @Option(label = "RUN_ALL (each missed run)", value = "RUN_ALL")
            })
    String misfire_policy();

    @AttributeDefinition(name = "Delivery", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "inherit", description = "What a run cut by a power loss means. inherit: the "
                    + "scheduler's. AT_LEAST_ONCE: it runs again after restart. AT_MOST_ONCE: it is not repeated. "
                    + "Example: inherit",
            options = {
                @Option(label = "inherit (the scheduler's)", value = "inherit"),
                @Option(label = "AT_LEAST_ONCE (repeat a cut run)", value = "AT_LEAST_ONCE"),
                @Option(label = "AT_MOST_ONCE (never repeat)", value = "AT_MOST_ONCE")
            })
    String delivery();

    @AttributeDefinition(name = "Timeout (seconds)", type = AttributeType.INTEGER, cardinality = 0,
            required = true, defaultValue = "0", min = "0", max = "604800", description = "Seconds after which a "
                    + "run is cancelled and reported as failed (timed out). 0: the scheduler's task timeout. "
                    + "Example: 60")
    int timeout_seconds();

    @AttributeDefinition(name = "Max instances", type = AttributeType.INTEGER, cardinality = 0, required = true,
            defaultValue = "1", min = "1", max = "100", description = "How many runs of this job may overlap; a "
                    + "run beyond that is skipped and reported. From 1 to 100. Example: 1")
    int max_instances();
}
