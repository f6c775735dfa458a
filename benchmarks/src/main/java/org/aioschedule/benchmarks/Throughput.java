package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.MemoryJobStore;
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
 * Target 1: no-op jobs fired per second when many are due at once, aioschedule's threaded engine against Quartz's
 * StdScheduler with RAMJobStore, same task-thread count. A round makes {@code jobs} jobs due at the same instant and
 * times from that instant until the last run has ended.
 */
final class Throughput {

    private static volatile CountDownLatch remaining;

    private Throughput() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 10_000);
        int threads = Bench.intArg(args, 1, 4);
        int warmups = Bench.intArg(args, 2, 3);
        int rounds = Bench.intArg(args, 3, 5);
        int quartzBatch = Bench.intArg(args, 4, 1);
        System.out.printf("throughput: %,d no-op jobs due at once, %d task threads, %d warm-up + %d rounds%n", jobs,
                threads, warmups, rounds);
        List<Double> ours = aioschedule(jobs, threads, warmups, rounds);
        System.out.println("aioschedule (threaded engine, MemoryJobStore): " + Bench.summary(ours, "jobs/s"));
        List<Double> theirs = quartz(jobs, threads, warmups, rounds, quartzBatch);
        System.out.println("Quartz 2.3.2 (StdScheduler, RAMJobStore, batchTriggerAcquisitionMaxCount=" + quartzBatch
                + "): " + Bench.summary(theirs, "jobs/s"));
        System.out.printf("ratio of medians: %.2f%n", median(ours) / median(theirs));
    }

    private static List<Double> aioschedule(int jobs, int threads, int warmups, int rounds) throws Exception {
        SettableTime time = new SettableTime(Instant.parse("2030-01-01T00:00:00Z"));
        Task noop = context -> {
            remaining.countDown();
            return null;
        };
        List<Double> results = new ArrayList<>();
        try (SchedulerEngine engine = Schedulers.builder().clock(time).ticker(time::ticks).threads(threads)
                .store(new MemoryJobStore()).tasks(pid -> Optional.of(noop)).build()) {
            for (int i = 0; i < jobs; i++) {
                engine.every(10).seconds().id("job-" + i).run("noop");
            }
            settle(engine);
            for (int round = 0; round < warmups + rounds; round++) {
                remaining = new CountDownLatch(jobs);
                long start = System.nanoTime();
                time.advance(Duration.ofSeconds(10));
                engine.checkClock();
                if (!remaining.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("aioschedule: " + remaining.getCount() + " runs never came");
                }
                double perSecond = jobs / ((System.nanoTime() - start) / 1e9);
                if (round >= warmups) {
                    results.add(perSecond);
                }
                settle(engine);
            }
        }
        return results;
    }

    private static void settle(SchedulerEngine engine) throws InterruptedException {
        Thread.sleep(300);
        engine.flush();
    }

    private static List<Double> quartz(int jobs, int threads, int warmups, int rounds, int batch) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "bench");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(batch));
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.start();
        List<Double> results = new ArrayList<>();
        try {
            for (int round = 0; round < warmups + rounds; round++) {
                long fireAt = System.currentTimeMillis() + 3000;
                Map<JobDetail, Set<? extends Trigger>> batchOfJobs = new LinkedHashMap<>();
                for (int i = 0; i < jobs; i++) {
                    JobDetail job = JobBuilder.newJob(NoOpJob.class).withIdentity("job-" + i, "round-" + round)
                            .build();
                    Trigger trigger = TriggerBuilder.newTrigger().withIdentity("trigger-" + i, "round-" + round)
                            .startAt(new java.util.Date(fireAt))
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule()).build();
                    batchOfJobs.put(job, Set.of(trigger));
                }
                remaining = new CountDownLatch(jobs);
                scheduler.scheduleJobs(batchOfJobs, false);
                long wait = fireAt - System.currentTimeMillis();
                if (wait < 500) {
                    throw new IllegalStateException("scheduling took too long; fire time already near: " + wait);
                }
                if (!remaining.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("Quartz: " + remaining.getCount() + " runs never came");
                }
                double perSecond = jobs / ((System.currentTimeMillis() - fireAt) / 1e3);
                if (round >= warmups) {
                    results.add(perSecond);
                }
                Thread.sleep(300);
            }
        } finally {
            scheduler.shutdown(true);
        }
        return results;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** Quartz instantiates it by reflection for every run. */
    public static final class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            remaining.countDown();
        }
    }
}
