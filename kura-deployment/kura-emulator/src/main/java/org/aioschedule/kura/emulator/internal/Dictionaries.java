package org.aioschedule.kura.emulator.internal;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

/** Conversions between ConfigurationAdmin dictionaries and maps. */
final class Dictionaries {

    private Dictionaries() {
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
