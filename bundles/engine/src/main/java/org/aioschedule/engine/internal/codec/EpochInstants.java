package org.aioschedule.engine.internal.codec;

import java.io.IOException;
import java.time.Instant;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Instants in stored records as JSON numbers of epoch seconds with up to nine decimals ({@code 1764950400} or
 * {@code 1764950400.123456}): about ten times cheaper to write and read than ISO-8601 text, and exact to the
 * nanosecond. Instants before 1970 are written as ISO-8601 text; both forms are read, so records written as text
 * by earlier schemas stay readable. {@link RecordWriter#value(java.time.Instant)} writes them.
 */
public final class EpochInstants {

    private static final int NANO_DIGITS = 9;
    private static final int[] POWERS = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private EpochInstants() {
    }

    /** Reads an instant written by {@link #write}, or ISO-8601 text; a malformed value is an error naming it. */
    public static Instant read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.STRING) {
            return Instant.parse(in.nextString());
        }
        return parse(in.nextString());
    }

    static String format(Instant value) {
        return append(new StringBuilder(30), value).toString();
    }

    /** Appends the epoch number of {@code value}, which must not lie before 1970. */
    static StringBuilder append(StringBuilder text, Instant value) {
        text.append(value.getEpochSecond());
        int nanos = value.getNano();
        if (nanos != 0) {
            text.append('.');
            for (int i = 0; i < NANO_DIGITS && nanos != 0; i++) {
                int digit = nanos / POWERS[i];
                text.append((char) ('0' + digit));
                nanos -= digit * POWERS[i];
            }
        }
        return text;
    }

    static Instant parse(String text) throws IOException {
        int dot = text.indexOf('.');
        int end = dot < 0 ? text.length() : dot;
        if (end == 0 || end > 19 || (dot >= 0 && (dot == text.length() - 1 || text.length() - dot - 1 > NANO_DIGITS))) {
            throw malformed(text);
        }
        long seconds = digits(text, 0, end);
        long nanos = dot < 0 ? 0 : digits(text, dot + 1, text.length()) * POWERS[text.length() - dot - 2];
        if (seconds < 0) {
            throw malformed(text);
        }
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (RuntimeException e) {
            throw malformed(text);
        }
    }

    private static long digits(String text, int from, int to) throws IOException {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static IOException malformed(String text) {
        return new IOException("\"" + text + "\" is not an instant: expected epoch seconds with up to 9 decimals, "
                + "such as 1764950400.5, or ISO-8601 text such as \"2025-12-05T16:00:00.5Z\"");
    }
}
