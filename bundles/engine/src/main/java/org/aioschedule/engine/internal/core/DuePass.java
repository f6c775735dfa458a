package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.aioschedule.MisfirePolicy;
import org.aioschedule.ScheduleException;
import org.aioschedule.Task;
import org.aioschedule.engine.internal.core.Persister.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatch pass: checks the wall clock for jumps, ends runs past their timeout, removes jobs that waited too
 * long for their task, and starts what is due, applying each job's misfire policy to slots that are late beyond the
 * grace period.
 */
final class DuePass {

    private static final Logger LOG = LoggerFactory.getLogger(DuePass.class);

    private final JobTable table;
    private final Options options;
    private final TaskRuns runs;
    private final WaitingJobs waiting;
    private final MissedRuns missedRuns;
    private final ClockWatch watch;

    DuePass(JobTable table, Options options, TaskRuns runs, WaitingJobs waiting) {
        this.table = table;
        this.options = options;
        this.runs = runs;
        this.waiting = waiting;
        this.missedRuns = new MissedRuns(table, options);
        this.watch = new ClockWatch(options.clock.instant(), options.ticker.getAsLong());
    }

    /** Starts what is due now; the runs are returned to be launched ({@link TaskRuns#launch}). */
    List<Run> pass() {
        return table.locked(() -> {
            Instant now = options.clock.instant();
            checkJump(now);
            runs.expire(options.ticker.getAsLong());
            for (JobEntry expired : waiting.expire(now)) {
                table.remove(expired.definition.id);
            }
            List<Run> started = new ArrayList<>();
            startBacklog(now, started);
            JobEntry entry;
            while ((entry = table.firstDue()) != null && !entry.state.nextRun.isAfter(now)) {
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
        table.locked(() -> {
            checkJump(options.clock.instant());
            return null;
        });
    }

    /** Under the lock: nanoseconds until the next thing to do, at most the clock-check period. */
    long waitNanos() {
        long ticks = options.ticker.getAsLong();
        long wait = Options.CLOCK_CHECK.toNanos();
        JobEntry next = table.firstDue();
        if (next != null) {
            Duration due = Duration.between(options.clock.instant(), next.state.nextRun);
            wait = due.compareTo(Options.CLOCK_CHECK) < 0 ? Math.max(0, due.toNanos()) : wait;
        }
        long deadline = runs.nextDeadline();
        if (deadline != Long.MAX_VALUE) {
            wait = Math.min(wait, Math.max(0, deadline - ticks));
        }
        long writeAt = table.pendingWriteAt();
        if (writeAt != Long.MAX_VALUE) {
            wait = Math.min(wait, writeAt == Long.MIN_VALUE ? 0 : Math.max(0, writeAt - ticks));
        }
        return wait;
    }

    /** Under the lock: a run outside the schedule, which stays as it is. */
    Run startNow(JobEntry entry) {
        Optional<Task> task = runs.resolve(entry);
        if (!task.isPresent()) {
            throw new ScheduleException("Job \"" + entry.definition.id + "\" cannot run now: its task \""
                    + entry.definition.taskPid + "\" is not available (see the shell's schedule:tasks)");
        }
        return runs.start(entry, task.get(), options.clock.instant(), options.clock.instant(), false);
    }

    private void dispatch(JobEntry entry, Instant now, List<Run> started) {
        Instant slot = entry.state.nextRun;
        Instant until = entry.definition.spec.until();
        if (until != null && now.isAfter(until)) {
            missedRuns.report(entry, slot, MissedRuns.count(entry.slots, slot, until));
            schedule(entry, null, now, Urgency.WINDOW);
            return;
        }
        Optional<Task> task = runs.resolve(entry);
        if (!task.isPresent()) {
            waiting.start(entry, now, true);
            return;
        }
        int before = started.size();
        Instant next;
        if (Duration.between(slot, now).compareTo(options.misfireGrace) > 0) {
            next = misfire(entry, task.get(), slot, now, started);
        } else {
            startOrSkip(entry, task.get(), slot, now, started);
            next = entry.slots.next(slot);
            if (next != null && !next.isAfter(now)) {
                lateWithinGrace(entry, slot, next, now);
            }
        }
        if (next != null && !next.isAfter(now)) {
            next = entry.slots.firstAfter(now, slot);
        }
        schedule(entry, next, now, started.size() > before ? Urgency.WITH_NEXT : Urgency.WINDOW);
    }

    private Instant misfire(JobEntry entry, Task task, Instant slot, Instant now, List<Run> started) {
        MisfirePolicy policy = options.misfireOf(entry.definition);
        MissedRuns.Count count = MissedRuns.count(entry.slots, slot, now);
        long run = policy == MisfirePolicy.SKIP ? 0 : policy == MisfirePolicy.RUN_ONCE ? 1
                : Math.min(count.slots, Options.RUN_ALL_LIMIT);
        if (run > 0) {
            startOrSkip(entry, task, slot, now, started);
        }
        if (run > 1) {
            table.addBacklog(entry, entry.slots.next(slot), run - 1);
        }
        if (count.slots > run) {
            missedRuns.report(entry, slot, count.less(run));
        }
        return entry.slots.firstAfter(now, slot);
    }

    /**
     * The slots from {@code late} to now, due too when a run within the grace period started for {@code ran}:
     * run one after another (RUN_ALL, unless the job is already catching up) or reported missed.
     */
    private void lateWithinGrace(JobEntry entry, Instant ran, Instant late, Instant now) {
        MisfirePolicy policy = options.misfireOf(entry.definition);
        MissedRuns.Count count = MissedRuns.count(entry.slots, late, now);
        long run = policy == MisfirePolicy.RUN_ALL && entry.backlog == 0 ? Math.min(count.slots,
                Options.RUN_ALL_LIMIT) : 0;
        if (run > 0) {
            table.addBacklog(entry, late, run);
        }
        if (count.slots > run) {
            missedRuns.report(entry, policy == MisfirePolicy.SKIP ? late : ran, count.less(run));
        }
    }

    private void startOrSkip(JobEntry entry, Task task, Instant slot, Instant now, List<Run> started) {
        if (entry.atMaxInstances()) {
            runs.skip(entry, slot, now);
        } else {
            started.add(runs.start(entry, task, slot, now, true));
        }
    }

    private void startBacklog(Instant now, List<Run> started) {
        for (Iterator<JobEntry> it = table.backlog(); it.hasNext();) {
            JobEntry entry = it.next();
            Optional<Task> task = runs.resolve(entry);
            if (entry.state.paused || !task.isPresent() || entry.atMaxInstances()) {
                continue;
            }
            started.add(runs.start(entry, task.get(), entry.backlogSlot, now, false));
            entry.backlogSlot = entry.slots.next(entry.backlogSlot);
            if (--entry.backlog == 0 || entry.backlogSlot == null) {
                it.remove();
            }
        }
    }

    /** The job's next run is {@code next}; the change is written as {@code urgency} says. */
    private void schedule(JobEntry entry, Instant next, Instant now, Urgency urgency) {
        Instant until = entry.definition.spec.until();
        if (next == null || !next.isAfter(now) || (until != null && next.isAfter(until))) {
            entry.state.finished = true;
            entry.state.nextRun = null;
            LOG.info("Job {} has no further run and is finished", entry.definition.id);
        } else {
            entry.state.nextRun = next;
        }
        table.rescheduled(entry, urgency);
    }

    private void checkJump(Instant now) {
        Duration jump = watch.check(now, options.ticker.getAsLong());
        if (jump.isZero()) {
            return;
        }
        boolean correction = jump.isNegative() && jump.abs().compareTo(Options.BACKWARD_TOLERANCE) > 0;
        LOG.warn("The wall clock jumped {} by {}; interval jobs keep their pace{}", jump.isNegative() ? "back"
                : "forward", DurationWords.of(jump.abs()), correction
                        ? ", calendar jobs resume from the corrected time" : "");
        for (JobEntry entry : table.entries()) {
            Instant next = entry.state.nextRun;
            if (next == null) {
                continue;
            }
            if (entry.definition.spec.measuresElapsedTime()) {
                entry.state.nextRun = next.plus(jump);
            } else if (correction) {
                entry.state.nextRun = entry.slots.firstAfter(now, next);
            }
            table.rescheduled(entry, Urgency.NOW);
        }
    }

    private void fail(JobEntry entry, RuntimeException e) {
        LOG.error("Job {} cannot be scheduled any more and is finished", entry.definition.id, e);
        entry.state.finished = true;
        entry.state.nextRun = null;
        table.rescheduled(entry, Urgency.NOW);
        table.problem(entry.definition.id, "Job " + entry.definition.id + " cannot be scheduled any more: " + e);
    }
}
