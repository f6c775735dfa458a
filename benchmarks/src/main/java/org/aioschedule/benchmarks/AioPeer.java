package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;

/**
 * aioschedule's threaded engine, on a MemoryJobStore or a FileJobStore. For throughput it runs on a settable clock
 * (a round advances it by the jobs' interval and wakes the dispatcher, so the same jobs fall due again at once); for
 * lateness, on the real clock.
 */
final class AioPeer implements Peer {

    private static final Task NOOP = context -> {
        Runs.ran();
        return null;
    };
    private static final Task RECORD = context -> {
        Runs.lateness().started(context.scheduledTime());
        return null;
    };

    private final boolean durable;
    private final int threads;
    private SettableTime time;
    private SchedulerEngine engine;
    private int scheduled;

    AioPeer(boolean durable, int threads) {
        this.durable = durable;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "aioschedule (threaded engine, " + (durable ? "FileJobStore" : "MemoryJobStore") + ")";
    }

    @Override
    public double throughputRound(int jobs) throws Exception {
        if (engine == null || scheduled != jobs) {
            close();
            time = new SettableTime(Instant.parse("2030-01-01T00:00:00Z"));
            engine = builder().clock(time).ticker(time::ticks).tasks(pid -> Optional.of(NOOP)).build();
            for (int i = 0; i < jobs; i++) {
                engine.every(10).seconds().id("job-" + i).run("noop");
            }
            scheduled = jobs;
            settle();
        }
        long start = System.nanoTime();
        time.advance(Duration.ofSeconds(10));
        engine.checkClock();
        Runs.await(name(), Duration.ofMinutes(10));
        double perSecond = jobs / ((System.nanoTime() - start) / 1e9);
        settle();
        return perSecond;
    }

    private void settle() throws Exception {
        Thread.sleep(300);
        engine.flush();
    }

    @Override
    public Lateness lateness(int jobs, Duration warmup, Duration measured) throws Exception {
        try (SchedulerEngine real = builder().tasks(pid -> Optional.of(RECORD)).build()) {
            for (int i = 0; i < jobs; i++) {
                real.every(1).second().id("tick-" + i).run("tick");
            }
            return Runs.measureLateness(jobs, warmup, measured);
        }
    }

    private SchedulerBuilder builder() throws Exception {
        JobStore store = durable ? new FileJobStore(TempDirs.create("aioschedule-bench"))
                : new MemoryJobStore();
        return Schedulers.builder().threads(threads).store(store);
    }

    @Override
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
