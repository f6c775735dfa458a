package org.aioschedule.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz 2.3.2's StdScheduler with a SimpleThreadPool, on RAMJobStore (as Kura uses it) or on JobStoreTX over a file
 * H2 with Quartz's own tables_h2.sql (and the indexes of its tables_postgres.sql). A throughput round schedules
 * one-shot triggers due now while the scheduler is in standby, then starts it and times from the start to the end of
 * the last run.
 */
final class QuartzPeer implements Peer {

    private final boolean jdbc;
    private final int threads;
    private final int batch;
    private Scheduler scheduler;
    private H2Database database;
    private int round;

    QuartzPeer(boolean jdbc, int threads, int batch) {
        this.jdbc = jdbc;
        this.threads = threads;
        this.batch = batch;
    }

    @Override
    public String name() {
        return "Quartz 2.3.2 (" + (jdbc ? "JobStoreTX on a file H2, indexed" : "RAMJobStore") + ", batch acquisition "
                + batch + ")";
    }

    @Override
    public double throughputRound(int jobs) throws Exception {
        if (scheduler == null) {
            database = jdbc ? quartzDatabase() : null;
            scheduler = create("throughput", database);
        }
        scheduler.standby();
        Date now = new Date();
        Map<JobDetail, Set<? extends Trigger>> batchOfJobs = new LinkedHashMap<>();
        String group = "round-" + round++;
        for (int i = 0; i < jobs; i++) {
            JobDetail job = JobBuilder.newJob(NoOpJob.class).withIdentity("job-" + i, group).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("trigger-" + i, group).startAt(now)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()).build();
            batchOfJobs.put(job, Set.of(trigger));
        }
        scheduler.scheduleJobs(batchOfJobs, false);
        long start = System.nanoTime();
        scheduler.start();
        Runs.await(name(), Duration.ofMinutes(30));
        return jobs / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public Lateness lateness(int jobs, Duration warmup, Duration measured) throws Exception {
        H2Database ownDatabase = jdbc ? quartzDatabase() : null;
        Scheduler own = create("lateness", ownDatabase);
        try {
            Date first = Date.from(Instant.now().plusSeconds(1));
            Map<JobDetail, Set<? extends Trigger>> ticks = new LinkedHashMap<>();
            for (int i = 0; i < jobs; i++) {
                JobDetail job = JobBuilder.newJob(TickJob.class).withIdentity("tick-" + i).build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity("tick-" + i).startAt(first)
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)).build();
                ticks.put(job, Set.of(trigger));
            }
            own.scheduleJobs(ticks, false);
            own.start();
            return Runs.measureLateness(jobs, warmup, measured);
        } finally {
            own.shutdown(true);
            if (ownDatabase != null) {
                ownDatabase.close();
            }
        }
    }

    /**
     * Quartz's tables_h2.sql, plus the indexes Quartz ships for PostgreSQL (tables_postgres.sql), which the H2
     * script lacks. They made no measured difference (85 and 93 runs a second at 10,000 jobs due at once).
     */
    static H2Database quartzDatabase() throws Exception {
        H2Database h2 = new H2Database("quartz");
        h2.execute("RUNSCRIPT FROM 'classpath:/org/quartz/impl/jdbcjobstore/tables_h2.sql'");
        for (String statement : quartzScript("tables_postgres.sql").split(";")) {
            if (statement.trim().toLowerCase(Locale.ROOT).startsWith("create index")) {
                h2.execute(statement.trim());
            }
        }
        return h2;
    }

    private static String quartzScript(String name) throws IOException {
        String path = "/org/quartz/impl/jdbcjobstore/" + name;
        try (InputStream in = StdSchedulerFactory.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(name + " is not in the Quartz jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Scheduler create(String purpose, H2Database h2) throws Exception {
        String instance = "bench-" + purpose + "-" + (jdbc ? "jdbc" : "ram");
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", instance);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(batch));
        if (jdbc) {
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                    "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
            properties.setProperty("org.quartz.jobStore.dataSource", "bench");
            properties.setProperty("org.quartz.dataSource.bench.connectionProvider.class",
                    QuartzH2Connections.class.getName());
            properties.setProperty("org.quartz.dataSource.bench.url", h2.url());
        } else {
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        }
        return new StdSchedulerFactory(properties).getScheduler();
    }

    @Override
    public void close() throws Exception {
        if (scheduler != null) {
            scheduler.shutdown(true);
            scheduler = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Quartz instantiates it by reflection for every run. */
    public static final class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            Runs.ran();
        }
    }

    /** A run of the lateness benchmark. */
    public static final class TickJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            Runs.lateness().started(context.getScheduledFireTime().toInstant());
        }
    }
}
