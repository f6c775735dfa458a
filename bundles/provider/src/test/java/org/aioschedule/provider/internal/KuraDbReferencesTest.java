package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;

/** The Kura DB references as SCR drives them: bound by ServiceReference, located through the component context. */
class KuraDbReferencesTest {

    private static final String H2_PID = "org.eclipse.kura.db.H2DbService";

    @TempDir
    Path data;
    private final Gateway gateway = new Gateway();
    private H2DbServiceEmulator h2;

    @AfterEach
    void close() throws Exception {
        gateway.close();
        if (h2 != null) {
            Emulators.stop(h2);
        }
    }

    @Test
    void shouldHaveOneActivateMethodSoThatScrPassesTheComponentContext() {
        assertThat(Arrays.stream(SchedulerComponent.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("activate"))
                .map(method -> Arrays.toString(method.getParameterTypes())).collect(Collectors.toList()))
                .containsExactly("[interface " + ComponentContext.class.getName() + ", interface java.util.Map]");
    }

    @Test
    void shouldUseADatabaseBoundBeforeActivationAndLeaveItWhenUnbound() throws Exception {
        h2 = Emulators.h2("jdbc:h2:file:" + data.resolve("db/kuradb").toAbsolutePath());
        ServiceReference<?> reference = reference(H2_PID);
        gateway.scheduler.setSystemService(SchedulerComponentTest.system(data.toString()));

        gateway.scheduler.bindBaseDbService(reference);
        gateway.scheduler.activate(context(reference, h2), Gateway.schedulerDefaults());

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID
                + " jdbc:h2:file:");
        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");

        gateway.scheduler.unbindBaseDbService(reference);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: the file store in "
                + data.resolve("aioschedule")).contains("the state of 1 jobs was carried over from Kura DB");
        assertThat(gateway.scheduler.job("api")).isPresent();
    }

    @Test
    void shouldLocateAServiceBoundAfterActivation() throws Exception {
        h2 = Emulators.h2("jdbc:h2:file:" + data.resolve("db/kuradb").toAbsolutePath());
        ServiceReference<?> reference = reference(H2_PID);
        gateway.scheduler.activate(context(reference, h2), Gateway.schedulerDefaults());
        assertThat(gateway.scheduler.storeStatus()).contains("no durable store");

        gateway.scheduler.bindBaseDbService(reference);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID);
    }

    static ServiceReference<?> reference(String kuraServicePid) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kura.service.pid", kuraServicePid);
        properties.put("service.id", 42L);
        return proxy(ServiceReference.class, (self, method, args) -> method.getName().equals("getProperty")
                ? properties.get(args[0]) : null);
    }

    static ComponentContext context(ServiceReference<?> reference, Object service) {
        return proxy(ComponentContext.class, (self, method, args) -> method.getName().equals("locateService")
                && args.length == 2 && args[1] == reference ? service : null);
    }

    interface Answer {
        Object answer(Object self, Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(KuraDbReferencesTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    switch (method.getName()) {
                        case "equals":
                            return self == args[0];
                        case "hashCode":
                            return System.identityHashCode(self);
                        case "toString":
                            return type.getSimpleName() + " stand-in";
                        default:
                            return answer.answer(self, method, args == null ? new Object[0] : args);
                    }
                }));
    }
}
