package org.aioschedule.provider.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.aioschedule.Job;
import org.aioschedule.ScheduleException;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.JobOptions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands in scope {@code schedule}; each returns readable text, and an error says what was wrong. */
@Component(service = ScheduleCommands.class, property = {
    "osgi.command.scope=schedule",
    "osgi.command.function=list", "osgi.command.function=info", "osgi.command.function=run",
    "osgi.command.function=pause", "osgi.command.function=resume", "osgi.command.function=cancel",
    "osgi.command.function=next", "osgi.command.function=tasks", "osgi.command.function=store",
    "osgi.command.function=problems"
})
public final class ScheduleCommands {

    static final long RUN_WAIT_SECONDS = 10;

    private SchedulerHost host;

    @Reference
    void setHost(SchedulerHost host) {
        this.host = host;
    }

    /** schedule:list — every job, configured jobs that are not scheduled too. */
    public String list() {
        return list(null);
    }

    /** schedule:list TAG — the jobs that carry TAG. */
    public String list(String tag) {
        if (!host.isEnabled()) {
            return notRunning();
        }
        List<Job> jobs = tag == null ? host.engine().jobs() : host.engine().jobs(tag);
        StringBuilder text = new StringBuilder(JobText.table(jobs));
        for (JobOptions options : host.configuredJobs()) {
            boolean scheduled = host.engine().job(options.id).isPresent();
            if (!scheduled && (tag == null || options.tags.contains(tag))) {
                text.append(JobText.notScheduled(options, true, !options.isValid() || hasProblem(options.id)));
            }
        }
        return text.toString();
    }

    /** schedule:info ID */
    public String info(String id) {
        return withEngine(engine -> engine.job(id).map(job -> JobText.details(job))
                .orElseGet(() -> noJob(id)));
    }

    /** schedule:run ID — runs the job now (its schedule does not change) and waits a bounded time for the end. */
    public String run(String id) {
        return withEngine(engine -> {
            try {
                engine.runNow(id).toCompletableFuture().get(RUN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                return "Job " + id + " started; still running after " + RUN_WAIT_SECONDS + " s (see schedule:info "
                        + id + ")";
            } catch (ExecutionException e) {
                return "Job " + id + " failed: " + e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Interrupted while job " + id + " runs";
            }
            return "Job " + id + " ran: " + engine.job(id).flatMap(Job::lastOutcome).map(JobText::outcome)
                    .orElse("done");
        });
    }

    /** schedule:pause ID */
    public String pause(String id) {
        return withEngine(engine -> {
            engine.pause(id);
            return "Job " + id + " paused (resume it with schedule:resume " + id + ")";
        });
    }

    /** schedule:resume ID */
    public String resume(String id) {
        return withEngine(engine -> {
            engine.resume(id);
            return "Job " + id + " resumed; next run " + JobText.when(engine.job(id).flatMap(Job::nextRun));
        });
    }

    /** schedule:cancel ID — API and whiteboard jobs; a configured job is deleted through its configuration. */
    public String cancel(String id) {
        return withEngine(engine -> host.cancel(id) ? "Job " + id + " cancelled"
                : noJob(id));
    }

    /** schedule:next — the job due next. */
    public String next() {
        return withEngine(engine -> {
            Optional<Job> next = engine.jobs().stream().filter(job -> job.nextRun().isPresent()).findFirst();
            if (!next.isPresent()) {
                return "No job is scheduled";
            }
            Duration idle = engine.idleTime().orElse(Duration.ZERO);
            return "Next: job " + next.get().id() + " at " + next.get().nextRun().get() + (idle.isZero()
                    ? " (due now)" : " (in " + idle.getSeconds() + " s)");
        });
    }

    /** schedule:tasks — the registered task services by PID. */
    public String tasks() {
        List<String> pids = host.taskPids();
        if (pids.isEmpty()) {
            return "No task service is registered (a task is an org.aioschedule.Task service)";
        }
        StringBuilder text = new StringBuilder("Task services (PID):").append(System.lineSeparator());
        pids.forEach(pid -> text.append("  ").append(pid).append(System.lineSeparator()));
        return text.toString();
    }

    /** schedule:store — which store holds the job state, and why. */
    public String store() {
        return "Store: " + host.storeStatus();
    }

    /** schedule:problems — bad configuration values and store problems. */
    public String problems() {
        List<String> problems = host.problems();
        if (problems.isEmpty()) {
            return "No problems";
        }
        return String.join(System.lineSeparator(), problems);
    }

    private boolean hasProblem(String id) {
        return host.problems().stream().anyMatch(problem -> problem.startsWith("Job " + id + ":"));
    }

    private String withEngine(Function<SchedulerEngine, String> command) {
        if (!host.isEnabled()) {
            return notRunning();
        }
        try {
            return command.apply(host.engine());
        } catch (ScheduleException e) {
            return "Error: " + e.getMessage();
        }
    }

    private String notRunning() {
        return "The scheduler is not running: " + host.storeStatus();
    }

    private static String noJob(String id) {
        return "Error: no job \"" + id + "\"; schedule:list shows the ids";
    }
}
