package org.aioschedule.provider.internal.rest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aioschedule.provider.internal.config.SchedulerOptions;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The problems the scheduler reports ("Job ID: invalid KEY ...", "Scheduler PID: invalid KEY ...", store and
 * engine messages) as {@code {"subject","key","message"}}: subject a job id or the scheduler's PID.
 */
final class ProblemJson {

    private static final Pattern OWNER = Pattern.compile("^(?:Job (\\S+)|Scheduler (\\S+)): (.*)$", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("^invalid (\\S+) .*", Pattern.DOTALL);
    private static final Pattern JOB_RECORD = Pattern.compile("^The stored record of job (\\S+) .*", Pattern.DOTALL);

    private ProblemJson() {
    }

    static JsonArray all(List<String> problems) {
        JsonArray array = new JsonArray();
        problems.forEach(problem -> array.add(of(problem)));
        return array;
    }

    static JsonObject of(String problem) {
        String subject = SchedulerOptions.PID;
        String key = "store";
        Matcher owner = OWNER.matcher(problem);
        Matcher record = JOB_RECORD.matcher(problem);
        if (owner.matches()) {
            subject = owner.group(1) != null ? owner.group(1) : owner.group(2);
            Matcher invalid = KEY.matcher(owner.group(3));
            key = invalid.matches() ? invalid.group(1) : owner.group(1) != null ? "job" : "scheduler";
        } else if (record.matches()) {
            subject = record.group(1);
            key = "record";
        }
        JsonObject json = new JsonObject();
        json.addProperty("subject", subject);
        json.addProperty("key", key);
        json.addProperty("message", problem);
        return json;
    }

    /** Whether a problem is about the store (for {@code GET /store}). */
    static boolean isStoreProblem(String problem) {
        return "store".equals(of(problem).get("key").getAsString());
    }
}
