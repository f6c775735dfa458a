package org.aioschedule.provider.internal.config;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one configuration the way Kura may deliver it: typed by the web UI, or unvalidated over REST and MQTT
 * (strings for numbers, one-element arrays, missing keys). Each bad value gives one message naming the owner, the
 * key, the value and a valid example, and the default is used in its place.
 */
public final class ConfigReader {

    private static final int SHOWN_CHARS = 120;

    private final String owner;
    private final Map<String, ?> properties;
    private final List<String> problems = new ArrayList<>();

    public ConfigReader(String owner, Map<String, ?> properties) {
        this.owner = owner;
        this.properties = properties == null ? Collections.<String, Object>emptyMap() : properties;
    }

    /** The messages for the bad values read so far, in order. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The value as trimmed text; missing or blank gives {@code fallback}. */
    public String text(String key, String fallback) {
        Object value = single(key);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? fallback : text;
    }

    public boolean bool(String key, boolean fallback) {
        Object value = single(key);
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return fallback;
        }
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        return invalid(key, value, "true or false, for example " + key + "=" + fallback, fallback);
    }

    /** A whole number in {@code [min, max]}. */
    public long number(String key, long fallback, long min, long max, String example) {
        Object value = single(key);
        if (value == null || value.toString().trim().isEmpty()) {
            return fallback;
        }
        long number;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                return invalid(key, value, "a whole number from " + min + " to " + max + ", for example " + example,
                        fallback);
            }
        }
        if (number < min || number > max) {
            return invalid(key, value, "a whole number from " + min + " to " + max + ", for example " + example,
                    fallback);
        }
        return number;
    }

    /** One of {@code choices} (case-insensitive); returns the choice as written in {@code choices}. */
    public String choice(String key, String fallback, String... choices) {
        String text = text(key, null);
        if (text == null) {
            return fallback;
        }
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(text)) {
                return choice;
            }
        }
        return invalid(key, text, "one of " + String.join(", ", choices) + ", for example " + key + "=" + fallback,
                fallback);
    }

    /** The non-blank texts of a String, String[] or list, trimmed, not split. */
    public List<String> values(String key) {
        Object value = properties.get(key);
        List<String> texts = new ArrayList<>();
        if (value != null) {
            for (Object element : value.getClass().isArray() || value instanceof Iterable ? elements(value)
                    : Collections.singletonList(value)) {
                String text = element == null ? "" : element.toString().trim();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** Texts from a String[] or a list, or one text split at commas. */
    public List<String> texts(String key) {
        Object value = properties.get(key);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (value.getClass().isArray() || value instanceof Iterable) {
            for (Object element : elements(value)) {
                addSplit(texts, element);
            }
        } else {
            addSplit(texts, value);
        }
        return texts;
    }

    /** Records a problem found by the caller (for example a value the engine rejected). */
    public void problem(String key, Object value, String message) {
        problems.add(message(owner, key, value, message));
    }

    /**
     * The message for a bad value: who, which key, what value (its first characters, see {@link #shown}), and what
     * a valid one looks like; control characters anywhere in it are escaped, so it stays one log line.
     */
    public static String message(String owner, String key, Object value, String expected) {
        return owner + ": invalid " + key + " \"" + shown(value) + "\": " + oneLine(expected);
    }

    /** A value as a message shows it: at most 120 characters and its length, control characters escaped. */
    public static String shown(Object value) {
        String text = String.valueOf(value);
        if (text.length() > SHOWN_CHARS) {
            text = text.substring(0, SHOWN_CHARS) + "... (" + text.length() + " characters)";
        }
        return oneLine(text);
    }

    /** The text with its control characters escaped ({@code \\u000a} for a newline), so a log shows it on one line. */
    public static String oneLine(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * {@link #message} for a schedule the engine rejected: the engine's reason once, without its own
     * {@code Invalid schedule "..."} prefix, which would name the schedule a second time.
     */
    public static String scheduleMessage(String owner, String key, String schedule, String engineMessage) {
        String named = "Invalid schedule \"" + schedule + "\": ";
        String reason = engineMessage != null && engineMessage.startsWith(named)
                ? engineMessage.substring(named.length()) : engineMessage;
        return message(owner, key, schedule, reason);
    }

    private <T> T invalid(String key, Object value, String expected, T fallback) {
        problems.add(message(owner, key, value, "use " + expected));
        return fallback;
    }

    private Object single(String key) {
        Object value = properties.get(key);
        if (value != null && (value.getClass().isArray() || value instanceof Iterable)) {
            List<Object> elements = elements(value);
            return elements.isEmpty() ? null : elements.get(0);
        }
        return value;
    }

    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        if (value instanceof Iterable) {
            for (Object element : (Iterable<?>) value) {
                elements.add(element);
            }
        } else {
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
        }
        return elements;
    }

    private static void addSplit(List<String> texts, Object element) {
        if (element == null) {
            return;
        }
        for (String part : element.toString().split(",")) {
            String text = part.trim();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
    }
}
