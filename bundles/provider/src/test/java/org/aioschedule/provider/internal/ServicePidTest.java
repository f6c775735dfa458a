package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One PID lookup for task services and Kura DB services. */
class ServicePidTest {

    @Test
    void shouldTakeTheFirstOfKuraServicePidServicePidComponentName() {
        assertThat(ServicePid.of(properties("component.name", "c", "service.pid", "s", "kura.service.pid", "k")::get))
                .isEqualTo("k");
        assertThat(ServicePid.of(properties("component.name", "c", "service.pid", "s")::get)).isEqualTo("s");
        assertThat(ServicePid.of(properties("component.name", "c")::get)).isEqualTo("c");
        assertThat(ServicePid.of(properties("service.id", 7L)::get)).isNull();
    }

    /** Felix SCR 2.1.16 may register service.pid as a list (TOOLCHAIN.md trap 21): its first element is the PID. */
    @Test
    void shouldTakeTheFirstElementOfAListOrArrayValue() {
        assertThat(ServicePid.of(properties("service.pid", Arrays.asList("a", "b"))::get)).isEqualTo("a");
        assertThat(ServicePid.of(properties("service.pid", new String[] {"x", "y"})::get)).isEqualTo("x");
    }

    private static Map<String, Object> properties(Object... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }
}
