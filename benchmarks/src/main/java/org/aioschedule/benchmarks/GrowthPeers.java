package org.aioschedule.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Target 4 for the in-memory peers (aioschedule's own is {@code growth}): the peer holds {@code size} jobs, all but
 * {@code due} of them due in an hour; each round hands it {@code due} one-shot jobs due now and times them until the
 * last has run, in nanoseconds per run (4 task threads). Quartz 2.3.2 RAMJobStore and the executor; the database
 * peers are left out (a million rows take minutes to insert, and their cost per run is the database's).
 */
final class GrowthPeers {

    private GrowthPeers() {
    }

    static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "1000,1000000";
        int due = Bench.intArg(args, 1, 1000);
        int rounds = Bench.intArg(args, 2, 5);
        System.out.printf("growth-peers: %,d jobs due per round, 2 warm-up + %d rounds%n", due, rounds);
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim().replace("_", ""));
            System.out.printf("Quartz 2.3.2 RAMJobStore, %,d jobs: %s%n", n,
                    Bench.summary(quartz(n, due, rounds), "ns per run"));
            System.out.printf("ScheduledThreadPoolExecutor, %,d jobs: %s%n", n,
                    Bench.summary(executor(n, due, rounds), "ns per run"));
        }
    }

    private static List<Double> quartz(int size, int due, int rounds) throws Exception {
        Scheduler scheduler = new QuartzPeer(false, 4, 1).create("growth", null);
        try {
            Map<JobDetail, Set<? extends Trigger>> later = new LinkedHashMap<>();
            Date inAnHour = new Date(System.currentTimeMillis() + 3_600_000);
            for (int i = 0; i < size - due; i++) {
                later.put(JobBuilder.newJob(QuartzPeer.NoOpJob.class).withIdentity("later-" + i).build(),
                        Set.of(TriggerBuilder.newTrigger().withIdentity("later-" + i).startAt(inAnHour)
                                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever()).build()));
            }
            scheduler.scheduleJobs(later, false);
            scheduler.start();
            List<Double> results = new ArrayList<>();
            for (int round = 0; round < rounds + 2; round++) {
                Map<JobDetail, Set<? extends Trigger>> now = new LinkedHashMap<>();
                Date start = new Date();
                for (int i = 0; i < due; i++) {
                    now.put(JobBuilder.newJob(QuartzPeer.NoOpJob.class).withIdentity("now-" + round + "-" + i)
                            .build(), Set.of(TriggerBuilder.newTrigger().withIdentity("now-" + round + "-" + i)
                                    .startAt(start).build()));
                }
                Runs.expect(due);
                long begin = System.nanoTime();
                scheduler.scheduleJobs(now, false);
                Runs.await("Quartz", Duration.ofMinutes(5));
                if (round >= 2) {
                    results.add((System.nanoTime() - begin) / (double) due);
                }
            }
            return results;
        } finally {
            scheduler.shutdown(true);
        }
    }

    private static List<Double> executor(int size, int due, int rounds) throws Exception {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4);
        try {
            executor.prestartAllCoreThreads();
            for (int i = 0; i < size - due; i++) {
                executor.scheduleAtFixedRate(() -> { }, 3600, 3600, TimeUnit.SECONDS);
            }
            List<Double> results = new ArrayList<>();
            Runnable noop = Runs::ran;
            for (int round = 0; round < rounds + 2; round++) {
                Runs.expect(due);
                long begin = System.nanoTime();
                for (int i = 0; i < due; i++) {
                    executor.schedule(noop, 0, TimeUnit.NANOSECONDS);
                }
                Runs.await("executor", Duration.ofMinutes(5));
                if (round >= 2) {
                    results.add((System.nanoTime() - begin) / (double) due);
                }
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
