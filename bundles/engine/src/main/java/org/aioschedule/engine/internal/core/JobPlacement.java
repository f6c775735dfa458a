package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.aioschedule.Delivery;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.schedule.ScheduleSpec;
import org.aioschedule.engine.internal.schedule.Slots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a job's next run lies when it is defined: a new job starts its schedule from now; a redefined or reclaimed
 * job keeps its state while its schedule stays the same. A stored time is trusted only as far as the clock rules
 * allow: a last run in the future beyond the backward tolerance is a clock correction, and an interval job never
 * waits longer than one interval. A run cut short by a restart is set as the entry's backlog (at-least-once).
 */
final class JobPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(JobPlacement.class);

    private final Options options;

    JobPlacement(Options options) {
        this.options = options;
    }

    /** Whether a job keeps its state across a new definition: its schedule reads the same. */
    static boolean sameSchedule(String schedule, JobDefinition definition) {
        return schedule.equals(definition.spec.toString());
    }

    /** The entry of a job defined anew, with the stored state its owner left ({@code null}: none). */
    JobEntry place(JobDefinition definition, StoredJob stored) {
        JobEntry entry = new JobEntry(definition, null);
        if (stored == null) {
            firstRun(entry);
        } else {
            restore(entry, stored, sameSchedule(stored.schedule, definition));
        }
        return entry;
    }

    /** A job defined again while in the table. */
    void redefine(JobEntry existing, JobDefinition definition) {
        boolean same = sameSchedule(existing.definition.spec.toString(), definition);
        existing.definition = definition;
        if (same) {
            attachSlots(existing);
        } else {
            firstRun(existing);
        }
    }

    /** The entry of an API job brought back from the store. */
    JobEntry restore(JobDefinition definition, StoredJob stored) {
        JobEntry entry = new JobEntry(definition, null);
        restore(entry, stored, true);
        return entry;
    }

    /**
     * The slots of the entry's schedule. A daily or weekly job without {@code at} keeps the time of day it was
     * created at, so a DST shift of one slot does not move the following ones.
     */
    private void attachSlots(JobEntry entry) {
        ScheduleSpec spec = entry.definition.spec;
        if (spec.needsTimeOfDay() && entry.state.timeOfDay == null) {
            Instant from = entry.state.nextRun != null ? entry.state.nextRun : options.clock.instant();
            ZoneId zone = spec.zone() != null ? spec.zone() : options.zone;
            entry.state.timeOfDay = LocalTime.from(from.atZone(zone)).withNano(0);
        }
        entry.slots = Slots.of(spec, options.zone, options.random, entry.state.timeOfDay);
    }

    private void firstRun(JobEntry entry) {
        Instant now = options.clock.instant();
        entry.state.timeOfDay = null;
        entry.state.nextRun = null;
        attachSlots(entry);
        Instant first = entry.slots.first(now);
        Instant until = entry.definition.spec.until();
        if (first == null || (until != null && first.isAfter(until))) {
            throw new ScheduleValueException("Job " + entry.definition.id + " would never run: its first run "
                    + (first == null ? "does not exist" : "at " + first + " is after its deadline " + until)
                    + "; give a later deadline or a shorter interval, for example \"every 10 minutes until "
                    + "2030-01-31 18:00\"");
        }
        entry.state.nextRun = first;
        entry.state.finished = false;
    }

    private void restore(JobEntry entry, StoredJob stored, boolean sameSchedule) {
        RunState state = entry.state;
        state.copyFrom(stored.state);
        state.history = state.history.limit(options.historyRuns);
        attachSlots(entry);
        Instant now = options.clock.instant();
        if (!sameSchedule) {
            firstRun(entry);
        } else if (state.nextRun != null && state.nextRun.isAfter(now) && trustsNoFuture(entry, now)) {
            state.nextRun = entry.slots.firstAfter(now, state.nextRun);
        }
        Instant cut = state.inFlight;
        state.inFlight = null;
        if (cut == null) {
            return;
        }
        if (options.deliveryOf(entry.definition) == Delivery.AT_LEAST_ONCE) {
            LOG.info("Job {} was cut short at {} by a restart; it runs again (at-least-once)", stored.id, cut);
            entry.backlogSlot = cut;
            entry.backlog = 1;
        } else {
            state.ended(new Outcome(Result.FAILED, state.lastStart == null ? cut : state.lastStart, now,
                    "cut short by a restart; not repeated (at-most-once delivery)"), options.historyRuns);
        }
    }

    /** Whether a stored next run in the future must be recomputed from now rather than waited for. */
    private boolean trustsNoFuture(JobEntry entry, Instant now) {
        if (entry.definition.spec.measuresElapsedTime()) {
            return true;
        }
        Instant last = entry.state.lastStart;
        return last != null && last.isAfter(now.plus(Options.BACKWARD_TOLERANCE));
    }
}
