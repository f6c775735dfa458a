package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.FACTORY;
import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.aioschedule.kura.emulator.internal.KuraFixture.props;
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
 * Issue 9's package-upgrade failure, reproduced from ConfigurationServiceImpl.java (KURA_5.4.1_RELEASE): a factory
 * instance whose service registers again with a list service.pid is tracked under that list's toString(); Apply
 * writes there and never reaches the instance's configuration, the snapshot entry loses service.factoryPid, and
 * after the next boot the entry is a plain configuration: the instance is gone.
 */
class ListServicePidScenarioTest {

    @TempDir
    Path snapshotsDir;

    @Test
    void shouldLoseAnInstanceThatRegistersAgainWithAListServicePid() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, PROVIDER);
        kura.writes.createFactoryConfiguration(FACTORY, "job-1", props("threads", 7), true);
        String instancePid = kura.registry.servicePid("job-1");
        ComponentTracker<ConfigurableComponent> tracker = new ComponentTracker<>(KuraFixture.context(),
                ConfigurableComponent.class, kura.registry, false);

        ServiceReference<ConfigurableComponent> first = registration(instancePid);
        tracker.addingService(first);
        tracker.removedService(first, first);
        tracker.addingService(registration(Arrays.asList(FACTORY, instancePid)));
        kura.writes.updateConfiguration("job-1", props("threads", 8), true);

        assertThat(kura.registry.servicePid("job-1")).isEqualTo("[" + FACTORY + ", " + instancePid + "]");
        assertThat(kura.configAdmin.configurations.get(instancePid).properties).as("Apply never reaches the job")
                .containsEntry("threads", 7);
        assertThat(kura.snapshots.readLatest().get("job-1")).containsEntry("threads", 8)
                .doesNotContainKey("service.factoryPid");

        KuraFixture booted = kura.reboot(this.snapshotsDir);
        booted.writes.restoreLatestSnapshot();
        assertThat(booted.configAdmin.configurations.values()).as("no factory instance after the boot")
                .allMatch(configuration -> configuration.factoryPid == null);
    }

    private static ServiceReference<ConfigurableComponent> registration(Object servicePid) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.pid", servicePid);
        properties.put("service.factoryPid", FACTORY);
        properties.put("kura.service.pid", "job-1");
        return KuraFixture.reference(properties);
    }
}
