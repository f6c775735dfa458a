package org.aioschedule.kura.emulator.internal;

import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

/** Conversions between ConfigurationAdmin dictionaries and maps. */
final class Dictionaries {

    private Dictionaries() {
    }

    /**
     * A service property read as Kura reads PIDs: the first element of a {@code String[]} or a collection (Felix SCR
     * registers {@code service.pid} as a list when the component declares it and its configuration has it too).
     */
    static String firstString(Object value) {
        if (value instanceof String[]) {
            String[] values = (String[]) value;
            return values.length == 0 ? null : values[0];
        }
        if (value instanceof Collection) {
            Collection<?> values = (Collection<?>) value;
            return values.isEmpty() ? null : String.valueOf(values.iterator().next());
        }
        return value == null ? null : value.toString();
    }

    static Map<String, Object> toMap(Dictionary<String, ?> dictionary) {
        Map<String, Object> map = new HashMap<>();
        if (dictionary != null) {
            for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                map.put(key, dictionary.get(key));
            }
        }
        return map;
    }

    static Dictionary<String, Object> toDictionary(Map<String, ?> map) {
        Hashtable<String, Object> dictionary = new Hashtable<>();
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            if (entry.getKey() != null && entry.getValue() != null) {
                dictionary.put(entry.getKey(), entry.getValue());
            }
        }
        return dictionary;
    }
}
