package org.aioschedule.engine.internal.core;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.RunOutcome;
import org.aioschedule.engine.internal.codec.JsonValues;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Encodes a job as one line of JSON with a schema version. Unknown fields are skipped on reading, so a newer
 * writer's records stay readable; a record of a newer schema is refused rather than misread.
 */
final class JobCodec {

    static final int SCHEMA = 1;
    /** The most runs of history any configuration keeps; more in a record are not read. */
    static final int MAX_HISTORY = 1000;

    private JobCodec() {
    }

    static String encode(JobDefinition definition, RunState state) {
        StringWriter text = new StringWriter(256);
        try (JsonWriter out = new JsonWriter(text)) {
            out.beginObject();
            out.name("schema").value(SCHEMA);
            out.name("id").value(definition.id());
            out.name("source").value(definition.source().name());
            out.name("task").value(definition.taskPid());
            out.name("schedule").value(definition.spec().toString());
            out.name("tags").beginArray();
            for (String tag : definition.tags()) {
                out.value(tag);
            }
            out.endArray();
            out.name("arguments");
            JsonValues.write(out, definition.arguments());
            optional(out, "misfire", definition.misfire());
            optional(out, "delivery", definition.delivery());
            if (definition.timeout() != null) {
                out.name("timeoutMillis").value(definition.timeout().toMillis());
            }
            out.name("maxInstances").value(definition.maxInstances());
            writeState(out, state);
            out.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode job " + definition.id(), e);
        }
        return text.toString();
    }

    private static void writeState(JsonWriter out, RunState state) throws IOException {
        instant(out, "lastSlot", state.lastSlot);
        instant(out, "lastStart", state.lastStart);
        instant(out, "lastEnd", state.lastEnd);
        if (state.lastOutcome != null) {
            Outcome o = state.lastOutcome;
            out.name("outcome").beginObject();
            out.name("result").value(o.result().name());
            out.name("start").value(o.start().toString());
            out.name("end").value(o.end().toString());
            if (o.error().isPresent()) {
                out.name("error").value(o.error().get());
            }
            out.endObject();
        }
        writeHistory(out, state.history);
        out.name("runCount").value(state.runCount);
        out.name("failures").value(state.consecutiveFailures);
        instant(out, "nextRun", state.nextRun);
        instant(out, "inFlight", state.inFlight);
        instant(out, "waitingSince", state.waitingSince);
        if (state.timeOfDay != null) {
            out.name("timeOfDay").value(state.timeOfDay.toString());
        }
        out.name("paused").value(state.paused);
        out.name("finished").value(state.finished);
    }

    /** The history as {@code [[result, start epoch millis, duration millis, error?], ...]}, newest first. */
    private static void writeHistory(JsonWriter out, RunHistory history) throws IOException {
        if (history.size() == 0) {
            return;
        }
        out.name("history").beginArray();
        for (int i = 0; i < history.size(); i++) {
            out.beginArray().value(history.result(i).name()).value(history.startMillis(i))
                    .value(history.durationMillis(i));
            if (history.error(i) != null) {
                out.value(history.error(i));
            }
            out.endArray();
        }
        out.endArray();
    }

    /** Reads a record; any damage or inconsistency is an {@link IOException} naming what is wrong. */
    static StoredJob decode(String record) throws IOException {
        StoredJob job = new StoredJob();
        try (JsonReader in = new JsonReader(new StringReader(record))) {
            in.beginObject();
            while (in.hasNext()) {
                readField(in, in.nextName(), job);
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("text after the record");
            }
        } catch (RuntimeException e) {
            throw new IOException("unreadable record: " + e.getMessage(), e);
        }
        require(job.id != null && job.source != null && job.taskPid != null && job.schedule != null,
                "id, source, task and schedule are required");
        require(job.timeout == null || !job.timeout.isNegative() && !job.timeout.isZero(),
                "timeoutMillis must be positive");
        require(job.state.runCount >= 0 && job.state.consecutiveFailures >= 0,
                "runCount and failures cannot be negative");
        return job;
    }

