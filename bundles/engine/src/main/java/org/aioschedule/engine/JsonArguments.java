package org.aioschedule.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Map;

import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.codec.JsonValues;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Reads job arguments written as a JSON object, as a configuration holds them. */
public final class JsonArguments {

    private static final int SHOWN_CHARS = 120;

    private JsonArguments() {
    }

    /**
     * The arguments in {@code json} (blank means none), with whole numbers as {@code Long} and others as
     * {@code Double}.
     *
     * @throws ScheduleValueException naming what is wrong and showing a valid object
     */
    public static Map<String, Object> parse(String json) {
        if (json == null || json.trim().isEmpty()) {
            return Collections.emptyMap();
        }
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            in.setLenient(false);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw invalid(json, "it is not a JSON object", null);
            }
            Map<String, Object> arguments = JsonValues.readMap(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw invalid(json, "there is text after the object", null);
            }
            return arguments;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScheduleValueException) {
                throw (ScheduleValueException) e;
            }
            throw invalid(json, e.getMessage(), e);
        }
    }

    private static ScheduleValueException invalid(String json, String why, Throwable cause) {
        String shown = json.length() > SHOWN_CHARS ? json.substring(0, SHOWN_CHARS) + "... (" + json.length()
                + " characters)" : json;
        return new ScheduleValueException("Invalid arguments " + shown + ": " + why + "; write a JSON object, for "
                + "example {\"name\": \"MicroPython\", \"retries\": 3}", cause);
    }
}
