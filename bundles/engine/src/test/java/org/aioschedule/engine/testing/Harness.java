package org.aioschedule.engine.testing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;

/** A manual engine on a settable clock with a table of tasks: the base of the engine's behaviour tests. */
public final class Harness implements AutoCloseable {

    public final TestTime time;
    public final Map<String, Task> tasks = new ConcurrentHashMap<>();
    public final JobStore store;
    public final ZoneId zone;
    public SchedulerEngine engine;

    public Harness(String start, ZoneId zone, JobStore store) {
        this.time = TestTime.at(start);
        this.zone = zone;
        this.store = store;
        this.engine = builder().build();
    }

    public Harness(String start) {
        this(start, ZoneId.of("UTC"), new MemoryJobStore());
    }

    public SchedulerBuilder builder() {
        return Schedulers.builder().clock(time).ticker(time).zone(zone).store(store).manual()
                .tasks(pid -> Optional.ofNullable(tasks.get(pid))).misfireGrace(Duration.ofSeconds(1))
                .shutdownTimeout(Duration.ZERO);
    }

    public RecordingTask task(String pid) {
        RecordingTask task = new RecordingTask();
        tasks.put(pid, task);
        return task;
    }

    /** Advances time in steps, running what is due after each, as a dispatcher would. */
    public void runFor(Duration total, Duration step) {
        for (Duration passed = Duration.ZERO; passed.compareTo(total) < 0; passed = passed.plus(step)) {
            time.advance(step);
            pending();
        }
    }

    /** Runs what is due; tasks run on this thread, so a task that returns no stage has ended on return. */
    public void pending() {
        engine.runPending();
    }

    /** Runs what is due and waits (bounded) until every run it started has ended. */
    public void pendingAndWait() {
        try {
            engine.runPending().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("runPending did not complete", e);
        }
    }

    /** A power cut: the engine is abandoned as it is, and a new one loads what the store holds. */
    public void crash() {
        engine = builder().build();
    }

    /** A reboot: the engine stops and a new one loads the same store. */
    public void restart() {
        engine.close();
        engine = builder().build();
    }

    @Override
    public void close() {
        engine.close();
    }
}
