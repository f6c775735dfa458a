package org.aioschedule.engine.internal.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aioschedule.JobSource;
import org.aioschedule.ScheduleException;
import org.aioschedule.engine.internal.schedule.ScheduleParser;
import org.aioschedule.engine.internal.schedule.ScheduleSpec;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings stored state back: API jobs are recreated from their stored definition at start; the state of configured
 * and whiteboard jobs is kept, unclaimed, until their owner defines them again. Unreadable records are set aside in
 * the store's quarantine.
 */
final class StateRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(StateRestorer.class);

    private final JobTable table;
    private final Options options;
    private final ScheduleParser parser;
    private final JobPlacement placement;
    private final Map<String, StoredJob> unclaimed = new HashMap<>();
    /** The schedules parsed during one load, by stored text: most jobs share a few schedules. */
    private final Map<String, ScheduleSpec> parsed = new HashMap<>();

    StateRestorer(JobTable table, Options options, ScheduleParser parser, JobPlacement placement) {
        this.table = table;
        this.options = options;
        this.parser = parser;
        this.placement = placement;
    }

    /** Reads the store; returns the API jobs it held, for the caller to add to the table. */
    List<JobEntry> load() {
        LoadResult result;
        try {
            result = options.store.load();
        } catch (StoreException e) {
            table.locked(() -> {
                table.problem(null, "Cannot load the jobs from " + options.store.description() + ": "
                        + e.getMessage() + "; stored jobs are not running until the store can be read");
                return null;
            });
            return Collections.emptyList();
        }
        return table.locked(() -> {
            result.problems().forEach(problem -> table.problem(null, problem));
            List<JobEntry> restored = new ArrayList<>();
            result.records().forEach((id, record) -> load(id, record, restored));
            parsed.clear();
            LOG.info("Loaded {} jobs from {} ({} waiting for their configuration)", result.records().size(),
                    options.store.description(), unclaimed.size());
            return restored;
        });
    }

    private void load(String id, String record, List<JobEntry> restored) {
        try {
            StoredJob stored = JobCodec.decode(record);
            if (!stored.id.equals(id)) {
                throw new IOException("the record names job " + stored.id);
            }
            if (stored.source != JobSource.API) {
                unclaimed.put(id, stored);
                return;
            }
            restored.add(placement.restore(definition(stored), stored));
        } catch (IOException | ScheduleException e) {
            quarantine(id, record, e.getMessage());
        }
    }

    private JobDefinition definition(StoredJob stored) {
        ScheduleSpec spec = parsed.get(stored.schedule);
        if (spec == null) {
            spec = parser.restore(stored.schedule);
            parsed.put(stored.schedule, spec);
        }
        return new JobDefinition(stored.id, stored.taskPid, spec,
                stored.tags == null ? Collections.<String>emptySet() : stored.tags, stored.source,
                stored.arguments == null ? Collections.<String, Object>emptyMap() : stored.arguments,
                stored.misfire, stored.delivery, stored.timeout, Math.max(1, stored.maxInstances));
    }

    private void quarantine(String id, String record, String reason) {
        String message = "The stored record of job " + id + " cannot be read (" + reason + "); it is set aside "
                + "in the store's quarantine and the other jobs load";
        LOG.error(message);
        table.problem(id, message);
        try {
            options.store.quarantine(id, record, reason);
        } catch (StoreException e) {
            LOG.error("Cannot set aside the record of job {}; it stays in the store", id, e);
        }
    }

    /** Under the lock: the stored state of a job its owner defines again, now taken; {@code null}: none. */
    StoredJob claim(String id) {
        return unclaimed.remove(id);
    }

    /** Under the lock: keeps the state of a released job for when it is defined again; returns its record. */
    String keep(JobEntry entry) {
        String record = JobCodec.encode(entry.definition, entry.state);
        try {
            unclaimed.put(entry.definition.id, JobCodec.decode(record));
            return record;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the state of job " + entry.definition.id, e);
        }
    }

    boolean hasStoredState(String id) {
        return unclaimed.containsKey(id);
    }

    /** Under the lock: forgets the unclaimed state of a job; returns whether there was one. */
    boolean forget(String id) {
        return unclaimed.remove(id) != null;
    }
}
