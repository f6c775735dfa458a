package org.aioschedule.engine.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.aioschedule.Delivery;
import org.aioschedule.Job;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.Task;
import org.aioschedule.TaskContext;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.testing.TestTime;

/**
 * One seeded life of a manual engine with a commit window, cut by a power loss at a random second: jobs of every
 * delivery and misfire policy run for random durations, API jobs are defined and paused along the way; at the cut the
 * engine is abandoned as it is (nothing more reaches the store) and its runs in flight never end; after some time off
 * a new engine starts on what the store kept. Everything that ran is recorded for {@link PowerCutContract} to check.
 */
final class PowerCutScenario {

    static final Duration GRACE = Duration.ofSeconds(1);

    /** One run as a task saw it; {@code end} null while running (or cut). */
    static final class RunRecord {
        final String jobId;
        final Instant slot;
        final Instant start;
        final boolean beforeCut;
        Instant end;

        RunRecord(String jobId, Instant slot, Instant start, boolean beforeCut) {
            this.jobId = jobId;
            this.slot = slot;
            this.start = start;
            this.beforeCut = beforeCut;
        }

        @Override
        public String toString() {
            return jobId + " slot " + slot + " start " + start + " end " + end + (beforeCut ? " (before)" : "");
        }
    }

    /** A job as defined through the API before the cut. */
    static final class Defined {
        final String schedule;
        final Delivery delivery;
        final MisfirePolicy misfire;
        boolean paused;

        Defined(String schedule, Delivery delivery, MisfirePolicy misfire) {
            this.schedule = schedule;
            this.delivery = delivery;
            this.misfire = misfire;
        }
    }

    final long seed;
    final Duration window;
    final TestTime time = TestTime.at("2026-12-06T10:00:00Z");
    final List<RunRecord> runs = new ArrayList<>();
    final Map<String, Defined> defined = new LinkedHashMap<>();
    Instant cut;
    private final Random random;
    private final Map<CompletableFuture<Void>, Instant> ending = new LinkedHashMap<>();
    private boolean afterCut;
    private SchedulerEngine engine;
    private int nextId;

    PowerCutScenario(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.window = Duration.ofSeconds(new int[] {1, 5, 10, 30, 60, 300}[random.nextInt(6)]);
    }

    /** Runs the life before the cut on {@code store}; returns with the engine abandoned. */
    void runUntilCut(JobStore store) {
        engine = build(store);
        define(Delivery.AT_LEAST_ONCE, MisfirePolicy.RUN_ONCE);
        define(Delivery.AT_LEAST_ONCE, MisfirePolicy.RUN_ONCE);
        define(Delivery.AT_LEAST_ONCE, MisfirePolicy.RUN_ALL);
        define(Delivery.AT_LEAST_ONCE, MisfirePolicy.SKIP);
        define(Delivery.AT_MOST_ONCE, MisfirePolicy.RUN_ONCE);
        engine.flush();
        int seconds = 30 + random.nextInt(600);
        for (int s = 0; s < seconds; s++) {
            time.advance(Duration.ofSeconds(1));
            endDueRuns();
            if (random.nextInt(60) == 0) {
                define(random.nextBoolean() ? Delivery.AT_LEAST_ONCE : Delivery.AT_MOST_ONCE,
                        MisfirePolicy.values()[random.nextInt(3)]);
            }
            if (random.nextInt(90) == 0) {
                togglePause();
            }
            engine.runPending();
        }
        cut = time.instant();
        ending.clear();
        engine = null;
        afterCut = true;
    }

    /** After the time off, a new engine on {@code store} runs long enough for every job to run again. */
    void restartAndRun(JobStore store) {
        time.advance(Duration.ofSeconds(random.nextInt(120)));
        engine = build(store);
        long seconds = window.getSeconds() + 120;
        for (long s = 0; s < seconds; s++) {
            endDueRuns();
            engine.runPending();
            time.advance(Duration.ofSeconds(1));
        }
    }

    Optional<Job> jobAfterCut(String id) {
        return engine.job(id);
    }

    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public String toString() {
        return "seed " + seed + " (window " + window.getSeconds() + " s, cut at " + cut + ")";
    }

    private SchedulerEngine build(JobStore store) {
        return Schedulers.builder().clock(time).ticker(time).store(store).manual().misfireGrace(GRACE)
                .shutdownTimeout(Duration.ZERO).commitWindow(window).tasks(this::task).build();
    }

    private void define(Delivery delivery, MisfirePolicy misfire) {
        String id = "job-" + nextId++;
        int interval = misfire == MisfirePolicy.RUN_ALL ? 5 + random.nextInt(26) : 1 + random.nextInt(30);
        Job job = engine.every(interval).seconds().id(id).delivery(delivery).misfire(misfire).run(id);
        defined.put(id, new Defined(job.schedule(), delivery, misfire));
    }

    private void togglePause() {
        List<String> ids = new ArrayList<>(defined.keySet());
        String id = ids.get(random.nextInt(ids.size()));
        Defined job = defined.get(id);
        job.paused = !job.paused;
        if (job.paused) {
            engine.pause(id);
        } else {
            engine.resume(id);
        }
    }

    private Optional<Task> task(String pid) {
        return Optional.of(context -> start(pid, context));
    }

    private CompletableFuture<Void> start(String jobId, TaskContext context) {
        RunRecord run = new RunRecord(jobId, context.scheduledTime(), context.startTime(), !afterCut);
        runs.add(run);
        CompletableFuture<Void> done = new CompletableFuture<>();
        done.thenRun(() -> run.end = time.instant());
        int seconds = afterCut ? 0 : random.nextInt(12);
        if (seconds == 0) {
            done.complete(null);
        } else {
            ending.put(done, time.instant().plusSeconds(seconds));
        }
        return done;
    }

    private void endDueRuns() {
        List<CompletableFuture<Void>> due = new ArrayList<>();
        ending.forEach((run, at) -> {
            if (!at.isAfter(time.instant())) {
                due.add(run);
            }
        });
        due.forEach(ending::remove);
        due.forEach(run -> run.complete(null));
    }
}
