package org.aioschedule.engine.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.ScheduleException;
import org.aioschedule.engine.internal.core.Persister.Urgency;

/**
 * What changes the set of jobs: defining, removing, releasing, clearing, pausing a job, and a task coming back.
 * Each change happens under the table's lock and wakes the dispatcher.
 */
final class JobChanges {

    private final JobTable table;
    private final Options options;
    private final JobPlacement placement;
    private final StateRestorer restorer;
    private final TaskRuns runs;
    private final WaitingJobs waiting;

    JobChanges(JobTable table, Options options, JobPlacement placement, StateRestorer restorer, TaskRuns runs,
            WaitingJobs waiting) {
        this.table = table;
        this.options = options;
        this.placement = placement;
        this.restorer = restorer;
        this.runs = runs;
        this.waiting = waiting;
    }

    /** Defines a job, or redefines it (same source only); it keeps its state while its schedule reads the same. */
    Job put(JobDefinition definition) {
        return table.locked(() -> {
            JobEntry entry = table.get(definition.id);
            if (entry != null && entry.definition.source != definition.source) {
                throw new ScheduleException("Job id \"" + definition.id + "\" is already used by a "
                        + entry.definition.source.name().toLowerCase(Locale.ROOT) + " job: choose another id()");
            }
            if (entry != null) {
                placement.redefine(entry, definition);
            } else {
                entry = placement.place(definition, restorer.claim(definition.id));
            }
            table.add(entry);
            if (runs.resolve(entry).isPresent()) {
                waiting.stop(entry);
            } else {
                waiting.start(entry, options.clock.instant(), false);
            }
            table.stateChanged(entry, Urgency.NOW);
            table.wake();
            return new JobView(entry);
        });
    }

    /** An id for a job of {@code taskPid} that no job in the table or in the store has. */
    String newId(String taskPid) {
        return table.locked(() -> {
            for (long n = table.size() + 1;; n++) {
                String id = taskPid + "-" + n;
                if (!table.contains(id) && !restorer.hasStoredState(id)) {
                    return id;
                }
            }
        });
    }

    boolean cancel(String jobId) {
        return table.locked(() -> {
            JobEntry entry = table.get(jobId);
            if (entry != null && entry.definition.source == JobSource.CONFIGURATION) {
                throw new ScheduleException("Job \"" + jobId + "\" comes from configuration: delete its "
                        + "org.aioschedule.Job configuration (in the Kura web UI, or ConfigurationAdmin) instead");
            }
            return remove(jobId);
        });
    }

    boolean remove(String jobId) {
        return table.locked(() -> {
            JobEntry entry = table.remove(jobId);
            boolean stored = restorer.forget(jobId);
            if (entry != null) {
                waiting.forget(entry);
            } else if (stored) {
                table.deleteRecord(jobId);
            }
            if (entry != null || stored) {
                table.wake();
            }
            return entry != null;
        });
    }

    boolean release(String jobId) {
        return table.locked(() -> {
            JobEntry entry = table.release(jobId, restorer::keep);
            if (entry == null) {
                return false;
            }
            waiting.forget(entry);
            return true;
        });
    }

    int clear() {
        return clearWhere(entry -> true);
    }

    int clear(String tag) {
        return clearWhere(entry -> entry.definition.tags.contains(tag));
    }

    private int clearWhere(Predicate<JobEntry> filter) {
        return table.locked(() -> {
            List<String> ids = new ArrayList<>();
            for (JobEntry entry : table.entries()) {
                if (entry.definition.source == JobSource.API && filter.test(entry)) {
                    ids.add(entry.definition.id);
                }
            }
            ids.forEach(this::remove);
            return ids.size();
        });
    }

    void setPaused(String jobId, boolean paused) {
        table.locked(() -> {
            JobEntry entry = table.existing(jobId);
            if (entry.state.paused != paused) {
                entry.state.paused = paused;
                table.rescheduled(entry, Urgency.NOW);
                table.wake();
            }
            return null;
        });
    }

    void taskAvailable(String taskPid) {
        table.locked(() -> {
            for (JobEntry entry : table.entries()) {
                if (entry.waitingForTask && entry.definition.taskPid.equals(taskPid)) {
                    waiting.stop(entry);
                }
            }
            table.wake();
            return null;
        });
    }
}
