package org.aioschedule.engine.internal.core;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.ScheduleException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.codec.JobCodec;
import org.aioschedule.engine.internal.codec.StoredJob;
import org.aioschedule.engine.internal.schedule.ScheduleParser;
import org.aioschedule.engine.internal.schedule.ScheduleSpec;
import org.aioschedule.engine.internal.schedule.Slots;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings stored state back: API jobs are recreated from their stored definition at start; the state of configured
 * and whiteboard jobs waits until their owner defines them again. A stored time is trusted only as far as the
 * clock rules allow: a last run in the future beyond the backward tolerance is a clock correction, and an interval
 * job never waits longer than one interval.
 */
final class Restorer {

    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);

    private final Engine engine;
    private final Options options;
    private final ScheduleParser parser;
    private final Map<String, StoredJob> unclaimed = new HashMap<>();

    Restorer(Engine engine, ScheduleParser parser) {
        this.engine = engine;
        this.options = engine.options;
        this.parser = parser;
    }

    void load() {
        LoadResult result;
        try {
            result = options.store.load();
        } catch (StoreException e) {
            engine.guard.locked(() -> {
                engine.guard.problem(null, "Cannot load the jobs from " + options.store.description() + ": "
                        + e.getMessage() + "; stored jobs are not running until the store can be read");
                return null;
            });
            return;
        }
        engine.guard.locked(() -> {
            result.problems().forEach(problem -> engine.guard.problem(null, problem));
            result.records().forEach(this::load);
            LOG.info("Loaded {} jobs from {} ({} waiting for their configuration)", result.records().size(),
                    options.store.description(), unclaimed.size());
            return null;
        });
    }

    private void load(String id, String record) {
        try {
            StoredJob stored = JobCodec.decode(record);
            if (!stored.id.equals(id)) {
                throw new IOException("the record names job " + stored.id);
            }
            if (stored.source != JobSource.API) {
                unclaimed.put(id, stored);
                return;
            }
            JobEntry entry = new JobEntry(definition(stored), null);
            restore(entry, stored, true);
            engine.jobs.put(id, entry);
            engine.queue.update(entry);
        } catch (IOException | ScheduleException e) {
            quarantine(id, record, e.getMessage());
        }
    }

    private JobDefinition definition(StoredJob stored) {
        ScheduleSpec spec = parser.restore(stored.schedule);
        return new JobDefinition(stored.id, stored.taskPid, spec,
                stored.tags == null ? Collections.<String>emptySet() : stored.tags, stored.source,
                stored.arguments == null ? Collections.<String, Object>emptyMap() : stored.arguments,
                stored.misfire, stored.delivery, stored.timeout, Math.max(1, stored.maxInstances));
    }

    private void quarantine(String id, String record, String reason) {
        String message = "The stored record of job " + id + " cannot be read (" + reason + "); it is set aside "
                + "in the store's quarantine and the other jobs load";
        LOG.error(message);
        engine.guard.problem(id, message);
        try {
            options.store.quarantine(id, record, reason);
        } catch (StoreException e) {
            LOG.error("Cannot set aside the record of job {}; it stays in the store", id, e);
        }
    }

    /** Under the lock: the entry for a new or updated definition, carrying over any state it had. */
    JobEntry place(JobDefinition definition, JobEntry existing) {
        if (existing != null) {
            boolean same = existing.definition.spec().equals(definition.spec());
            existing.definition = definition;
            if (same) {
                attachSlots(existing);
            } else {
                firstRun(existing);
            }
            return existing;
        }
        JobEntry entry = new JobEntry(definition, null);
        StoredJob stored = unclaimed.remove(definition.id());
        if (stored != null) {
            restore(entry, stored, stored.schedule.equals(definition.spec().toString()));
        } else {
            firstRun(entry);
        }
        return entry;
    }

    /** Under the lock: keeps the state of a released job for when it is defined again; returns its record. */
    String keep(JobEntry entry) {
        String record = JobCodec.encode(entry.definition, entry.state);
        try {
            unclaimed.put(entry.definition.id(), JobCodec.decode(record));
            return record;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the state of job " + entry.definition.id(), e);
        }
    }

    boolean hasStoredState(String id) {
        return unclaimed.containsKey(id);
    }

    boolean forget(String id) {
        return unclaimed.remove(id) != null;
    }

    /**
     * Under the lock: the slots of the entry's schedule. A daily or weekly job without {@code at} keeps the time of
     * day it was created at, so a DST shift of one slot does not move the following ones.
     */
    private void attachSlots(JobEntry entry) {
        ScheduleSpec spec = entry.definition.spec();
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
        Instant until = entry.definition.spec().until();
        if (first == null || (until != null && first.isAfter(until))) {
            throw new ScheduleValueException("Job " + entry.definition.id() + " would never run: its first run "
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
            engine.dispatch.addBacklog(entry, cut, 1);
        } else {
            state.lastOutcome = new Outcome(Result.FAILED, state.lastStart == null ? cut : state.lastStart, now,
                    "cut short by a restart; not repeated (at-most-once delivery)");
        }
    }

    /** Whether a stored next run in the future must be recomputed from now rather than waited for. */
    private boolean trustsNoFuture(JobEntry entry, Instant now) {
        if (entry.definition.spec().measuresElapsedTime()) {
            return true;
        }
        Instant last = entry.state.lastStart;
        return last != null && last.isAfter(now.plus(Options.BACKWARD_TOLERANCE));
    }
}
