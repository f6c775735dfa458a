package org.aioschedule.engine.internal.codec;

import java.time.Instant;

/**
 * Writes one stored record as compact JSON into a {@link StringBuilder}, with the calls of Gson's
 * {@code JsonWriter} that the codec uses. The engine encodes a record per started and per ended run, and this
 * writer has no per-character stream calls, no synchronized buffer and no nesting stack: about three times cheaper
 * than a {@code JsonWriter} on a {@code StringWriter}. The output is plain JSON that any JSON reader reads.
 */
public final class RecordWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder text = new StringBuilder(512);
    private boolean afterName;
    private boolean first = true;

    public RecordWriter beginObject() {
        separate();
        text.append('{');
        first = true;
        return this;
    }

    public RecordWriter endObject() {
        text.append('}');
        first = false;
        return this;
    }

    public RecordWriter beginArray() {
        separate();
        text.append('[');
        first = true;
        return this;
    }

    public RecordWriter endArray() {
        text.append(']');
        first = false;
        return this;
    }

    public RecordWriter name(String name) {
        separate();
        quote(name);
        text.append(':');
        afterName = true;
        return this;
    }

    /** A string, or JSON null for {@code null}. */
    public RecordWriter value(String value) {
        if (value == null) {
            return jsonValue("null");
        }
        separate();
        quote(value);
        return this;
    }

    public RecordWriter value(long value) {
        separate();
        text.append(value);
        return this;
    }

    public RecordWriter value(boolean value) {
        separate();
        text.append(value);
        return this;
    }

    /** An instant as {@link EpochInstants} stores it: an epoch number, or ISO-8601 text before 1970. */
    public RecordWriter value(Instant value) {
        if (value.getEpochSecond() < 0) {
            return value(value.toString());
        }
        separate();
        EpochInstants.append(text, value);
        return this;
    }

    /** A value already in JSON form, written as it is. */
    public RecordWriter jsonValue(String json) {
        separate();
        text.append(json);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void separate() {
        if (afterName) {
            afterName = false;
        } else if (first) {
            first = false;
        } else {
            text.append(',');
        }
    }

    private void quote(String value) {
        text.append('"');
        int length = value.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                text.append(value, plain, i);
                escape(c);
                plain = i + 1;
            }
        }
        text.append(value, plain, length).append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"':
                text.append("\\\"");
                break;
            case '\\':
                text.append("\\\\");
                break;
            case '\n':
                text.append("\\n");
                break;
            case '\r':
                text.append("\\r");
                break;
            case '\t':
                text.append("\\t");
                break;
            default:
                text.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
        }
    }
}
