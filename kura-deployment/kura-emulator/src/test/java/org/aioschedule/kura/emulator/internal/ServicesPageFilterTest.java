package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.KuraFixture.PROVIDER;
import static org.aioschedule.kura.emulator.internal.KuraFixture.SINGLETON;
import static org.aioschedule.kura.emulator.internal.KuraFixture.ocd;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.kura.configuration.ComponentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The web UI's Services page asks getComponentConfigurations(Filter) (EntryClassUi's SERVICES_FILTER through
 * GwtComponentServiceInternal.findComponentConfigurations, kura/org.eclipse.kura.web2): every service matching the
 * filter with a String kura.service.pid Kura tracks (ConfigurationServiceImpl.java, KURA_5.4.1_RELEASE).
 */
class ServicesPageFilterTest {

    @TempDir
    Path snapshotsDir;

    @Test
    void shouldListTrackedServicesMatchingTheFilterWithAStringKuraServicePid() throws Exception {
        KuraFixture kura = new KuraFixture(this.snapshotsDir);
        kura.registry.registerOcd(SINGLETON, ocd(SINGLETON), false, PROVIDER);
        kura.registry.registerComponent(SINGLETON, SINGLETON, null);
        ServiceReference<?>[] services = { service(SINGLETON, "a"), service("org.example.Untracked", "a"),
            service(new String[] { SINGLETON }, "a"), service(SINGLETON, "hidden") };

        java.util.List<ComponentConfiguration> shown = ConfigurationServiceEmulator
                .matching(FrameworkUtil.createFilter("(!(group=hidden))"), services, kura.registry);

        assertThat(shown).extracting(ComponentConfiguration::getPid).containsExactly(SINGLETON);
    }

    private static ServiceReference<?> service(Object kuraServicePid, String group) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kura.service.pid", kuraServicePid);
        properties.put("group", group);
        return KuraFixture.reference(properties);
    }
}
