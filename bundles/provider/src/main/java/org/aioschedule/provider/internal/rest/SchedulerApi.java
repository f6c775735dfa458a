package org.aioschedule.provider.internal.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.JobState;
import org.aioschedule.ScheduleException;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.SchedulerHost;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What the REST API and the {@code SCHED-V1} request handler answer, without JAX-RS types: every call checks its
 * input first and a bad one changes nothing; only {@code run}, {@code pause}, {@code resume} and {@code cancel}
 * change state.
 */
final class SchedulerApi {

    static final int MAX_TEXT = 200;
    static final int DETAIL_NEXT_RUNS = 10;
    static final int MAX_NEXT_ENTRIES = 1000;
    private static final Duration DETAIL_HORIZON = Duration.ofDays(3660);

    private final SchedulerHost host;
    private final Clock clock;

    SchedulerApi(SchedulerHost host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    RestAnswer jobs(String tag) {
        if (tag != null && !isText(tag)) {
            return RestAnswer.error(400, "Invalid tag \"" + tag + "\": it must be 1 to " + MAX_TEXT + " characters "
                    + "without surrounding spaces or control characters, for example ?tag=reports");
        }
        return withEngine(engine -> {
            List<Job> jobs = new ArrayList<>(tag == null ? engine.jobs() : engine.jobs(tag));
            jobs.sort(Comparator.comparing(Job::id));
            JsonArray array = new JsonArray();
            jobs.forEach(job -> array.add(RestJson.job(job)));
            return RestAnswer.of(200, array);
        });
    }

    RestAnswer job(String id) {
        return withJob(id, (engine, job) -> RestAnswer.of(200, RestJson.detail(job,
                engine.nextRuns(id, clock.instant().plus(DETAIL_HORIZON), DETAIL_NEXT_RUNS))));
    }

    RestAnswer run(String id) {
        return withJob(id, (engine, job) -> {
            if (job.state() == JobState.WAITING_FOR_TASK) {
                return RestAnswer.error(409, "Job \"" + id + "\" cannot run now: it is waiting for its task \""
                        + job.taskPid() + "\", which is not registered (GET /services/aioschedule/v1/tasks lists "
                        + "the registered tasks); it runs when the task is registered");
            }
            engine.runNow(id);
            return RestAnswer.of(202, RestJson.job(engine.job(id).orElse(job)));
        });
    }

    RestAnswer pause(String id) {
        return withJob(id, (engine, job) -> {
            engine.pause(id);
            return RestAnswer.of(200, RestJson.job(engine.job(id).orElse(job)));
        });
    }

    RestAnswer resume(String id) {
        return withJob(id, (engine, job) -> {
            engine.resume(id);
            return RestAnswer.of(200, RestJson.job(engine.job(id).orElse(job)));
        });
    }

    RestAnswer cancel(String id) {
        return withJob(id, (engine, job) -> {
            if (job.source() == JobSource.CONFIGURATION) {
                return RestAnswer.error(409, "Job \"" + id + "\" is configured: configured jobs are removed in the "
                        + "web UI (Services, the Job (aioschedule) instance " + id + ", Delete) or paused with POST "
                        + "/services/aioschedule/v1/jobs/" + id + "/pause");
            }
            host.cancel(id);
            return RestAnswer.of(200, RestJson.job(job));
        });
    }

    RestAnswer runs(String hoursText) {
        Optional<Integer> hours = hours(hoursText);
        if (!hours.isPresent()) {
            return RestAnswer.error(400, "Invalid hours \"" + hoursText + "\": a whole number from 1 to 168, "
                    + "for example ?hours=24");
        }
        return withEngine(engine -> RestAnswer.of(200, Timeline.of(engine, clock.instant(),
                Duration.ofHours(hours.get()), MAX_NEXT_ENTRIES)));
    }

    RestAnswer problems() {
        return RestAnswer.of(200, ProblemJson.all(host.problems()));
    }

    RestAnswer store() {
        JsonObject json = new JsonObject();
        host.storeChoice().ifPresent(choice -> {
            json.addProperty("type", StoreJson.type(choice.kind));
            json.addProperty("durable", choice.isDurable());
        });
        if (host.isEnabled()) {
            try {
                json.addProperty("location", host.engine().storeDescription());
            } catch (ScheduleException e) {
                json.addProperty("location", "none: " + e.getMessage());
            }
        }
        json.addProperty("status", host.storeStatus());
        JsonArray problems = new JsonArray();
        host.problems().stream().filter(ProblemJson::isStoreProblem).forEach(problems::add);
        json.add("problems", problems);
        return RestAnswer.of(200, json);
    }

    RestAnswer tasks() {
        List<Job> jobs = host.isEnabled() ? jobsOrNone() : new ArrayList<>();
        JsonArray array = new JsonArray();
        for (String pid : host.taskPids()) {
            JsonObject task = new JsonObject();
            task.addProperty("pid", pid);
            JsonArray ids = new JsonArray();
            jobs.stream().filter(job -> job.taskPid().equals(pid)).map(Job::id).sorted().forEach(ids::add);
            task.add("jobs", ids);
            array.add(task);
        }
        return RestAnswer.of(200, array);
    }

    private List<Job> jobsOrNone() {
        try {
            return host.engine().jobs();
        } catch (ScheduleException e) {
            return new ArrayList<>();
        }
    }

    private RestAnswer withJob(String id, BiFunction<SchedulerEngine, Job, RestAnswer> call) {
        if (id == null || !isText(id)) {
            return RestAnswer.error(400, "Invalid job id \"" + id + "\": it must be 1 to " + MAX_TEXT + " characters "
                    + "without surrounding spaces or control characters, for example /jobs/daily-report");
        }
        return withEngine(engine -> {
            Optional<Job> job = engine.job(id);
            if (!job.isPresent()) {
                return noJob(id);
            }
            try {
                return call.apply(engine, job.get());
            } catch (ScheduleException e) {
                return engine.job(id).isPresent() ? RestAnswer.error(409, e.getMessage()) : noJob(id);
            }
        });
    }

    private RestAnswer withEngine(Function<SchedulerEngine, RestAnswer> call) {
        if (!host.isEnabled()) {
            return notRunning(host.storeStatus());
        }
        SchedulerEngine engine;
        try {
            engine = host.engine();
        } catch (ScheduleException e) {
            return notRunning(e.getMessage());
        }
        return call.apply(engine);
    }

    private static RestAnswer notRunning(String why) {
        return RestAnswer.error(503, "The scheduler is not running (" + why + "); set enabled=true in the "
                + "configuration of org.aioschedule.Scheduler");
    }

    private static RestAnswer noJob(String id) {
        return RestAnswer.error(404, "No job \"" + id + "\": GET /services/aioschedule/v1/jobs lists the ids, "
                + "for example /jobs/daily-report");
    }

    static boolean isText(String value) {
        return !value.isEmpty() && value.length() <= MAX_TEXT && value.equals(value.trim())
                && value.chars().noneMatch(Character::isISOControl);
    }

    private static Optional<Integer> hours(String text) {
        if (text == null) {
            return Optional.of(24);
        }
        try {
            int hours = Integer.parseInt(text.trim());
            return hours >= 1 && hours <= 168 ? Optional.of(hours) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
