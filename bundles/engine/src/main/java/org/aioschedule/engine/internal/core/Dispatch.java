package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aioschedule.MisfirePolicy;
import org.aioschedule.ScheduleException;
import org.aioschedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatch pass: checks the wall clock for jumps, ends runs past their timeout, and starts what is due, applying
 * each job's misfire policy to slots that are late beyond the grace period.
 */
final class Dispatch {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);
    private static final long MISSED_COUNT_LIMIT = 10_000;

    private final Engine engine;
    private final Options options;
    private final Runners runners;
    private final ClockWatch watch;
    private final Set<JobEntry> backlogged = new LinkedHashSet<>();

    Dispatch(Engine engine, Runners runners) {
        this.engine = engine;
        this.options = engine.options;
        this.runners = runners;
        this.watch = new ClockWatch(options.clock.instant(), options.ticker.getAsLong());
    }

    /** Starts what is due now; the runs are returned to be launched once their start is written. */
    List<Run> pass() {
        return engine.guard.locked(() -> {
            Instant now = options.clock.instant();
            checkJump(now);
            runners.expire(options.ticker.getAsLong());
            engine.waiting.expire(now);
            List<Run> started = new ArrayList<>();
            startBacklog(now, started);
            JobEntry entry;
            while ((entry = engine.queue.peek()) != null && !entry.state.nextRun.isAfter(now)) {
                try {
                    dispatch(entry, now, started);
                } catch (RuntimeException e) {
                    fail(entry, e);
                }
            }
            return started;
        });
    }

    void checkClock() {
        engine.guard.locked(() -> {
            checkJump(options.clock.instant());
            return null;
        });
    }

    /** Under the lock: nanoseconds until the next thing to do, at most the clock-check period. */
    long waitNanos() {
        long ticks = options.ticker.getAsLong();
        long wait = Options.CLOCK_CHECK.toNanos();
        JobEntry next = engine.queue.peek();
        if (next != null) {
            Duration due = Duration.between(options.clock.instant(), next.state.nextRun);
            wait = due.compareTo(Options.CLOCK_CHECK) < 0 ? Math.max(0, due.toNanos()) : wait;
        }
        long deadline = runners.nextDeadline();
        if (deadline != Long.MAX_VALUE) {
            wait = Math.min(wait, Math.max(0, deadline - ticks));
        }
        long writeAt = engine.persister.pendingAt();
        if (writeAt != Long.MAX_VALUE) {
            wait = Math.min(wait, writeAt == Long.MIN_VALUE ? 0 : Math.max(0, writeAt - ticks));
        }
        return wait;
    }

    /** Under the lock: a run outside the schedule, which stays as it is. */
    Run startNow(JobEntry entry) {
        Optional<Task> task = runners.resolve(entry);
        if (!task.isPresent()) {
            throw new ScheduleException("Job \"" + entry.definition.id + "\" cannot run now: its task \""
                    + entry.definition.taskPid + "\" is not available (see the shell's schedule:tasks)");
        }
        return runners.start(entry, task.get(), options.clock.instant(), options.clock.instant());
    }

    /** Under the lock: catch-up runs (RUN_ALL) and re-runs of runs cut short by a restart are pending. */
    void addBacklog(JobEntry entry, Instant firstSlot, long count) {
        entry.backlogSlot = firstSlot;
        entry.backlog = count;
        backlogged.add(entry);
    }

    /** Under the lock: whether catch-up runs are waiting to start. */
    boolean hasBacklog() {
        return !backlogged.isEmpty();
    }

    void forget(JobEntry entry) {
        backlogged.remove(entry);
    }

    private void dispatch(JobEntry entry, Instant now, List<Run> started) {
        Instant slot = entry.state.nextRun;
        Instant until = entry.definition.spec.until();
        if (until != null && now.isAfter(until)) {
            missed(entry, slot, entry.slots.count(slot, until, MISSED_COUNT_LIMIT));
            schedule(entry, null, now);
            return;
        }
        Optional<Task> task = runners.resolve(entry);
        if (!task.isPresent()) {
            engine.waiting.start(entry, now, true);
            return;
        }
        Instant next;
        if (Duration.between(slot, now).compareTo(options.misfireGrace) > 0) {
            next = misfire(entry, task.get(), slot, now, started);
        } else {
            startOrSkip(entry, task.get(), slot, now, started);
            next = entry.slots.next(slot);
        }
        if (next != null && !next.isAfter(now)) {
            next = entry.slots.firstAfter(now, slot);
        }
        schedule(entry, next, now);
    }

    private Instant misfire(JobEntry entry, Task task, Instant slot, Instant now, List<Run> started) {
        MisfirePolicy policy = options.misfireOf(entry.definition);
        long count = entry.slots.count(slot, now, MISSED_COUNT_LIMIT);
        long run = policy == MisfirePolicy.SKIP ? 0 : policy == MisfirePolicy.RUN_ONCE ? 1
                : Math.min(count, Options.RUN_ALL_LIMIT);
        if (run > 0) {
            startOrSkip(entry, task, slot, now, started);
        }
        if (run > 1) {
            addBacklog(entry, entry.slots.next(slot), run - 1);
        }
        if (count > run) {
            missed(entry, slot, count - run);
        }
        return entry.slots.firstAfter(now, slot);
    }

    private void startOrSkip(JobEntry entry, Task task, Instant slot, Instant now, List<Run> started) {
        if (entry.running >= entry.definition.maxInstances) {
            runners.skip(entry, slot, now);
        } else {
            started.add(runners.start(entry, task, slot, now));
        }
    }

    private void startBacklog(Instant now, List<Run> started) {
        for (Iterator<JobEntry> it = backlogged.iterator(); it.hasNext();) {
            JobEntry entry = it.next();
            Optional<Task> task = runners.resolve(entry);
            if (entry.state.paused || !task.isPresent() || entry.running >= entry.definition.maxInstances) {
                continue;
            }
            started.add(runners.start(entry, task.get(), entry.backlogSlot, now));
            entry.backlogSlot = entry.slots.next(entry.backlogSlot);
            if (--entry.backlog == 0 || entry.backlogSlot == null) {
                it.remove();
            }
        }
    }

    private void schedule(JobEntry entry, Instant next, Instant now) {
        Instant until = entry.definition.spec.until();
        if (next == null || !next.isAfter(now) || (until != null && next.isAfter(until))) {
            entry.state.finished = true;
            entry.state.nextRun = null;
            LOG.info("Job {} has no further run and is finished", entry.definition.id);
        } else {
            entry.state.nextRun = next;
        }
        engine.queue.update(entry);
        engine.persister.changed(entry.definition.id);
    }

    private void missed(JobEntry entry, Instant firstMissed, long count) {
        LOG.info("Job {} missed {} runs from {} on ({} policy)", entry.definition.id,
                count >= MISSED_COUNT_LIMIT ? "at least " + count : count, firstMissed,
                options.misfireOf(entry.definition));
        if (engine.guard.hasListeners()) {
            JobView view = new JobView(entry);
            engine.guard.event(listener -> listener.missed(view, firstMissed, count));
        }
    }

    private void checkJump(Instant now) {
        Duration jump = watch.check(now, options.ticker.getAsLong());
        if (jump.isZero()) {
            return;
        }
        boolean correction = jump.isNegative() && jump.abs().compareTo(Options.BACKWARD_TOLERANCE) > 0;
        LOG.warn("The wall clock jumped by {}; interval jobs keep their pace{}", jump,
                correction ? ", calendar jobs resume from the corrected time" : "");
        for (JobEntry entry : engine.jobs.values()) {
            Instant next = entry.state.nextRun;
            if (next == null) {
                continue;
            }
            if (entry.definition.spec.measuresElapsedTime()) {
                entry.state.nextRun = next.plus(jump);
            } else if (correction) {
                entry.state.nextRun = entry.slots.firstAfter(now, next);
            }
            engine.queue.update(entry);
            engine.persister.changed(entry.definition.id);
        }
    }

    private void fail(JobEntry entry, RuntimeException e) {
        LOG.error("Job {} cannot be scheduled any more and is finished", entry.definition.id, e);
        entry.state.finished = true;
        entry.state.nextRun = null;
        engine.queue.update(entry);
        engine.persister.changed(entry.definition.id);
        engine.guard.problem(entry.definition.id, "Job " + entry.definition.id + " cannot be scheduled any more: " + e);
    }
}
