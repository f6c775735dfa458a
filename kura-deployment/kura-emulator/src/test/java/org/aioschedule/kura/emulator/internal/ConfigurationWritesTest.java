package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.FACTORY;
import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.aioschedule.kura.emulator.internal.KuraFixture.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.aioschedule.kura.emulator.internal.FakeConfigurationAdmin.FakeConfiguration;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Creation, deletion, updates and snapshots, following ConfigurationServiceImpl.java
 * (kura/org.eclipse.kura.core.configuration, KURA_5.4.1_RELEASE): createFactoryConfiguration,
 * deleteFactoryConfiguration, updateConfiguration(s) / updateConfigurationsInternal / updateConfigurationInternal,
 * buildCurrentConfiguration, saveSnapshot, garbageCollectionOldSnapshots.
 */
class ConfigurationWritesTest {

    @TempDir
    Path snapshotsDir;

    private KuraFixture kura() {
        return new KuraFixture(this.snapshotsDir);
    }

    private static KuraFixture withSingleton(KuraFixture kura) throws Exception {
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, SINGLETON, null);
        return kura;
    }

    @Test
    void shouldCreateFactoryInstanceAsTheWebUiDoes() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, PROVIDER);

        kura.writes.createFactoryConfiguration(FACTORY, "job-1", props("threads", 9), true);

        FakeConfiguration config = kura.configAdmin.configurations.values().iterator().next();
        assertThat(config.location).as("created with a null location, as Kura does").isNull();
        assertThat(config.properties).containsEntry("kura.service.pid", "job-1").containsEntry("threads", 9)
                .containsEntry("enabled", true);
        assertThat(kura.registry.trackedPids()).containsExactly("job-1");
        assertThat(kura.snapshots.readLatest().get("job-1")).containsEntry("service.factoryPid", FACTORY)
                .containsEntry("threads", 9);
    }

    @Test
    void shouldRejectANullOrDuplicateInstanceName() throws Exception {
        KuraFixture kura = kura();
        kura.writes.createFactoryConfiguration(FACTORY, "job-1", null, false);

        assertThatThrownBy(() -> kura.writes.createFactoryConfiguration(FACTORY, "job-1", null, false))
                .isInstanceOf(KuraException.class).hasMessageContaining("already exists")
                .extracting(e -> ((KuraException) e).getCode()).isEqualTo(KuraErrorCode.INVALID_PARAMETER);
        assertThatThrownBy(() -> kura.writes.createFactoryConfiguration(FACTORY, null, null, false))
                .isInstanceOf(KuraException.class).hasMessageContaining("pid cannot be null");
    }

    @Test
    void shouldDeleteFactoryInstanceAndDropItFromTheNextSnapshot() throws Exception {
        KuraFixture kura = kura();
        kura.writes.createFactoryConfiguration(FACTORY, "job-1", null, true);
        kura.writes.createFactoryConfiguration(FACTORY, "job-2", null, true);

        kura.writes.deleteFactoryConfiguration("job-1", true);

        assertThat(kura.configAdmin.configurations.values()).extracting(c -> c.properties.get("kura.service.pid"))
                .containsExactly("job-2");
        assertThat(kura.snapshots.readLatest()).containsOnlyKeys("job-2");
        assertThat(kura.registry.trackedPids()).containsExactly("job-2");
    }

    @Test
    void shouldDoNothingWhenDeletingWhatIsNoFactoryInstance() throws Exception {
        KuraFixture kura = withSingleton(kura());

        kura.writes.deleteFactoryConfiguration(SINGLETON, true);
        kura.writes.deleteFactoryConfiguration("unknown", true);

        assertThat(kura.configAdmin.configurations).containsKey(SINGLETON);
        assertThat(kura.snapshots.ids()).as("no snapshot").isEmpty();
        assertThatThrownBy(() -> kura.writes.deleteFactoryConfiguration(null, true))
                .hasMessageContaining("pid cannot be null");
    }

    @Test
    void shouldMergeUpdateOverDefaultsAndRunningConfigurationAndSnapshot() throws Exception {
        KuraFixture kura = withSingleton(kura());
        kura.configAdmin.configurations.get(SINGLETON).properties.put("enabled", false);

        kura.writes.updateConfiguration(SINGLETON, props("threads", 2), true);

        assertThat(kura.configAdmin.configurations.get(SINGLETON).properties).containsEntry("threads", 2)
                .containsEntry("enabled", false).containsEntry("kura.service.pid", SINGLETON);
        assertThat(kura.snapshots.readLatest().get(SINGLETON)).containsEntry("threads", 2);
    }

    @Test
    void shouldTakeNoSnapshotWhenAskedNotTo() throws Exception {
        KuraFixture kura = withSingleton(kura());

        kura.writes.updateConfiguration(SINGLETON, props("threads", 2), false);

        assertThat(kura.configAdmin.configurations.get(SINGLETON).properties).containsEntry("threads", 2);
        assertThat(kura.snapshots.ids()).isEmpty();
    }

    @Test
    void shouldThrowANullPointerExceptionWhenTheServicePidReadHasNoConfiguration() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, "[" + SINGLETON + ", " + SINGLETON + "]", null);

        assertThatThrownBy(() -> kura.writes.updateConfiguration(SINGLETON, props("threads", 2), true))
                .isInstanceOf(NullPointerException.class);
        assertThat(kura.configAdmin.configurations.get(SINGLETON).properties).as("seeded before, not updated")
                .containsEntry("threads", 4);
        assertThat(kura.snapshots.ids()).as("thrown before the snapshot").isEmpty();
    }

    @Test
    void shouldIgnoreAnUpdateOfAnUntrackedPidButStillSnapshot() throws Exception {
        KuraFixture kura = withSingleton(kura());

        kura.writes.updateConfiguration("org.example.Unknown", props("threads", 2), true);

        assertThat(kura.configAdmin.configurations).doesNotContainKey("org.example.Unknown");
        assertThat(kura.snapshots.readLatest()).containsOnlyKeys(SINGLETON);
    }

    @Test
    void shouldCreateAnInstanceWhenAnUpdateCarriesAFactoryPidOfAnUntrackedPid() throws Exception {
        KuraFixture kura = kura();

        kura.writes.updateConfiguration("job-9", props("service.factoryPid", FACTORY, "threads", 3), true);

        assertThat(kura.registry.trackedPids()).containsExactly("job-9");
        assertThat(kura.snapshots.readLatest().get("job-9")).containsEntry("threads", 3);
    }

    @Test
    void shouldKeepUntrackedConfigurationsOfTheLatestSnapshot() throws Exception {
        KuraFixture kura = kura();
        kura.snapshots.write(Collections.singletonMap("org.example.NotInstalled", props("a", "b")));

        kura.writes.snapshot();

        assertThat(kura.snapshots.readLatest()).containsKey("org.example.NotInstalled");
    }

    @Test
    void shouldKeepAsManySnapshotsAsSystemServiceSays() throws Exception {
        KuraFixture kura = withSingleton(kura());
        kura.snapshotsKept.set(3);

        for (int i = 0; i < 5; i++) {
            kura.writes.snapshot();
        }

        assertThat(kura.snapshots.ids()).hasSize(3);
        kura.snapshotsKept.set(1);
        kura.writes.snapshot();
        assertThat(kura.snapshots.ids()).as("read at each snapshot").hasSize(1);
    }

    @Test
    void shouldWriteATrackedComponentWithoutPropertiesAsAnEntryWithoutProperties() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, "[" + SINGLETON + ", " + SINGLETON + "]", null);

        long id = kura.writes.snapshot();

        String xml = new String(Files.readAllBytes(kura.snapshots.file(id)), StandardCharsets.UTF_8);
        assertThat(xml).contains("pid=\"" + SINGLETON + "\"").doesNotContain("esf:properties");
        assertThat(kura.snapshots.readLatest().get(SINGLETON)).isEmpty();
    }

    @Test
    void knownDifferenceSnapshotsArePlainXmlNotEncryptedWithCryptoService() throws Exception {
        KuraFixture kura = withSingleton(kura());

        long id = kura.writes.snapshot();

        String content = new String(Files.readAllBytes(kura.snapshots.file(id)), StandardCharsets.UTF_8);
        assertThat(content).as("Kura's writeSnapshot encrypts with CryptoService.encryptAes; the emulator does not")
                .startsWith("<?xml");
    }
}
