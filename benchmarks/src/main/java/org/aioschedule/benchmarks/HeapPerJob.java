package org.aioschedule.benchmarks;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.MemoryJobStore;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Target 3: heap per scheduled job. Schedules {@code jobs} interval jobs and compares the heap used after a full GC
 * with the heap used by the same, empty scheduler. aioschedule: manual engine on a MemoryJobStore, measured before
 * the first write (engine plus its pending-write set) and after {@code flush()} (engine plus the store's records),
 * and on a store that keeps nothing after {@code flush()} (the engine alone, as it stays between writes). Quartz:
 * StdScheduler with RAMJobStore, in standby, one JobDetail and one repeating SimpleTrigger per job. The executor
 * (the floor): one {@code scheduleAtFixedRate} task per job. Quartz's JobStoreTX and db-scheduler keep their jobs
 * in the database, not on the heap.
 */
final class HeapPerJob {

    private HeapPerJob() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 100_000);
        System.out.printf("heap: %,d interval jobs; heap used after System.gc() (MemoryMXBean)%n", jobs);
        for (int repeat = 0; repeat < 2; repeat++) {
            String label = repeat == 0 ? "(warm-up) " : "";
            aioschedule(jobs, label);
            engineAlone(jobs, label);
            quartz(jobs, label);
            executor(jobs, label);
        }
    }

    private static void aioschedule(int jobs, String label) throws Exception {
        Task noop = context -> null;
        long empty;
        long scheduled;
        long flushed;
        try (SchedulerEngine engine = Schedulers.builder().manual().store(new MemoryJobStore())
                .tasks(pid -> Optional.of(noop)).build()) {
            empty = Bench.usedHeapAfterGc();
            for (int i = 0; i < jobs; i++) {
                engine.every(60).seconds().id("job-" + i).run("noop");
            }
            scheduled = Bench.usedHeapAfterGc();
            engine.flush();
            flushed = Bench.usedHeapAfterGc();
            if (engine.jobs().size() != jobs) {
                throw new IllegalStateException("jobs lost");
            }
        }
        System.out.printf("%saioschedule: %,.0f bytes/job in the engine, %,.0f bytes/job with the MemoryJobStore's "
                + "records%n", label, (scheduled - empty) / (double) jobs, (flushed - empty) / (double) jobs);
    }

    private static void engineAlone(int jobs, String label) throws Exception {
        Task noop = context -> null;
        try (SchedulerEngine engine = Schedulers.builder().manual().store(new DiscardingStore())
                .tasks(pid -> Optional.of(noop)).build()) {
            long empty = Bench.usedHeapAfterGc();
            for (int i = 0; i < jobs; i++) {
                engine.every(60).seconds().id("job-" + i).run("noop");
            }
            engine.flush();
            long flushed = Bench.usedHeapAfterGc();
            if (engine.jobs().size() != jobs) {
                throw new IllegalStateException("jobs lost");
            }
            System.out.printf("%saioschedule: %,.0f bytes/job in the engine alone (written, store keeps nothing)%n",
                    label, (flushed - empty) / (double) jobs);
        }
    }

    private static void executor(int jobs, String label) throws Exception {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4);
        try {
            long empty = Bench.usedHeapAfterGc();
            Runnable noop = Runs::ran;
            for (int i = 0; i < jobs; i++) {
                executor.scheduleAtFixedRate(noop, 60, 60, TimeUnit.SECONDS);
            }
            long scheduled = Bench.usedHeapAfterGc();
            System.out.printf("%sScheduledThreadPoolExecutor: %,.0f bytes/job (its task objects; one shared "
                    + "Runnable)%n", label, (scheduled - empty) / (double) jobs);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void quartz(int jobs, String label) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "heap" + label.length());
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "4");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        try {
            long empty = Bench.usedHeapAfterGc();
            for (int i = 0; i < jobs; i++) {
                scheduler.scheduleJob(JobBuilder.newJob(QuartzPeer.NoOpJob.class).withIdentity("job-" + i).build(),
                        TriggerBuilder.newTrigger().withIdentity("trigger-" + i)
                                .startAt(new java.util.Date(System.currentTimeMillis() + 60_000))
                                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(60)).build());
            }
            long scheduled = Bench.usedHeapAfterGc();
            if (scheduler.getMetaData().getNumberOfJobsExecuted() != 0) {
                throw new IllegalStateException("Quartz ran jobs in standby");
            }
            System.out.printf("%sQuartz 2.3.2 (RAMJobStore): %,.0f bytes/job%n", label,
                    (scheduled - empty) / (double) jobs);
        } finally {
            scheduler.shutdown(false);
        }
    }
}
