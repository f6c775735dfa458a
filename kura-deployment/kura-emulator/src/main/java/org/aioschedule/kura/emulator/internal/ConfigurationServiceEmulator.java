package org.aioschedule.kura.emulator.internal;

import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.configuration.SelfConfiguringComponent;
import org.eclipse.kura.system.SystemService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;

/**
 * Kura's ConfigurationService (ConfigurationServiceImpl, KURA_5.4.1_RELEASE) on a plain OSGi runtime. It tracks
 * ConfigurableComponent and SelfConfiguringComponent services, reading {@code service.pid},
 * {@code kura.service.pid} and {@code service.factoryPid} with {@code toString()} at every registration; discovers
 * metatype the Kura way in ACTIVE bundles and seeds ConfigurationAdmin; hands out configurations as the web UI reads
 * them; creates, updates and deletes as the web UI does; and writes snapshots to {@code kura.snapshots}, as many
 * kept as SystemService says. Immediate, as Kura's: its trackers open first (DS binds Kura's references before
 * activation), then the newest snapshot is pushed into ConfigurationAdmin. Snapshots are plain XML (Kura encrypts
 * them with CryptoService) and Password values stay strings.
 */
@Component(service = { ConfigurationService.class, ConfigurationServiceEmulator.class }, immediate = true)
public final class ConfigurationServiceEmulator implements ConfigurationService {

    private ConfigurationAdmin configAdmin;
    private MetaTypeService metaTypeService;
    private SystemService systemService;
    private BundleContext context;
    private volatile ConfigurationRegistry registry;
    private volatile ConfigurationWrites writes;
    private final List<ComponentTracker<?>> components = new ArrayList<>();
    private MetatypeBundleTracker bundles;

    @Reference
    void setConfigurationAdmin(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    @Reference
    void setMetaTypeService(MetaTypeService metaTypeService) {
        this.metaTypeService = metaTypeService;
    }

    @Reference
    void setSystemService(SystemService systemService) {
        this.systemService = systemService;
    }

    @Activate
    synchronized void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        ConfigurationRegistry created = new ConfigurationRegistry(this.configAdmin,
                new SelfConfiguringComponents(bundleContext));
        SnapshotStore snapshots = new SnapshotStore(Paths.get(this.systemService.getKuraSnapshotsDirectory()),
                Clock.systemUTC(), this.systemService::getKuraSnapshotsCount);
        this.registry = created;
        this.writes = new ConfigurationWrites(created, this.configAdmin, snapshots);
        this.components.add(new ComponentTracker<>(bundleContext, ConfigurableComponent.class, created, false));
        this.components.add(new ComponentTracker<>(bundleContext, SelfConfiguringComponent.class, created, true));
        this.components.forEach(tracker -> tracker.open(true));
        try {
            this.writes.restoreLatestSnapshot();
        } catch (KuraException e) {
            throw new IllegalStateException("Kura emulator: error loading the latest snapshot", e);
        }
        this.bundles = new MetatypeBundleTracker(bundleContext, this.metaTypeService, created);
        this.bundles.open();
    }

    @Deactivate
    synchronized void deactivate() {
        this.bundles.close();
        this.components.forEach(ComponentTracker::close);
        this.components.clear();
    }

    @Override
    public Set<String> getFactoryComponentPids() {
        ConfigurationRegistry current = this.registry;
        return current == null ? Collections.<String> emptySet()
                : Collections.unmodifiableSet(current.factoryPids());
    }

    @Override
    public void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
            boolean takeSnapshot) throws KuraException {
        writes().createFactoryConfiguration(factoryPid, pid, properties, takeSnapshot);
    }

    @Override
    public void deleteFactoryConfiguration(String pid, boolean takeSnapshot) throws KuraException {
        writes().deleteFactoryConfiguration(pid, takeSnapshot);
    }

    @Override
    public Set<String> getConfigurableComponentPids() {
        ConfigurationRegistry current = this.registry;
        return current == null ? Collections.<String> emptySet()
                : Collections.unmodifiableSet(current.trackedPids());
    }

    @Override
    public List<ComponentConfiguration> getComponentConfigurations() throws KuraException {
        return registry().configurations();
    }

    /** Every service matching {@code filter} whose {@code kura.service.pid} is a String Kura tracks. */
    @Override
    public List<ComponentConfiguration> getComponentConfigurations(Filter filter) throws KuraException {
        if (filter == null) {
            return getComponentConfigurations();
        }
        ConfigurationRegistry current = registry();
        try {
            return matching(filter, this.context.getAllServiceReferences(null, null), current);
        } catch (Exception e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e);
        }
    }

    /** The configurations of the services among {@code references} that match and have a String kura.service.pid. */
    static List<ComponentConfiguration> matching(Filter filter, ServiceReference<?>[] references,
            ConfigurationRegistry registry) {
        List<ComponentConfiguration> result = new ArrayList<>();
        for (ServiceReference<?> reference : references) {
            Object pid = reference.getProperty(KURA_SERVICE_PID);
            if (filter.match(reference) && pid instanceof String) {
                ComponentConfiguration configuration = registry.configuration((String) pid);
                if (configuration != null) {
                    result.add(configuration);
                }
            }
        }
        return result;
    }

    @Override
    public ComponentConfiguration getComponentConfiguration(String pid) throws KuraException {
        return registry().configuration(pid);
    }

    @Override
    public void updateConfiguration(String pid, Map<String, Object> properties) throws KuraException {
        updateConfiguration(pid, properties, true);
    }

    @Override
    public void updateConfiguration(String pid, Map<String, Object> properties, boolean takeSnapshot)
            throws KuraException {
        writes().updateConfiguration(pid, properties, takeSnapshot);
    }

    @Override
    public long snapshot() throws KuraException {
        return writes().snapshot();
    }

    /** The OCD read for a metatype PID (singleton or factory); null when none was or the emulator is not active. */
    KuraOcd ocd(String pid) {
        ConfigurationRegistry current = this.registry;
        return current == null ? null : current.ocd(pid);
    }

    private ConfigurationRegistry registry() throws KuraException {
        ConfigurationRegistry current = this.registry;
        if (current == null) {
            throw new KuraException(KuraErrorCode.SERVICE_UNAVAILABLE, "ConfigurationService emulator not active");
        }
        return current;
    }

    private ConfigurationWrites writes() throws KuraException {
        registry();
        return this.writes;
    }
}
