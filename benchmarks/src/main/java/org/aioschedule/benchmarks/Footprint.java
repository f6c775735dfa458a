package org.aioschedule.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Targets 5 and 8: every peer, started one after the other in this JVM with {@code jobs} jobs due in an hour (4 task
 * threads each, the peers' own defaults otherwise), then all idle side by side for {@code seconds}. Printed per
 * peer: the threads it started (by name) and their CPU time over the idle period; for aioschedule also the wall-clock
 * reads of its dispatcher (each pass reads the clock twice).
 */
final class Footprint {

    private Footprint() {
    }

    static void main(String[] args) throws Exception {
        int seconds = Bench.intArg(args, 0, 130);
        int jobs = Bench.intArg(args, 1, 1000);
        List<Started> started = new ArrayList<>();
        List<AutoCloseable> resources = new ArrayList<>();
        CountingClock clock = new CountingClock();
        try {
            started.add(start("aioschedule, MemoryJobStore", () -> aio(new MemoryJobStore(), clock, jobs, resources)));
            started.add(start("aioschedule, FileJobStore", () -> aio(new FileJobStore(
                    TempDirs.create("aioschedule-idle")), Clock.systemUTC(), jobs, resources)));
            started.add(start("Quartz 2.3.2, RAMJobStore", () -> quartz(false, jobs, resources)));
            started.add(start("Quartz 2.3.2, JobStoreTX on a file H2", () -> quartz(true, jobs, resources)));
            started.add(start("db-scheduler 16.12.0, file H2, default polling (10 s)", () -> dbScheduler(jobs,
                    resources)));
            started.add(start("ScheduledThreadPoolExecutor", () -> executor(jobs, resources)));
            Thread.sleep(2000);
            long reads = clock.reads.get();
            started.forEach(Started::mark);
            System.out.printf("footprint and idle: %,d jobs due in an hour per peer, %d s idle side by side%n", jobs,
                    seconds);
            Thread.sleep(seconds * 1000L);
            for (Started peer : started) {
                System.out.printf("%s: %d threads %s; their CPU while idle %.2f ms%n", peer.name, peer.threads.size(),
                        peer.names(), peer.cpuSinceMark() / 1e6);
            }
            System.out.printf("aioschedule, MemoryJobStore: %d wall-clock reads by the dispatcher while idle%n",
                    clock.reads.get() - reads);
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
        }
    }

    private static Started start(String name, Starter starter) throws Exception {
        Set<Long> before = threadIds();
        starter.start();
        Thread.sleep(500);
        Set<Thread> threads = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread.getId())) {
                threads.add(thread);
            }
        }
        return new Started(name, threads);
    }

    private static void aio(JobStore store, Clock clock, int jobs, List<AutoCloseable> resources) {
        SchedulerEngine engine = Schedulers.builder().clock(clock).threads(4).store(store)
                .tasks(pid -> Optional.of(context -> null)).build();
        resources.add(engine);
        for (int i = 0; i < jobs; i++) {
            engine.every().hour().id("job-" + i).run("noop");
        }
    }

    private static void quartz(boolean jdbc, int jobs, List<AutoCloseable> resources) throws Exception {
        H2Database database = jdbc ? QuartzPeer.quartzDatabase() : null;
        if (database != null) {
            resources.add(database);
        }
        Scheduler scheduler = new QuartzPeer(jdbc, 4, 1).create("idle", database);
        resources.add(() -> scheduler.shutdown(true));
        for (int i = 0; i < jobs; i++) {
            scheduler.scheduleJob(JobBuilder.newJob(QuartzPeer.NoOpJob.class).withIdentity("job-" + i).build(),
                    TriggerBuilder.newTrigger().withIdentity("trigger-" + i)
                            .startAt(new Date(System.currentTimeMillis() + 3_600_000))
                            .withSchedule(SimpleScheduleBuilder.repeatHourlyForever()).build());
        }
        scheduler.start();
    }

    private static void dbScheduler(int jobs, List<AutoCloseable> resources) throws Exception {
        H2Database database = DbSchedulerPeer.schedulerDatabase();
        resources.add(database);
        RecurringTask<Void> hourly = Tasks.recurring("hourly", Schedules.fixedDelay(java.time.Duration.ofHours(1)))
                .execute((instance, context) -> { });
        com.github.kagkarlsson.scheduler.Scheduler scheduler = com.github.kagkarlsson.scheduler.Scheduler
                .create(database.pool()).startTasks(hourly).threads(4).build();
        resources.add(scheduler::stop);
        SchedulerClient client = SchedulerClient.Builder.create(database.pool(), hourly).build();
        for (int i = 1; i < jobs; i++) {
            client.schedule(hourly.instance("job-" + i), Instant.now().plusSeconds(3600));
        }
        scheduler.start();
    }

    private static void executor(int jobs, List<AutoCloseable> resources) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4);
        resources.add(executor::shutdownNow);
        for (int i = 0; i < jobs; i++) {
            executor.scheduleAtFixedRate(() -> { }, 3600, 3600, TimeUnit.SECONDS);
        }
    }

    private static Set<Long> threadIds() {
        Set<Long> ids = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            ids.add(thread.getId());
        }
        return ids;
    }

    private interface Starter {
        void start() throws Exception;
    }

    private static final class Started {
        final String name;
        final Set<Thread> threads;
        long cpuAtMark;

        Started(String name, Set<Thread> threads) {
            this.name = name;
            this.threads = threads;
        }

        void mark() {
            cpuAtMark = cpu();
        }

        long cpuSinceMark() {
            return cpu() - cpuAtMark;
        }

        private long cpu() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long total = 0;
            for (Thread thread : threads) {
                long nanos = mx.getThreadCpuTime(thread.getId());
                total += Math.max(0, nanos);
            }
            return total;
        }

        String names() {
            TreeMap<String, Integer> byName = new TreeMap<>();
            for (Thread thread : threads) {
                String name = thread.getName().replaceAll(" /.*", "").replaceAll("[-_]?\\d+$", "-N");
                byName.merge(name, 1, Integer::sum);
            }
            return byName.toString();
        }
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
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