    private static void readField(JsonReader in, String name, StoredJob job) throws IOException {
        RunState s = job.state;
        switch (name) {
        case "schema":
            int schema = in.nextInt();
            require(schema <= SCHEMA, "schema " + schema + " is newer than " + SCHEMA + " (downgraded bundle?)");
            break;
        case "id": job.id = in.nextString(); break;
        case "source": job.source = JobSource.valueOf(in.nextString()); break;
        case "task": job.taskPid = in.nextString(); break;
        case "schedule": job.schedule = in.nextString(); break;
        case "tags": job.tags = readTags(in); break;
        case "arguments": job.arguments = JsonValues.readMap(in); break;
        case "misfire": job.misfire = MisfirePolicy.valueOf(in.nextString()); break;
        case "delivery": job.delivery = Delivery.valueOf(in.nextString()); break;
        case "timeoutMillis": job.timeout = Duration.ofMillis(in.nextLong()); break;
        case "maxInstances": job.maxInstances = in.nextInt(); break;
        case "lastSlot": s.lastSlot = readInstant(in); break;
        case "lastStart": s.lastStart = readInstant(in); break;
        case "lastEnd": s.lastEnd = readInstant(in); break;
        case "outcome": s.lastOutcome = readOutcome(in); break;
        case "history": s.history = readHistory(in); break;
        case "runCount": s.runCount = in.nextLong(); break;
        case "failures": s.consecutiveFailures = in.nextInt(); break;
        case "nextRun": s.nextRun = readInstant(in); break;
        case "inFlight": s.inFlight = readInstant(in); break;
        case "waitingSince": s.waitingSince = readInstant(in); break;
        case "timeOfDay": s.timeOfDay = LocalTime.parse(in.nextString()); break;
        case "paused": s.paused = in.nextBoolean(); break;
        case "finished": s.finished = in.nextBoolean(); break;
        default: in.skipValue();
        }
    }

    private static Set<String> readTags(JsonReader in) throws IOException {
        Set<String> tags = new LinkedHashSet<>();
        in.beginArray();
        while (in.hasNext()) {
            tags.add(in.nextString());
        }
        in.endArray();
        return tags.isEmpty() ? Collections.<String>emptySet() : Collections.unmodifiableSet(tags);
    }

    private static Outcome readOutcome(JsonReader in) throws IOException {
        RunOutcome.Result result = null;
        Instant start = null;
        Instant end = null;
        String error = null;
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("result")) {
                result = RunOutcome.Result.valueOf(in.nextString());
            } else if (name.equals("start")) {
                start = readInstant(in);
            } else if (name.equals("end")) {
                end = readInstant(in);
            } else if (name.equals("error")) {
                error = in.nextString();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        require(result != null && start != null && end != null, "an outcome needs result, start and end");
        return new Outcome(result, start, end, error);
    }

    private static RunHistory readHistory(JsonReader in) throws IOException {
        RunHistory history = RunHistory.EMPTY;
        in.beginArray();
        while (in.hasNext()) {
            in.beginArray();
            RunOutcome.Result result = RunOutcome.Result.valueOf(in.nextString());
            Instant start = Instant.ofEpochMilli(in.nextLong());
            long duration = in.nextLong();
            require(duration >= 0, "a run's duration cannot be negative");
            String error = in.hasNext() ? in.nextString() : null;
            while (in.hasNext()) {
                in.skipValue();
            }
            in.endArray();
            history = history.append(result, start, start.plusMillis(duration), error, MAX_HISTORY);
        }
        in.endArray();
        return history;
    }

    private static void optional(JsonWriter out, String name, Enum<?> value) throws IOException {
        if (value != null) {
            out.name(name).value(value.name());
        }
    }

    private static void instant(JsonWriter out, String name, Instant value) throws IOException {
        if (value != null) {
            out.name(name).value(value.toString());
        }
    }

    private static Instant readInstant(JsonReader in) throws IOException {
        return Instant.parse(in.nextString());
    }

    private static void require(boolean condition, String message) throws IOException {
        if (!condition) {
            throw new IOException(message);
        }
    }
}
