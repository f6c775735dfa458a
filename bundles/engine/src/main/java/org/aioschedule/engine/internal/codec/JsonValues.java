package org.aioschedule.engine.internal.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aioschedule.ScheduleValueException;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Job arguments as JSON values: strings, booleans, null, whole numbers (as {@link Long}), other numbers (as
 * {@link Double}), lists and string-keyed maps of those, all unmodifiable. What goes in comes back equal after a
 * store round trip.
 */
public final class JsonValues {

    /** How deeply lists and maps may nest; deeper values are refused rather than overflowing the stack. */
    public static final int MAX_DEPTH = 64;

    private JsonValues() {
    }

    /** Checks and copies job arguments; the message names the first value that JSON cannot hold. */
    public static Map<String, Object> arguments(Map<String, ?> arguments) {
        if (arguments == null) {
            return Collections.emptyMap();
        }
        return map(arguments, "arguments", 0);
    }

    private static Object value(Object value, String path, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return number((Number) value, path);
        }
        if (depth >= MAX_DEPTH && (value instanceof Map || value instanceof Collection)) {
            throw notJson(path, "lists or maps nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value instanceof Map) {
            return map((Map<?, ?>) value, path, depth + 1);
        }
        if (value instanceof Collection) {
            List<Object> list = new ArrayList<>();
            for (Object item : (Collection<?>) value) {
                list.add(value(item, path + "[" + list.size() + "]", depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        throw notJson(path, value.getClass().getName());
    }

    private static Map<String, Object> map(Map<?, ?> map, String path, int depth) {
        if (map.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw notJson(path + " key " + e.getKey(), "a key that is not a String");
            }
            copy.put((String) e.getKey(), value(e.getValue(), path + "." + e.getKey(), depth));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object number(Number number, String path) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger && ((BigInteger) number).bitLength() < 64) {
            return number.longValue();
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value) || number instanceof BigInteger) {
            throw notJson(path, "the number " + number);
        }
        return value;
    }

    private static ScheduleValueException notJson(String path, String what) {
        return new ScheduleValueException("Job " + path + " holds " + what + ", which cannot be stored as JSON: "
                + "use strings, numbers, booleans, null, lists and maps, for example "
                + "run(\"my.task\", Collections.singletonMap(\"name\", \"MicroPython\"))");
    }

    /** Writes a value that {@link #arguments} accepted. */
    public static void write(JsonWriter out, Object value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else if (value instanceof String) {
            out.value((String) value);
        } else if (value instanceof Boolean) {
            out.value((Boolean) value);
        } else if (value instanceof Long) {
            out.value((long) (Long) value);
        } else if (value instanceof Number) {
            out.value(((Number) value).doubleValue());
        } else if (value instanceof Map) {
            out.beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.name((String) e.getKey());
                write(out, e.getValue());
            }
            out.endObject();
        } else {
            out.beginArray();
            for (Object item : (List<?>) value) {
                write(out, item);
            }
            out.endArray();
        }
    }

    private static Object read(JsonReader in, int depth) throws IOException {
        JsonToken token = in.peek();
        switch (token) {
        case NULL:
            in.nextNull();
            return null;
        case STRING:
            return in.nextString();
        case BOOLEAN:
            return in.nextBoolean();
        case NUMBER:
            return parseNumber(in.nextString());
        case BEGIN_OBJECT:
            return readMap(in, depth + 1);
        case BEGIN_ARRAY:
            checkDepth(in, depth + 1);
            List<Object> list = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                list.add(read(in, depth + 1));
            }
            in.endArray();
            return Collections.unmodifiableList(list);
        default:
            throw new IOException("unexpected " + token + " at " + in.getPath());
        }
    }

    /** Reads a JSON object whose lists and maps nest at most {@link #MAX_DEPTH} levels. */
    public static Map<String, Object> readMap(JsonReader in) throws IOException {
        return readMap(in, 0);
    }

    private static Map<String, Object> readMap(JsonReader in, int depth) throws IOException {
        checkDepth(in, depth);
        Map<String, Object> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            map.put(in.nextName(), read(in, depth));
        }
        in.endObject();
        return map.isEmpty() ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(map);
    }

    private static void checkDepth(JsonReader in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("lists and objects nest deeper than " + MAX_DEPTH + " levels at " + in.getPath());
        }
    }

    private static Object parseNumber(String text) throws IOException {
        boolean whole = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        if (whole) {
            BigInteger value = new BigInteger(text);
            if (value.bitLength() < 64) {
                return value.longValue();
            }
        }
        double value = new BigDecimal(text).doubleValue();
        if (Double.isInfinite(value)) {
            throw new IOException("the number " + text + " is out of range (a double holds up to about 1.8e308)");
        }
        return value;
    }
}
