package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.FACTORY;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.kura.configuration.ConfigurableComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

/**
 * Kura reads the PIDs of a ConfigurableComponent with makeString (toString) at each bind and unregisters by the
 * kura.service.pid the service has at unbind: ConfigurationServiceImpl.java addConfigurableComponent /
 * removeConfigurableComponent and OSGI-INF/configuration.xml (dynamic 0..n, no updated), KURA_5.4.1_RELEASE.
 */
class ComponentTrackerTest {

    @TempDir
    Path snapshotsDir;

    @Test
    void shouldKeepAListServicePidAsItsToString() {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        ComponentTracker<ConfigurableComponent> tracker = tracker(kura);
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.pid", Arrays.asList(SINGLETON, SINGLETON));
        properties.put("kura.service.pid", SINGLETON);

        tracker.addingService(KuraFixture.reference(properties));

        assertThat(kura.registry.servicePid(SINGLETON)).isEqualTo("[" + SINGLETON + ", " + SINGLETON + "]");
    }

    @Test
    void shouldReadThePidsAgainWhenAFactoryInstanceRegistersAgain() {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        ComponentTracker<ConfigurableComponent> tracker = tracker(kura);
        Map<String, Object> first = new HashMap<>();
        first.put("service.pid", FACTORY + ".1");
        first.put("service.factoryPid", FACTORY);
        first.put("kura.service.pid", "job-1");
        ServiceReference<ConfigurableComponent> registration = KuraFixture.reference(first);
        tracker.addingService(registration);
        tracker.removedService(registration, registration);

        Map<String, Object> second = new HashMap<>(first);
        second.put("service.pid", new String[] { FACTORY, FACTORY + ".1" });
        tracker.addingService(KuraFixture.reference(second));

        assertThat(kura.registry.servicePid("job-1")).startsWith("[Ljava.lang.String;@");
        assertThat(kura.registry.isTracked("job-1")).isTrue();
    }

    @Test
    void shouldIgnoreAServiceWithoutServicePidAndOneWithoutKuraServicePid() {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        ComponentTracker<ConfigurableComponent> tracker = tracker(kura);
        Map<String, Object> noServicePid = new HashMap<>();
        noServicePid.put("kura.service.pid", "a");
        Map<String, Object> noKuraPid = new HashMap<>();
        noKuraPid.put("service.pid", "b");

        tracker.addingService(KuraFixture.reference(noServicePid));
        tracker.addingService(KuraFixture.reference(noKuraPid));

        assertThat(kura.registry.trackedPids()).isEmpty();
    }

    @Test
    void shouldUnregisterByTheKuraServicePidTheServiceHasWhenItGoesAway() {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        ComponentTracker<ConfigurableComponent> tracker = tracker(kura);
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.pid", SINGLETON);
        properties.put("kura.service.pid", SINGLETON);
        ServiceReference<ConfigurableComponent> registration = KuraFixture.reference(properties);
        tracker.addingService(registration);

        properties.put("kura.service.pid", "renamed");
        tracker.removedService(registration, registration);

        assertThat(kura.registry.trackedPids())
                .as("unbind reads the kura.service.pid the service has now, so the old one stays tracked")
                .containsExactly(SINGLETON);
    }

    private static ComponentTracker<ConfigurableComponent> tracker(KuraFixture kura) {
        return new ComponentTracker<>(KuraFixture.context(), ConfigurableComponent.class, kura.registry, false);
    }
}
