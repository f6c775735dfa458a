package org.aioschedule.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

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
 * Target 5: wake-ups while idle. Both schedulers hold {@code jobs} jobs due in an hour and sit idle side by side for
 * {@code seconds}. For aioschedule the wall clock it is given counts its reads (every dispatcher pass reads it); for
 * both, the CPU time of the dispatcher thread over the idle period is reported.
 */
final class Idle {

    private Idle() {
    }

    static void main(String[] args) throws Exception {
        int seconds = Bench.intArg(args, 0, 130);
        int jobs = Bench.intArg(args, 1, 1000);
        CountingClock clock = new CountingClock();
        Task noop = context -> null;
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "idle");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "4");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler quartz = new StdSchedulerFactory(properties).getScheduler();
        try (SchedulerEngine engine = Schedulers.builder().clock(clock).store(new MemoryJobStore())
                .tasks(pid -> Optional.of(noop)).build()) {
            for (int i = 0; i < jobs; i++) {
                engine.every().hour().id("job-" + i).run("noop");
                quartz.scheduleJob(JobBuilder.newJob(QuartzPeer.NoOpJob.class).withIdentity("job-" + i).build(),
                        TriggerBuilder.newTrigger().withIdentity("trigger-" + i)
                                .startAt(new java.util.Date(System.currentTimeMillis() + 3_600_000))
                                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever()).build());
            }
            quartz.start();
            Thread.sleep(2000);
            long reads = clock.reads.get();
            long ours = cpuNanos("aioschedule-dispatcher");
            long theirs = cpuNanos("QuartzSchedulerThread");
            System.out.printf("idle: %,d jobs due in an hour, %d s idle (after 2 s to settle)%n", jobs, seconds);
            Thread.sleep(seconds * 1000L);
            System.out.printf("aioschedule: %d wall-clock reads by the dispatcher, dispatcher CPU %.2f ms%n",
                    clock.reads.get() - reads, (cpuNanos("aioschedule-dispatcher") - ours) / 1e6);
            System.out.printf("Quartz 2.3.2: QuartzSchedulerThread CPU %.2f ms%n",
                    (cpuNanos("QuartzSchedulerThread") - theirs) / 1e6);
        } finally {
            quartz.shutdown(false);
        }
    }

    private static long cpuNanos(String threadNamePart) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(threadNamePart)) {
                total += threads.getThreadCpuTime(thread.getId());
            }
        }
        return total;
    }

    /** The system clock, counting its reads. */
    private static final class CountingClock extends Clock {
        final AtomicLong reads = new AtomicLong();

        @Override
        public Instant instant() {
            reads.incrementAndGet();
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
