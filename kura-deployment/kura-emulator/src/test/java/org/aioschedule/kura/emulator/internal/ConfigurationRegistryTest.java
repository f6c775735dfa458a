package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.kura.emulator.internal.FakeConfigurationAdmin.FakeConfiguration;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeParser;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.KuraException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationRegistryTest {

    private static final String FACTORY = "org.example.Job";
    private static final String SINGLETON = "org.example.Scheduler";

    @TempDir
    Path snapshotsDir;

    private final FakeConfigurationAdmin configAdmin = new FakeConfigurationAdmin();
    private SnapshotStore snapshots;
    private ConfigurationRegistry registry;

    @BeforeEach
    void setUp() {
        this.snapshots = new SnapshotStore(this.snapshotsDir, Clock.systemUTC());
        this.registry = new ConfigurationRegistry(this.configAdmin, this.snapshots);
    }

    @Test
    void shouldSeedSingletonWithDefaultsAndKuraServicePidKeepingExistingValues() throws Exception {
        this.configAdmin.getConfiguration(SINGLETON, "?").update(dictionary("enabled", false));

        this.registry.registerOcd(SINGLETON, ocd(SINGLETON), false);

        FakeConfiguration config = this.configAdmin.configurations.get(SINGLETON);
        assertThat(config.properties).containsEntry("enabled", false).containsEntry("threads", 4)
                .containsEntry("kura.service.pid", SINGLETON).doesNotContainKey("note");
        assertThat(config.updates).as("Kura always writes the seeded configuration back").isEqualTo(2);
    }

    @Test
    void shouldCreateFactoryInstanceAsTheWebUiDoes() throws Exception {
        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);

        this.registry.createFactoryConfiguration(FACTORY, "job-1", props("threads", 9), true);

        FakeConfiguration config = onlyFactoryConfiguration();
        assertThat(config.location).as("multi-location, visible to SCR").isEqualTo("?");
        assertThat(config.properties).containsEntry("kura.service.pid", "job-1").containsEntry("threads", 9)
                .containsEntry("enabled", true);
        assertThat(this.registry.trackedPids()).containsExactly("job-1");
        Map<String, Object> snapshot = this.snapshots.readLatest().get("job-1");
        assertThat(snapshot).containsEntry("service.factoryPid", FACTORY).containsEntry("threads", 9);
    }

    @Test
    void shouldRejectDuplicateInstanceName() throws Exception {
        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);
        this.registry.createFactoryConfiguration(FACTORY, "job-1", null, false);

        assertThatThrownBy(() -> this.registry.createFactoryConfiguration(FACTORY, "job-1", null, false))
                .isInstanceOf(KuraException.class).hasMessageContaining("already exists");
    }

    @Test
    void shouldDeleteFactoryInstanceAndDropItFromTheNextSnapshot() throws Exception {
        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);
        this.registry.createFactoryConfiguration(FACTORY, "job-1", null, true);
        this.registry.createFactoryConfiguration(FACTORY, "job-2", null, true);

        this.registry.deleteFactoryConfiguration("job-1", true);

        assertThat(this.configAdmin.configurations.values()).extracting(c -> c.properties.get("kura.service.pid"))
                .containsExactly("job-2");
        assertThat(this.snapshots.readLatest()).containsOnlyKeys("job-2");
        assertThat(this.registry.trackedPids()).containsExactly("job-2");
    }

    @Test
    void shouldIgnoreComponentWithoutKuraServicePid() {
        this.registry.registerComponent(null, "org.example.Other", null);

        assertThat(this.registry.trackedPids()).isEmpty();
    }

    @Test
    void shouldSeedFactoryInstanceRegisteredBeforeItsMetatype() throws Exception {
        FakeConfiguration instance = (FakeConfiguration) this.configAdmin.createFactoryConfiguration(FACTORY, "?");
        instance.update(dictionary("kura.service.pid", "restored"));
        this.registry.registerComponent("restored", instance.getPid(), FACTORY);

        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);

        assertThat(instance.properties).containsEntry("kura.service.pid", "restored").containsEntry("threads", 4);
    }

    @Test
    void shouldMergeUpdateOverRunningConfigurationAndSnapshot() throws Exception {
        this.registry.registerOcd(SINGLETON, ocd(SINGLETON), false);
        this.registry.registerComponent(SINGLETON, SINGLETON, null);

        this.registry.updateConfiguration(SINGLETON, props("threads", 2));

        assertThat(this.configAdmin.configurations.get(SINGLETON).properties).containsEntry("threads", 2)
                .containsEntry("enabled", true);
        assertThat(this.snapshots.readLatest().get(SINGLETON)).containsEntry("threads", 2);
    }

    @Test
    void shouldKeepUntrackedConfigurationsOfTheLatestSnapshot() throws Exception {
        this.snapshots.write(Collections.singletonMap("org.example.NotInstalled", props("a", "b")));

        this.registry.snapshot();

        assertThat(this.snapshots.readLatest()).containsKey("org.example.NotInstalled");
    }

    @Test
    void shouldRestoreEveryEntryOfTheNewestSnapshotAfterKurasWipe() throws Exception {
        this.registry.registerOcd(SINGLETON, ocd(SINGLETON), false);
        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);
        this.registry.registerComponent(SINGLETON, SINGLETON, null);
        this.registry.updateConfiguration(SINGLETON, props("threads", 2));
        this.registry.createFactoryConfiguration(FACTORY, "job-1", props("threads", 7), true);
        this.registry.createFactoryConfiguration(FACTORY, "unsaved", null, false);

        FakeConfigurationAdmin wiped = new FakeConfigurationAdmin();
        ConfigurationRegistry afterBoot = new ConfigurationRegistry(wiped, this.snapshots);
        assertThat(afterBoot.restoreLatestSnapshot()).containsExactlyInAnyOrder(SINGLETON, "job-1");

        assertThat(wiped.configurations.get(SINGLETON).properties).containsEntry("threads", 2)
                .containsEntry("kura.service.pid", SINGLETON);
        FakeConfiguration instance = wiped.configurations.values().stream().filter(c -> c.factoryPid != null)
                .findFirst().get();
        assertThat(instance.factoryPid).isEqualTo(FACTORY);
        assertThat(instance.location).as("multi-location, visible to SCR").isEqualTo("?");
        assertThat(instance.properties).containsEntry("kura.service.pid", "job-1").containsEntry("threads", 7)
                .doesNotContainKeys("service.pid", "service.factoryPid");
        assertThat(wiped.configurations).as("a configuration taken after the last snapshot is lost, as on Kura")
                .hasSize(2);
        assertThat(afterBoot.trackedPids()).as("tracked only when the component registers").isEmpty();
    }

    @Test
    void shouldNotDuplicateFactoryInstancesWhenRestoredWithoutAWipe() throws Exception {
        this.registry.registerOcd(FACTORY, ocd(FACTORY), true);
        this.registry.createFactoryConfiguration(FACTORY, "job-1", null, true);

        assertThat(new ConfigurationRegistry(this.configAdmin, this.snapshots).restoreLatestSnapshot()).isEmpty();

        assertThat(this.configAdmin.configurations).hasSize(1);
    }

    private FakeConfiguration onlyFactoryConfiguration() {
        assertThat(this.configAdmin.configurations).hasSize(1);
        return this.configAdmin.configurations.values().iterator().next();
    }

    private static KuraOcd ocd(String id) throws Exception {
        String xml = "<MetaData><OCD id='" + id + "' name='x'>"
                + "<AD id='enabled' type='Boolean' default='true'/>"
                + "<AD id='threads' type='Integer' default='4'/>"
                + "<AD id='note' type='String' default=''/>"
                + "</OCD></MetaData>";
        return KuraMetatypeParser.parse(xml).ocd(id);
    }

    private static Map<String, Object> props(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private static Dictionary<String, Object> dictionary(String key, Object value) {
        return Dictionaries.toDictionary(props(key, value));
    }
}
