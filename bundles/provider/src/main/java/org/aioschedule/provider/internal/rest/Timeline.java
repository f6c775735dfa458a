package org.aioschedule.provider.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;
import org.aioschedule.ScheduleException;
import org.aioschedule.engine.SchedulerEngine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code GET /runs}: the runs of every job from {@code now - span} (from their histories) and the runs due up to
 * {@code now + span}, at most {@code maxNext} of those; a job's runs beyond the earliest {@code maxNext} are never
 * computed.
 */
final class Timeline {

    private Timeline() {
    }

    static JsonObject of(SchedulerEngine engine, Instant now, Duration span, int maxNext) {
        Instant from = now.minus(span);
        Instant to = now.plus(span);
        List<Job> jobs = engine.jobs();
        JsonObject json = new JsonObject();
        json.addProperty("from", from.toString());
        json.addProperty("to", to.toString());
        json.add("past", past(jobs, from));
        List<Due> next = new ArrayList<>();
        boolean truncated = next(engine, jobs, to, maxNext, next);
        JsonArray array = new JsonArray();
        for (Due due : next) {
            JsonObject entry = new JsonObject();
            entry.addProperty("jobId", due.jobId);
            entry.addProperty("time", due.time.toString());
            array.add(entry);
        }
        json.add("next", array);
        if (truncated) {
            json.addProperty("truncated", true);
        }
        return json;
    }

    private static JsonArray past(List<Job> jobs, Instant from) {
        List<JsonObject> runs = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (Job job : jobs) {
            for (RunOutcome outcome : job.recentRuns()) {
                if (!outcome.start().isBefore(from)) {
                    JsonObject run = RestJson.run(outcome);
                    run.addProperty("jobId", job.id());
                    runs.add(run);
                    starts.add(outcome.start());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(starts::get));
        JsonArray array = new JsonArray();
        order.forEach(i -> array.add(runs.get(i)));
        return array;
    }

    /** Fills {@code next} with the earliest runs up to {@code to}; returns whether some were left out. */
    private static boolean next(SchedulerEngine engine, List<Job> jobs, Instant to, int max, List<Due> next) {
        Instant cutoff = to;
        boolean truncated = false;
        for (Job job : jobs) {
            List<Instant> times;
            try {
                times = engine.nextRuns(job.id(), cutoff, max);
            } catch (ScheduleException e) {
                continue;
            }
            times.forEach(time -> next.add(new Due(job.id(), time)));
            truncated |= times.size() == max;
            if (next.size() > max) {
                next.sort(Comparator.comparing((Due due) -> due.time).thenComparing(due -> due.jobId));
                next.subList(max, next.size()).clear();
                cutoff = next.get(max - 1).time;
                truncated = true;
            }
        }
        next.sort(Comparator.comparing((Due due) -> due.time).thenComparing(due -> due.jobId));
        return truncated;
    }

    private static final class Due {
        final String jobId;
        final Instant time;

        Due(String jobId, Instant time) {
            this.jobId = jobId;
            this.time = time;
        }
    }
}
