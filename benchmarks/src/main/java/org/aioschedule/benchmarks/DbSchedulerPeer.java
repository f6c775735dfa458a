package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * db-scheduler 16.12.0 on a file H2, with its defaults except the thread count and a polling interval of
 * {@link #POLLING} (its default is 10 s). A throughput round inserts one-time executions due now, then starts a new
 * scheduler and times from the start to the end of the last run. Lateness uses a task that reschedules itself one
 * second after its own execution time.
 */
final class DbSchedulerPeer implements Peer {

    static final Duration POLLING = Duration.ofMillis(100);

    private final OneTimeTask<Void> noop = Tasks.oneTime("noop").execute((instance, context) -> Runs.ran());
    private final CustomTask<Void> tick = Tasks.custom("tick", Void.class).execute((instance, context) -> {
        Instant due = context.getExecution().executionTime;
        Runs.lateness().started(due);
        return (CompletionHandler<Void>) (complete, operations) -> operations.reschedule(complete,
                due.plusSeconds(1));
    });
    private final int threads;
    private H2Database database;
    private int round;

    DbSchedulerPeer(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "db-scheduler 16.12.0 (file H2, polling " + POLLING.toMillis() + " ms)";
    }

    @Override
    public double throughputRound(int jobs) throws Exception {
        if (database == null) {
            database = schedulerDatabase();
        }
        List<TaskInstance<?>> instances = new ArrayList<>(jobs);
        String prefix = "round-" + round++ + "-";
        for (int i = 0; i < jobs; i++) {
            instances.add(noop.instance(prefix + i));
        }
        SchedulerClient.Builder.create(database.pool(), noop).build().scheduleBatch(instances, Instant.now());
        Scheduler scheduler = Scheduler.create(database.pool(), noop).threads(threads).pollingInterval(POLLING)
                .build();
        try {
            long start = System.nanoTime();
            scheduler.start();
            Runs.await(name(), Duration.ofMinutes(30));
            return jobs / ((System.nanoTime() - start) / 1e9);
        } finally {
            scheduler.stop();
        }
    }

    @Override
    public Lateness lateness(int jobs, Duration warmup, Duration measured) throws Exception {
        try (H2Database own = schedulerDatabase()) {
            List<TaskInstance<?>> instances = new ArrayList<>(jobs);
            for (int i = 0; i < jobs; i++) {
                instances.add(tick.instance("tick-" + i));
            }
            SchedulerClient.Builder.create(own.pool(), tick).build().scheduleBatch(instances,
                    Instant.now().plusSeconds(1));
            Scheduler scheduler = Scheduler.create(own.pool(), tick).threads(threads).pollingInterval(POLLING)
                    .build();
            scheduler.start();
            try {
                return Runs.measureLateness(jobs, warmup, measured);
            } finally {
                scheduler.stop();
            }
        }
    }

    static H2Database schedulerDatabase() throws Exception {
        H2Database h2 = new H2Database("dbscheduler");
        h2.execute("CREATE TABLE scheduled_tasks (task_name VARCHAR(100) NOT NULL,"
                + " task_instance VARCHAR(100) NOT NULL, task_data BLOB,"
                + " execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL,"
                + " picked_by VARCHAR(50), last_success TIMESTAMP WITH TIME ZONE,"
                + " last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,"
                + " last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,"
                + " PRIMARY KEY (task_name, task_instance))");
        h2.execute("CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)");
        h2.execute("CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
        return h2;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
