package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.FACTORY;
import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.aioschedule.kura.emulator.internal.KuraFixture.dictionary;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.aioschedule.kura.emulator.internal.KuraFixture.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;

import org.aioschedule.kura.emulator.internal.FakeConfigurationAdmin.FakeConfiguration;
import org.aioschedule.kura.emulator.metatype.KuraMetatypeParser;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.metatype.OCD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration, seeding and reading back, following ConfigurationServiceImpl.java and util/CollectionsUtil.java
 * (kura/org.eclipse.kura.core.configuration, KURA_5.4.1_RELEASE): registerComponentOCD,
 * registerComponentConfiguration, updateWithDefaultConfiguration, getConfigurableComponentConfiguration,
 * getOCDForPid.
 */
class ConfigurationRegistryTest {

    @TempDir
    Path snapshotsDir;

    private KuraFixture kura() {
        return new KuraFixture(this.snapshotsDir);
    }

    @Test
    void shouldSeedSingletonWithDefaultsAndKuraServicePidKeepingExistingValues() throws Exception {
        KuraFixture kura = kura();
        kura.configAdmin.getConfiguration(SINGLETON, "?").update(dictionary("enabled", false));

        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);

        FakeConfiguration config = kura.configAdmin.configurations.get(SINGLETON);
        assertThat(config.properties).containsEntry("enabled", false).containsEntry("threads", 4)
                .containsEntry("kura.service.pid", SINGLETON).doesNotContainKey("note");
        assertThat((String[]) config.properties.get("tags")).as("StringUtil.splitValues: escape, trim")
                .containsExactly("a, b", "c");
        assertThat(config.updates).as("Kura always writes the seeded configuration back").isEqualTo(2);
    }

    @Test
    void shouldSeedDefaultsIntoTheServicePidItReadNotIntoThePid() throws Exception {
        KuraFixture kura = kura();
        kura.configAdmin.getConfiguration(SINGLETON, "?").update(dictionary("kura.service.pid", SINGLETON));
        String listPid = "[" + SINGLETON + ", " + SINGLETON + "]";
        kura.registry.registerComponent(SINGLETON, listPid, null);

        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);

        assertThat(kura.configAdmin.configurations.get(listPid).properties).containsEntry("threads", 4)
                .containsEntry("kura.service.pid", SINGLETON);
        assertThat(kura.configAdmin.configurations.get(SINGLETON).properties).doesNotContainKey("threads");
    }

    @Test
    void shouldGiveNullPropertiesWhenConfigurationAdminHasNoneUnderTheServicePidRead() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, "[" + SINGLETON + ", " + SINGLETON + "]", null);

        ComponentConfiguration shown = kura.registry.configuration(SINGLETON);

        assertThat(shown.getPid()).isEqualTo(SINGLETON);
        assertThat(shown.getDefinition()).as("the web UI still finds the OCD").isNotNull();
        assertThat(shown.getConfigurationProperties()).as("CollectionsUtil.dictionaryToMap(null) is null").isNull();
        assertThat(kura.registry.configurations()).extracting(ComponentConfiguration::getPid).contains(SINGLETON);
    }

    @Test
    void shouldGiveNoConfigurationForAnUntrackedPid() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);

        assertThat(kura.registry.configuration(SINGLETON)).as("seeded, but no service registered").isNull();
        assertThat(kura.registry.configurations()).isEmpty();
    }

    @Test
    void shouldReadDefinitionAndPropertiesAsTheWebUiDoes() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, PROVIDER);
        FakeConfiguration instance = (FakeConfiguration) kura.configAdmin.createFactoryConfiguration(FACTORY, null);
        instance.update(dictionary("kura.service.pid", "job-1", "threads", 9));
        kura.registry.registerComponent("job-1", instance.getPid(), FACTORY);

        ComponentConfiguration shown = kura.registry.configuration("job-1");

        OCD definition = shown.getDefinition();
        assertThat(definition.getId()).as("the factory's OCD (getOCDForPid)").isEqualTo(FACTORY);
        assertThat(definition.getAD()).extracting(ad -> ad.getId()).containsExactly("enabled", "threads", "tags",
                "note");
        assertThat(shown.getConfigurationProperties()).containsEntry("threads", 9).containsEntry("enabled", true)
                .containsEntry("service.factoryPid", FACTORY);
    }

    @Test
    void shouldIgnoreComponentWithoutKuraServicePidOrServicePid() {
        KuraFixture kura = kura();
        kura.registry.registerComponent(null, "org.example.Other", null);
        kura.registry.registerComponent("org.example.Other", null, null);

        assertThat(kura.registry.trackedPids()).isEmpty();
    }

    @Test
    void shouldKeepTheFirstRegistrationUntilTheServiceGoesAway() {
        KuraFixture kura = kura();
        kura.registry.registerComponent("job-1", "svc.1", FACTORY);
        kura.registry.registerComponent("job-1", "svc.2", null);

        assertThat(kura.registry.servicePid("job-1")).isEqualTo("svc.1");

        kura.registry.unregisterComponent("job-1");
        kura.registry.registerComponent("job-1", "svc.2", null);

        assertThat(kura.registry.servicePid("job-1")).as("read again at the next registration").isEqualTo("svc.2");
    }

    @Test
    void shouldSeedFactoryInstanceRegisteredBeforeItsMetatype() throws Exception {
        KuraFixture kura = kura();
        FakeConfiguration instance = (FakeConfiguration) kura.configAdmin.createFactoryConfiguration(FACTORY, "?");
        instance.update(dictionary("kura.service.pid", "restored"));
        kura.registry.registerComponent("restored", instance.getPid(), FACTORY);

        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, PROVIDER);

        assertThat(instance.properties).containsEntry("kura.service.pid", "restored").containsEntry("threads", 4);
    }

    @Test
    void shouldOfferFactoryPidsUntilTheirFirstProviderStops() throws Exception {
        KuraFixture kura = kura();
        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, PROVIDER);
        kura.registry.registerOcd(FACTORY, ocd(FACTORY), true, "org.example.bundle_2.0.0");
        assertThat(kura.registry.factoryPids()).containsExactly(FACTORY);

        kura.registry.onBundleRemoved("org.example.bundle_2.0.0");
        assertThat(kura.registry.factoryPids()).as("TrackedComponentFactory keeps its first provider")
                .containsExactly(FACTORY);

        kura.registry.onBundleRemoved(PROVIDER);
        assertThat(kura.registry.factoryPids()).isEmpty();
        assertThat(kura.registry.ocd(FACTORY)).as("the OCD stays known").isNotNull();
    }

    @Test
    void shouldThrowWhatKurasConversionThrowsForADefaultThatIsNoNumber() throws Exception {
        OCD bad = KuraMetatypeParser.parse("<MetaData><OCD id='x' name='x'>"
                + "<AD id='threads' type='Integer' default='four'/></OCD></MetaData>").ocd("x");

        assertThatThrownBy(() -> ConfigurationRegistry.mergeDefaults(bad, new HashMap<>()))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void shouldAskASelfConfiguringComponentForItsConfiguration() throws Exception {
        ComponentConfiguration own = new ComponentConfigurationValue("net", ocd("net"), props("threads", 1));
        ConfigurationRegistry registry = new ConfigurationRegistry(new FakeConfigurationAdmin(),
                pid -> "net".equals(pid) ? own : null);

        registry.registerSelfConfiguring("net", "org.example.Net");

        assertThat(registry.trackedPids()).containsExactly("net");
        assertThat(registry.configuration("net")).isSameAs(own);
        assertThat(registry.registeredOcd("net")).as("its own definition").isSameAs(own.getDefinition());
    }
}
