package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.FACTORY;
import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.aioschedule.kura.emulator.internal.KuraFixture.props;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aioschedule.kura.emulator.internal.FakeConfigurationAdmin.FakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kura's boot after its wipe of ConfigurationAdmin: ConfigurationServiceImpl.java loadLatestSnapshotInConfigAdmin
 * (kura/org.eclipse.kura.core.configuration, KURA_5.4.1_RELEASE).
 */
class SnapshotRestoreTest {

    @TempDir
    Path snapshotsDir;

    @Test
    void shouldRecreateOnlyEntriesWithAFactoryPidAsFactoryInstancesAndPushTheOthersUnderTheirPid() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, SINGLETON, null);
        kura.writes.updateConfiguration(SINGLETON, props("threads", 2), true);
        kura.writes.createFactoryConfiguration(FACTORY, "job-1", props("threads", 7), true);
        kura.writes.createFactoryConfiguration(FACTORY, "unsaved", null, false);

        KuraFixture booted = kura.reboot(this.snapshotsDir);
        assertThat(booted.writes.restoreLatestSnapshot()).containsExactlyInAnyOrder(SINGLETON, "job-1");

        assertThat(booted.configAdmin.configurations.get(SINGLETON).properties).containsEntry("threads", 2)
                .containsEntry("kura.service.pid", SINGLETON);
        FakeConfiguration instance = booted.configAdmin.configurations.values().stream()
                .filter(c -> c.factoryPid != null).findFirst().get();
        assertThat(instance.factoryPid).isEqualTo(FACTORY);
        assertThat(instance.getProperties().get("service.pid")).as("a new service.pid from ConfigurationAdmin")
                .isEqualTo(instance.pid);
        assertThat(instance.properties).containsEntry("kura.service.pid", "job-1").containsEntry("threads", 7);
        assertThat(booted.configAdmin.configurations).as("a configuration taken after the last snapshot is lost")
                .hasSize(2);
        assertThat(booted.registry.trackedPids()).as("a recreated instance is tracked at once; the singleton only"
                + " when its service registers").containsExactly("job-1");
    }

    @Test
    void shouldPushAnEntryWithoutAFactoryPidUnderItsPidEvenWhenItIsAnInstanceThatLostItsMarker() throws Exception {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        entries.put("job-1", props("threads", 7));
        entries.put("[" + SINGLETON + ", " + SINGLETON + "]", null);
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.snapshots.write(entries);

        kura.writes.restoreLatestSnapshot();

        assertThat(kura.configAdmin.configurations.get("job-1").factoryPid).as("a plain configuration").isNull();
        assertThat(kura.configAdmin.configurations.get("job-1").properties).containsEntry("kura.service.pid", "job-1");
        assertThat(kura.registry.trackedPids()).isEmpty();
        assertThat(kura.configAdmin.configurations.get("[" + SINGLETON + ", " + SINGLETON + "]").properties)
                .as("an entry without properties is read back with none and pushed with kura.service.pid")
                .containsOnlyKeys("kura.service.pid");
    }

    @Test
    void shouldRefuseToRecreateAnInstanceWhoseServiceIsTrackedAlready() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.writes.createFactoryConfiguration(FACTORY, "job-1", null, true);

        assertThat(kura.writes.restoreLatestSnapshot()).as("its tracked configuration is pushed again, refused")
                .isEmpty();

        assertThat(kura.configAdmin.configurations).hasSize(1);
    }
}
