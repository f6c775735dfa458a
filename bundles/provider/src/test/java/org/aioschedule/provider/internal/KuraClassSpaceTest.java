package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aioschedule.provider.internal.store.KuraStore;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.aioschedule.provider.internal.store.WatchedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kura DB packages are optional imports (org.eclipse.kura.db.keyvalue and connection.listener exist on Kura 5.3+
 * only): SCR reflects over the component class's methods, so no class loaded at activation may name their types.
 */
class KuraClassSpaceTest {

    private static final List<Class<?>> LOADED_AT_ACTIVATION = Arrays.asList(SchedulerComponent.class,
            KuraDbServices.class, StoreSwitch.class, EngineFactory.class, StoreChoice.class, KuraStore.class,
            KuraStore.Probe.class, WatchedStore.class, SchedulerRuntime.class, SchedulerRuntime.Parts.class,
            JobStores.class, ServicePid.class);

    @Test
    void shouldNameNoKuraDbTypeInTheSignaturesOfClassesLoadedAtActivation() {
        List<String> found = new ArrayList<>();
        for (Class<?> type : LOADED_AT_ACTIVATION) {
            for (Field field : type.getDeclaredFields()) {
                check(type.getSimpleName() + "." + field.getName(), found, field.getType());
            }
            for (Method method : type.getDeclaredMethods()) {
                check(type.getSimpleName() + "." + method.getName() + "()", found, method.getReturnType());
                check(type.getSimpleName() + "." + method.getName() + "()", found, method.getParameterTypes());
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                check(type.getSimpleName() + "()", found, constructor.getParameterTypes());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void shouldBindTheDbReferencesAsServiceReferences() throws Exception {
        for (String name : new String[] {"KeyValueDbService", "BaseDbService"}) {
            assertThat(SchedulerComponent.class.getDeclaredMethod("bind" + name,
                    org.osgi.framework.ServiceReference.class)).isNotNull();
            assertThat(SchedulerComponent.class.getDeclaredMethod("unbind" + name,
                    org.osgi.framework.ServiceReference.class)).isNotNull();
        }
    }

    /** As on Kura 5.0-5.2 without the key-value API, or on a framework without any Kura DB package. */
    @Test
    void shouldActivateOnAFileStoreWhenTheKuraDbPackagesAreMissing(@TempDir Path data) throws Exception {
        try (URLClassLoader withoutKuraDb = new HidingClassLoader(
                Arrays.asList("org.eclipse.kura.db", "org.eclipse.kura.connection"))) {
            Class<?> type = Class.forName(SchedulerComponent.class.getName(), true, withoutKuraDb);
            Object component = type.getDeclaredConstructor().newInstance();
            Map<String, Object> properties = new HashMap<>(Gateway.schedulerDefaults());
            properties.put("store.file.path", data.toString());
            Method start = type.getDeclaredMethod("start", Map.class);
            start.setAccessible(true);
            start.invoke(component, properties);
            try {
                Method status = type.getDeclaredMethod("storeStatus");
                assertThat((String) status.invoke(component))
                        .startsWith("store.type=auto: the file store in " + data + " (store.file.path) (the first "
                                + "durable store; no KeyValueDbService, no BaseDbService)");
            } finally {
                Method deactivate = type.getDeclaredMethod("deactivate");
                deactivate.setAccessible(true);
                deactivate.invoke(component);
            }
        }
    }

    private static void check(String where, List<String> found, Class<?>... types) {
        for (Class<?> type : types) {
            String name = type.getName();
            if (name.startsWith("org.eclipse.kura.db") || name.startsWith("org.eclipse.kura.connection")) {
                found.add(where + " names " + name);
            }
        }
    }
}
