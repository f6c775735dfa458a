package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aioschedule.JobSource;
import org.aioschedule.engine.internal.core.Persister.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs whose task is not registered: they keep their state, and are reported when a run falls due without the task
 * (again after a restart, with the time they started waiting first). A job
 * created through the API that waits longer than the retention (if one is set) is removed and reported; configured
 * jobs stay, since their configuration says they should exist.
 */
final class WaitingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingJobs.class);

    private final JobTable table;
    private final Duration retention;
    private final Set<JobEntry> entries = new LinkedHashSet<>();
    private final Set<JobEntry> reported = new LinkedHashSet<>();

    WaitingJobs(JobTable table, Duration retention) {
        this.table = table;
        this.retention = retention;
    }

    /**
     * Under the lock: the job's task is missing. {@code due}: a run was due, so the job is reported (once until its
     * task is back); a job defined before its task is registered, as at every boot, waits silently until then.
     */
    void start(JobEntry entry, Instant now, boolean due) {
        entry.waitingForTask = true;
        entries.add(entry);
        table.requeue(entry);
        if (entry.state.waitingSince == null) {
            entry.state.waitingSince = now;
            table.stateChanged(entry, Urgency.WINDOW);
        }
        if (due && reported.add(entry)) {
            String message = "Job " + entry.definition.id + " waits for its task " + entry.definition.taskPid
                    + " (not registered since " + entry.state.waitingSince + "); it keeps its state and runs again "
                    + "when the task is registered";
            LOG.warn(message);
            table.problem(entry.definition.id, message);
        }
    }

    /** Under the lock: the job's task is there again. */
    void stop(JobEntry entry) {
        entry.waitingForTask = false;
        entries.remove(entry);
        reported.remove(entry);
        table.requeue(entry);
    }

    void forget(JobEntry entry) {
        entries.remove(entry);
        reported.remove(entry);
    }

    /**
     * Under the lock: the API jobs that have waited longer than the retention, reported and no longer waiting, for
     * the caller to remove. Jobs taken out of the table meanwhile are dropped.
     */
    List<JobEntry> expire(Instant now) {
        if (retention == null || entries.isEmpty()) {
            return Collections.emptyList();
        }
        List<JobEntry> expired = new ArrayList<>();
        for (JobEntry entry : new ArrayList<>(entries)) {
            Instant since = entry.state.waitingSince;
            if (!table.holds(entry)) {
                forget(entry);
            } else if (entry.definition.source == JobSource.API && since != null
                    && now.isAfter(since.plus(retention))) {
                String message = "Job " + entry.definition.id + " waited for its task " + entry.definition.taskPid
                        + " since " + since + ", longer than the retention of " + retention + "; it is removed";
                LOG.warn(message);
                table.problem(entry.definition.id, message);
                forget(entry);
                expired.add(entry);
            }
        }
        return expired;
    }
}
