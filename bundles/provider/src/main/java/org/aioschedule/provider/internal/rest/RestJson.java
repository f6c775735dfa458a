package org.aioschedule.provider.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The JSON of the REST API (rest-api.md): instants as ISO-8601 UTC text, absent values left out. */
final class RestJson {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private RestJson() {
    }

    static String text(JsonElement json) {
        return GSON.toJson(json);
    }

    static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return error;
    }

    static JsonObject job(Job job) {
        JsonObject json = new JsonObject();
        json.addProperty("id", job.id());
        json.addProperty("taskPid", job.taskPid());
        json.addProperty("schedule", job.schedule());
        json.addProperty("source", job.source().name());
        json.addProperty("state", job.state().name());
        json.add("tags", strings(job.tags()));
        instant(json, "lastRun", job.lastRun());
        instant(json, "nextRun", job.nextRun());
        job.lastOutcome().ifPresent(outcome -> json.add("lastOutcome", run(outcome)));
        json.addProperty("runCount", job.runCount());
        json.addProperty("consecutiveFailures", job.consecutiveFailures());
        return json;
    }

    static JsonObject detail(Job job, List<Instant> nextRuns) {
        JsonObject json = job(job);
        json.add("arguments", GSON.toJsonTree(job.arguments()));
        JsonArray next = new JsonArray();
        nextRuns.forEach(time -> next.add(time.toString()));
        json.add("nextRuns", next);
        JsonArray history = new JsonArray();
        job.recentRuns().forEach(outcome -> history.add(run(outcome)));
        json.add("history", history);
        return json;
    }

    static JsonObject run(RunOutcome outcome) {
        JsonObject json = new JsonObject();
        json.addProperty("result", outcome.result().name());
        json.addProperty("start", outcome.start().toString());
        json.addProperty("end", outcome.end().toString());
        json.addProperty("durationMs", Duration.between(outcome.start(), outcome.end()).toMillis());
        outcome.error().ifPresent(error -> json.addProperty("error", error));
        return json;
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static JsonObject object(Map<String, ?> values) {
        return GSON.toJsonTree(values).getAsJsonObject();
    }

    private static void instant(JsonObject json, String name, Optional<Instant> value) {
        value.ifPresent(time -> json.addProperty(name, time.toString()));
    }
}
