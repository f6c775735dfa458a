package org.aioschedule.provider.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aioschedule.provider.internal.config.ConfigReader;

/**
 * The PID a service is known by: the first present of {@code kura.service.pid}, {@code service.pid} and
 * {@code component.name}, its first element when the property is a list or an array (Felix SCR may register
 * {@code service.pid} as a list).
 */
final class ServicePid {

    private static final String[] KEYS = {"kura.service.pid", "service.pid", "component.name"};

    private ServicePid() {
    }

    /**
     * @param property a service property by name, null when absent
     * @return the PID, or null when the service has none
     */
    static String of(Function<String, ?> property) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : KEYS) {
            Object value = property.apply(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        ConfigReader reader = new ConfigReader("Service", properties);
        for (String key : KEYS) {
            List<String> values = reader.values(key);
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }
}
