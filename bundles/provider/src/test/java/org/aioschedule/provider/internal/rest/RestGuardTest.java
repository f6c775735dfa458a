package org.aioschedule.provider.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aioschedule.provider.internal.HidingClassLoader;
import org.aioschedule.provider.internal.SchedulerComponent;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.ComponentContext;

/**
 * REST and cloud requests are optional imports: the guard enables their components only when their packages are
 * wired, and with those packages hidden (as on a Kura or OSGi runtime without them) the bundle's always-loaded
 * classes still load, while the REST classes do not.
 */
class RestGuardTest {

    private static final List<String> HIDDEN = Arrays.asList("javax.ws.rs", "javax.annotation.security",
            "org.osgi.service.useradmin", "org.eclipse.kura.cloudconnection", "org.eclipse.kura.message",
            "org.eclipse.kura.request");

    private final List<String> enabled = new ArrayList<>();
    private final ComponentContext context = (ComponentContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ComponentContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("enableComponent")) {
                    enabled.add((String) args[0]);
                }
                return null;
            });

    @Test
    void shouldEnableBothWhenEverythingIsWired() {
        Set<String> wired = new HashSet<>(RestGuard.REST_PACKAGES);
        wired.addAll(RestGuard.CLOUD_PACKAGES);

        RestGuard.enable(wired, context);

        assertThat(enabled).containsExactly(RestGuard.REST_COMPONENT, RestGuard.REQUEST_HANDLER_COMPONENT);
    }

    @Test
    void shouldEnableOnlyWhatItsPackagesAllow() {
        RestGuard.enable(new HashSet<>(RestGuard.REST_PACKAGES), context);
        assertThat(enabled).containsExactly(RestGuard.REST_COMPONENT);

        enabled.clear();
        Set<String> noUserAdmin = new HashSet<>(RestGuard.CLOUD_PACKAGES);
        noUserAdmin.add("javax.annotation.security");
        RestGuard.enable(noUserAdmin, context);
        assertThat(enabled).containsExactly(RestGuard.REQUEST_HANDLER_COMPONENT);

        enabled.clear();
        RestGuard.enable(Collections.emptySet(), context);
        assertThat(enabled).isEmpty();
    }

    @Test
    void shouldDeclareTheRestComponentsDisabledSoSCRNeverLoadsThemUnguarded() throws Exception {
        String resource = new String(Files.readAllBytes(Paths.get("target", "classes", "OSGI-INF",
                RestGuard.REST_COMPONENT + ".xml")), StandardCharsets.UTF_8);

        assertThat(resource).contains("enabled=\"false\"").contains("interface=\"org.osgi.service.useradmin"
                + ".UserAdmin\"").contains("cardinality=\"0..1\"");
        String manifest = new String(Files.readAllBytes(Paths.get("target", "classes", "META-INF", "MANIFEST.MF")),
                StandardCharsets.UTF_8).replace("\r\n ", "").replace("\n ", "");
        assertThat(manifest).as("a runtime without UserAdmin still resolves the bundle")
                .contains("filter:=\"(objectClass=org.osgi.service.useradmin.UserAdmin)\";resolution:=optional");
    }

    @Test
    void shouldLoadTheAlwaysLoadedClassesWithTheRestAndCloudPackagesHidden() throws Exception {
        try (URLClassLoader withoutRest = new HidingClassLoader(HIDDEN)) {
            for (Class<?> type : Arrays.asList(RestGuard.class, SchedulerComponent.class)) {
                Class<?> hidden = Class.forName(type.getName(), true, withoutRest);
                assertThat(hidden.getDeclaredMethods()).as("SCR reflects over %s", type).isNotEmpty();
            }
            Class<?> guard = Class.forName(RestGuard.class.getName(), true, withoutRest);
            Class<?> contextType = Class.forName(ComponentContext.class.getName(), false, withoutRest);
            Object hiddenContext = Proxy.newProxyInstance(withoutRest, new Class<?>[] {contextType},
                    (proxy, method, args) -> null);
            Method enable = guard.getDeclaredMethod("enable", Set.class, contextType);
            enable.setAccessible(true);
            assertThat((List<?>) enable.invoke(null, Collections.emptySet(), hiddenContext)).isEmpty();

            Class<?> rest = Class.forName(SchedulerResource.class.getName(), false, withoutRest);
            assertThatThrownBy(rest::getMethods).as("the hiding works: the resource needs JAX-RS")
                    .isInstanceOf(NoClassDefFoundError.class);
        }
    }
}
