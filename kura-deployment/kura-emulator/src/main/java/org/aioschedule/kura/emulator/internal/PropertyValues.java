package org.aioschedule.kura.emulator.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** A configuration value as Kura's snapshots write it: a Kura type name, an array flag, and the values as text. */
final class PropertyValues {

    private static final Class<?>[] TYPES = { String.class, Long.class, Double.class, Float.class, Integer.class,
        Byte.class, Character.class, Boolean.class, Short.class };
    private static final String[] NAMES = { "String", "Long", "Double", "Float", "Integer", "Byte", "Char",
        "Boolean", "Short" };

    private final String typeName;
    private final boolean array;
    private final List<String> texts;

    private PropertyValues(String typeName, boolean array, List<String> texts) {
        this.typeName = typeName;
        this.array = array;
        this.texts = texts;
    }

    /** The snapshot form of {@code value}, or {@code null} for a type Kura's snapshots cannot hold. */
    static PropertyValues of(Object value) {
        boolean array = value.getClass().isArray();
        Class<?> type = array ? boxed(value.getClass().getComponentType()) : value.getClass();
        String name = nameOf(type);
        if (name == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (array) {
            for (int i = 0; i < Array.getLength(value); i++) {
                texts.add(String.valueOf(Array.get(value, i)));
            }
        } else {
            texts.add(value.toString());
        }
        return new PropertyValues(name, array, texts);
    }

    static Object parse(String typeName, String[] texts, boolean array) {
        Object[] values = typedArray(typeName, texts.length);
        for (int i = 0; i < texts.length; i++) {
            values[i] = parseOne(typeName, texts[i]);
        }
        return array ? values : (values.length == 0 ? null : values[0]);
    }

    String typeName() {
        return this.typeName;
    }

    boolean isArray() {
        return this.array;
    }

    List<String> texts() {
        return this.texts;
    }

    private static String nameOf(Class<?> type) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i] == type) {
                return NAMES[i];
            }
        }
        return null;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Array.get(Array.newInstance(type, 1), 0).getClass();
    }

    private static Object[] typedArray(String typeName, int length) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(typeName)) {
                return (Object[]) Array.newInstance(TYPES[i], length);
            }
        }
        return new String[length];
    }

    private static Object parseOne(String typeName, String text) {
        switch (typeName) {
            case "Long":
                return Long.valueOf(text);
            case "Double":
                return Double.valueOf(text);
            case "Float":
                return Float.valueOf(text);
            case "Integer":
                return Integer.valueOf(text);
            case "Byte":
                return Byte.valueOf(text);
            case "Char":
                return text.charAt(0);
            case "Boolean":
                return Boolean.valueOf(text);
            case "Short":
                return Short.valueOf(text);
            default:
                return text;
        }
    }
}
