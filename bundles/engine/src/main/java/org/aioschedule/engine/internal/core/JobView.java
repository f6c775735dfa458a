package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.JobState;
import org.aioschedule.RunOutcome;

/** An immutable snapshot of a job, taken under the engine's lock. */
final class JobView implements Job {

    private final JobDefinition definition;
    private final String schedule;
    private final JobState state;
    private final Instant lastRun;
    private final Instant nextRun;
    private final RunOutcome lastOutcome;
    private final long runCount;
    private final int consecutiveFailures;
    private final RunHistory history;

    JobView(JobEntry entry) {
        this.definition = entry.definition;
        this.schedule = entry.definition.spec.toString();
        this.state = entry.jobState();
        this.lastRun = entry.state.lastStart;
        this.nextRun = entry.state.finished || entry.state.paused ? null : entry.state.nextRun;
        this.lastOutcome = entry.state.lastOutcome;
        this.runCount = entry.state.runCount;
        this.consecutiveFailures = entry.state.consecutiveFailures;
        this.history = entry.state.history;
    }

    @Override
    public String id() {
        return definition.id;
    }

    @Override
    public String taskPid() {
        return definition.taskPid;
    }

    @Override
    public String schedule() {
        return schedule;
    }

    @Override
    public Set<String> tags() {
        return definition.tags;
    }

    @Override
    public JobSource source() {
        return definition.source;
    }

    @Override
    public JobState state() {
        return state;
    }

    @Override
    public Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public Optional<Instant> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    @Override
    public Optional<RunOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    @Override
    public long runCount() {
        return runCount;
    }

    @Override
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    @Override
    public List<RunOutcome> recentRuns() {
        return history.outcomes();
    }

    @Override
    public Map<String, Object> arguments() {
        return definition.arguments;
    }

    @Override
    public String toString() {
        return id() + " [" + schedule + "] -> " + taskPid() + " " + state + (nextRun == null ? "" : " next " + nextRun);
    }
}
