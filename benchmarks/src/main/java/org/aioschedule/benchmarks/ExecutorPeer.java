package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The floor: a ScheduledThreadPoolExecutor, no persistence, no job model. A throughput round occupies every thread,
 * queues the no-op tasks with no delay, and times from releasing the threads to the end of the last run. Lateness:
 * fixed-rate tasks, measured on the monotonic clock.
 */
final class ExecutorPeer implements Peer {

    private final int threads;
    private ScheduledThreadPoolExecutor executor;

    ExecutorPeer(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "ScheduledThreadPoolExecutor (the floor)";
    }

    @Override
    public double throughputRound(int jobs) throws Exception {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(threads);
            executor.prestartAllCoreThreads();
        }
        CountDownLatch gate = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            executor.execute(() -> awaitQuietly(gate));
        }
        Runnable noop = Runs::ran;
        for (int i = 0; i < jobs; i++) {
            executor.schedule(noop, 0, TimeUnit.NANOSECONDS);
        }
        long start = System.nanoTime();
        gate.countDown();
        Runs.await(name(), Duration.ofMinutes(10));
        return jobs / ((System.nanoTime() - start) / 1e9);
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Lateness lateness(int jobs, Duration warmup, Duration measured) throws Exception {
        ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(threads);
        try {
            Instant originWall = Instant.now();
            long originNanos = System.nanoTime();
            long firstNanos = originNanos + TimeUnit.SECONDS.toNanos(1);
            for (int i = 0; i < jobs; i++) {
                own.scheduleAtFixedRate(new Tick(originWall, originNanos, firstNanos), firstNanos - System.nanoTime(),
                        TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
            }
            return Runs.measureLateness(jobs, warmup, measured);
        } finally {
            own.shutdownNow();
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** One fixed-rate task: knows when its next run is due, on the monotonic clock mapped to the wall clock. */
    private static final class Tick implements Runnable {
        private final Instant originWall;
        private final long originNanos;
        private long dueNanos;

        Tick(Instant originWall, long originNanos, long firstNanos) {
            this.originWall = originWall;
            this.originNanos = originNanos;
            this.dueNanos = firstNanos;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            Runs.lateness().record(originWall.plusNanos(dueNanos - originNanos),
                    originWall.plusNanos(now - originNanos));
            dueNanos += TimeUnit.SECONDS.toNanos(1);
        }
    }
}
