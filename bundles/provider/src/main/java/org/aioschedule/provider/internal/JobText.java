package org.aioschedule.provider.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aioschedule.Job;
import org.aioschedule.JobState;
import org.aioschedule.RunOutcome;
import org.aioschedule.provider.internal.config.JobOptions;

/** Jobs as shell text. */
final class JobText {

    private static final String ROW = "%-32s %-16s %-24s %-9s %s%n";

    private JobText() {
    }

    static String table(List<Job> jobs) {
        StringBuilder text = new StringBuilder(String.format(ROW, "ID", "STATE", "NEXT RUN", "LAST", "SCHEDULE"));
        for (Job job : jobs) {
            text.append(String.format(ROW, job.id(), job.state(), when(job.nextRun()),
                    job.lastOutcome().map(outcome -> outcome.result().name()).orElse("-"), job.schedule()));
        }
        return text.toString();
    }

    static String notScheduled(JobOptions options, boolean enabled, boolean problems) {
        String why = !enabled ? "scheduler not running"
                : problems ? "invalid configuration: see schedule:problems"
                : !options.enabled ? "disabled (enabled=false)" : "not scheduled";
        return String.format(ROW, options.id, "NOT SCHEDULED", "-", "-", why);
    }

    static String details(Job job) {
        StringBuilder text = new StringBuilder();
        line(text, "Job", job.id());
        line(text, "Source", job.source().name().toLowerCase());
        line(text, "Task", job.taskPid() + (job.state() == JobState.WAITING_FOR_TASK ? " (not registered)" : ""));
        line(text, "Schedule", job.schedule());
        line(text, "State", job.state().name());
        line(text, "Next run", when(job.nextRun()));
        line(text, "Last run", job.lastRun().map(Instant::toString).orElse("never"));
        line(text, "Last outcome", job.lastOutcome().map(JobText::outcome).orElse("-"));
        line(text, "Runs", job.runCount() + ", consecutive failures " + job.consecutiveFailures());
        line(text, "Tags", job.tags().isEmpty() ? "-" : String.join(", ", job.tags()));
        line(text, "Arguments", job.arguments().isEmpty() ? "-" : job.arguments().toString());
        return text.toString();
    }

    static String outcome(RunOutcome outcome) {
        long millis = Duration.between(outcome.start(), outcome.end()).toMillis();
        return outcome.result() + " in " + millis + " ms at " + outcome.start()
                + outcome.error().map(error -> ": " + error).orElse("");
    }

    static String when(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("-");
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(String.format("%-14s %s%n", name + ":", value));
    }
}
