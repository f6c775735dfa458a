package org.aioschedule.provider.internal;

import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Metatype of {@code org.aioschedule.Scheduler}, as the Kura web UI shows it. The component reads the raw map. */
@ObjectClassDefinition(id = SchedulerOptions.PID, name = "Scheduler (aioschedule)",
        description = "Runs the jobs of the Job (aioschedule) instances, of the Scheduler API and of task services. "
                + "Job state (last run, next run) survives restarts in a durable store.")
@interface SchedulerConfig {

    @AttributeDefinition(name = "Enabled", type = AttributeType.BOOLEAN, cardinality = 0, required = true,
            defaultValue = "true", description = "true: jobs run. false: no job runs, every job keeps its state "
                    + "and resumes under its misfire policy when set back to true. Example: true")
    boolean enabled();

    @AttributeDefinition(name = "Store type", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "auto", description = "Where job state is kept. auto: the first durable store "
                    + "available, in this order: the KeyValueDbService (if connected), the BaseDbService (if its "
                    + "database is a file), the file store (Store file path, else kura.data/aioschedule); memory "
                    + "with a warning if none is. kura.keyvalue, kura.db: that Kura service (as auto does if it is "
                    + "absent). file: the file store. memory: lost at every restart. A change carries the job "
                    + "state over to the new store. Example: auto",
            options = {
                @Option(label = "auto (first durable store)", value = "auto"),
                @Option(label = "Kura KeyValueDbService", value = "kura.keyvalue"),
                @Option(label = "Kura BaseDbService (H2, SQLite)", value = "kura.db"),
                @Option(label = "file", value = "file"),
                @Option(label = "memory (not durable)", value = "memory")
            })
    String store_type();

    @AttributeDefinition(name = "KeyValueDbService target", type = AttributeType.STRING, cardinality = 0,
            required = true, defaultValue = "(kura.service.pid=*)", description = "Filter that selects the "
                    + "KeyValueDbService instance (by its kura.service.pid) for store types auto and kura.keyvalue; "
                    + "open-source Kura has none, an add-on may provide one. Example: (kura.service.pid=*)")
    String KeyValueDbService_target();

    @AttributeDefinition(name = "BaseDbService target", type = AttributeType.STRING, cardinality = 0,
            required = true, defaultValue = "(kura.service.pid=org.eclipse.kura.db.H2DbService)",
            description = "Filter that selects the database instance (H2 or SQLite, by its kura.service.pid) for "
                    + "store types auto and kura.db. Durable only when that database is file-backed (set its "
                    + "db.connector.url to jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb, for example). "
                    + "Example: (kura.service.pid=org.eclipse.kura.db.H2DbService)")
    String BaseDbService_target();

    @AttributeDefinition(name = "Store file path", type = AttributeType.STRING, cardinality = 0, required = false,
            defaultValue = "", description = "Absolute directory of the file store. Empty: the aioschedule "
                    + "directory under Kura's data directory (kura.data), which survives restarts. "
                    + "Example: /opt/eclipse/kura/data/aioschedule")
    String store_file_path();

    @AttributeDefinition(name = "Misfire policy", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "RUN_ONCE", description = "What happens to runs missed while the gateway was off, a "
                    + "task was absent or the clock jumped, for jobs that set none. RUN_ONCE: one run stands for "
                    + "all. SKIP: wait for the next slot. RUN_ALL: run each (up to a bound). Example: RUN_ONCE",
            options = {
                @Option(label = "RUN_ONCE (one run for all missed)", value = "RUN_ONCE"),
                @Option(label = "SKIP (none)", value = "SKIP"),
                @Option(label = "RUN_ALL (each missed run)", value = "RUN_ALL")
            })
    String misfire_policy();

    @AttributeDefinition(name = "Misfire grace (seconds)", type = AttributeType.INTEGER, cardinality = 0,
            required = true, defaultValue = "5", min = "0", max = "86400", description = "How many seconds late "
                    + "a run may start and still count as on time; later runs follow the misfire policy. "
                    + "From 0 to 86400. Example: 5")
    int misfire_grace_seconds();

    @AttributeDefinition(name = "Delivery", type = AttributeType.STRING, cardinality = 0, required = true,
            defaultValue = "AT_LEAST_ONCE", description = "What a run cut by a power loss means, for jobs that "
                    + "set none. AT_LEAST_ONCE: it runs again after restart. AT_MOST_ONCE: it is not repeated. "
                    + "Example: AT_LEAST_ONCE",
            options = {
                @Option(label = "AT_LEAST_ONCE (repeat a cut run)", value = "AT_LEAST_ONCE"),
                @Option(label = "AT_MOST_ONCE (never repeat)", value = "AT_MOST_ONCE")
            })
    String delivery();

    @AttributeDefinition(name = "Task threads", type = AttributeType.INTEGER, cardinality = 0, required = true,
            defaultValue = "4", min = "1", max = "64", description = "How many tasks may run at the same time "
                    + "(threads of the task pool). From 1 to 64. Example: 4")
    int executor_threads();

    @AttributeDefinition(name = "Task timeout (seconds)", type = AttributeType.INTEGER, cardinality = 0,
            required = true, defaultValue = "0", min = "0", max = "604800", description = "Seconds after which a "
                    + "run is cancelled and reported as failed (timed out), for jobs that set none. 0: no timeout. "
                    + "Example: 300")
    int task_timeout_seconds();

    @AttributeDefinition(name = "Waiting job retention (days)", type = AttributeType.INTEGER, cardinality = 0,
            required = true, defaultValue = "0", min = "0", max = "3650", description = "Days after which a job "
                    + "created through the Scheduler API whose task service never came back is removed (and "
                    + "reported). 0: keep such jobs forever. Configured jobs are never removed. Example: 30")
    int waiting_retention_days();

    @AttributeDefinition(name = "Run history per job", type = AttributeType.INTEGER, cardinality = 0,
            required = true, defaultValue = "20", min = "0", max = "1000", description = "How many last runs "
                    + "(outcome, start, duration, error) each job keeps, shown by the REST API and the status page; "
                    + "kept with the job's state, in the same write. 0: none. From 0 to 1000. Example: 20")
    int history_runs();

    @AttributeDefinition(name = "Time zone", type = AttributeType.STRING, cardinality = 0, required = false,
            defaultValue = "", description = "Zone of calendar jobs (days, weekdays, at, cron) that name none: an "
                    + "IANA id, UTC or an offset. Empty: the gateway's zone. Example: Europe/Rome")
    String timezone();
}
