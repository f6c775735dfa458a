package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.H2DbService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Filter;

/**
 * The default H2 instance, following Kura 5.4.1's kura/org.eclipse.kura.core/src/main/java/org/eclipse/kura/core/db/
 * H2DbHelper.java and OSGI-INF/h2dbhelper.xml: created at activation, through
 * {@code createFactoryConfiguration(factory, "org.eclipse.kura.db.H2DbService", null, true)}, only when the
 * ConfigurationService knows no configuration for it; deleted without a snapshot at deactivation.
 */
class H2DbHelperEmulatorTest {

    private final RecordingConfigurationService configurationService = new RecordingConfigurationService();
    private final H2DbHelperEmulator helper = new H2DbHelperEmulator();

    @BeforeEach
    void wire() {
        this.helper.setConfigurationService(this.configurationService);
    }

    @Test
    void shouldCreateDefaultInstanceWithNoPropertiesAndSnapshotWhenNoneIsKnown() {
        this.helper.activate();

        assertThat(this.configurationService.calls).containsExactly("create org.eclipse.kura.core.db.H2DbService "
                + "org.eclipse.kura.db.H2DbService null true");
    }

    @Test
    void shouldLeaveTrackedDefaultInstanceAlone() {
        this.configurationService.tracked.add(H2DbService.DEFAULT_INSTANCE_PID);

        this.helper.activate();

        assertThat(this.configurationService.calls).isEmpty();
    }

    @Test
    void shouldDeleteDefaultInstanceWithoutSnapshotAtDeactivation() {
        this.configurationService.tracked.add(H2DbService.DEFAULT_INSTANCE_PID);

        this.helper.deactivate();

        assertThat(this.configurationService.calls).containsExactly("delete org.eclipse.kura.db.H2DbService false");
    }

    @Test
    void shouldDeleteNothingWhenNoDefaultInstanceIsKnown() {
        this.helper.deactivate();

        assertThat(this.configurationService.calls).isEmpty();
    }

    /** Records the calls the helper makes; knows the pids in {@link #tracked}. */
    private static final class RecordingConfigurationService implements ConfigurationService {

        final List<String> calls = new ArrayList<>();
        final Set<String> tracked = new HashSet<>();

        @Override
        public void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
                boolean takeSnapshot) {
            this.calls.add("create " + factoryPid + " " + pid + " " + properties + " " + takeSnapshot);
        }

        @Override
        public void deleteFactoryConfiguration(String pid, boolean takeSnapshot) {
            this.calls.add("delete " + pid + " " + takeSnapshot);
        }

        @Override
        public Set<String> getConfigurableComponentPids() {
            return Collections.unmodifiableSet(this.tracked);
        }

        @Override
        public Set<String> getFactoryComponentPids() {
            return Collections.singleton(H2DbServiceEmulator.FACTORY_PID);
        }

        @Override
        public List<ComponentConfiguration> getComponentConfigurations() {
            throw new UnsupportedOperationException("not used by the helper");
        }

        @Override
        public List<ComponentConfiguration> getComponentConfigurations(Filter filter) {
            throw new UnsupportedOperationException("not used by the helper");
        }

        /** Kura gives a configuration for a tracked pid, null for any other. */
        @Override
        public ComponentConfiguration getComponentConfiguration(String pid) {
            return this.tracked.contains(pid) ? new ComponentConfigurationValue(pid, null, null) : null;
        }

        @Override
        public void updateConfiguration(String pid, Map<String, Object> properties) {
            this.calls.add("update " + pid);
        }

        @Override
        public void updateConfiguration(String pid, Map<String, Object> properties, boolean takeSnapshot) {
            this.calls.add("update " + pid + " " + takeSnapshot);
        }

        @Override
        public long snapshot() {
            this.calls.add("snapshot");
            return 0;
        }
    }
}
