package org.aioschedule.kura.emulator.internal;

import java.nio.file.Paths;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.system.SystemService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Kura's ConfigurationService on a plain OSGi runtime: tracks ConfigurableComponent services (reading
 * {@code service.pid}, {@code kura.service.pid} and {@code service.factoryPid} at registration only), discovers
 * metatype the Kura way in ACTIVE bundles, seeds ConfigurationAdmin, creates and deletes factory instances as the
 * web UI does, and writes snapshots to {@code kura.snapshots}. Immediate, as Kura's: at activation (Kura's boot) it
 * first restores every entry of the newest snapshot into ConfigurationAdmin.
 */
@Component(service = { ConfigurationService.class, ConfigurationServiceEmulator.class }, immediate = true)
public final class ConfigurationServiceEmulator implements ConfigurationService {

    private ConfigurationAdmin configAdmin;
    private MetaTypeService metaTypeService;
    private SystemService systemService;
    private volatile ConfigurationRegistry registry;
    private ServiceTracker<ConfigurableComponent, String> components;
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
    synchronized void activate(BundleContext context) {
        SnapshotStore snapshots = new SnapshotStore(Paths.get(this.systemService.getKuraSnapshotsDirectory()),
                Clock.systemUTC());
        this.registry = new ConfigurationRegistry(this.configAdmin, snapshots);
        try {
            this.registry.restoreLatestSnapshot();
        } catch (KuraException e) {
            throw new IllegalStateException("Kura emulator: cannot restore the newest snapshot", e);
        }
        this.components = new ComponentTracker(context, this.registry);
        this.components.open(true);
        this.bundles = new MetatypeBundleTracker(context, this.metaTypeService, this.registry);
        this.bundles.open();
    }

    @Deactivate
    synchronized void deactivate() {
        this.bundles.close();
        this.components.close();
    }

    @Override
    public void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
            boolean takeSnapshot) throws KuraException {
        registry().createFactoryConfiguration(factoryPid, pid, properties, takeSnapshot);
    }

    @Override
    public void deleteFactoryConfiguration(String pid, boolean takeSnapshot) throws KuraException {
        registry().deleteFactoryConfiguration(pid, takeSnapshot);
    }

    @Override
    public Set<String> getConfigurableComponentPids() {
        ConfigurationRegistry current = this.registry;
        return current == null ? java.util.Collections.<String> emptySet() : current.trackedPids();
    }

    @Override
    public void updateConfiguration(String pid, Map<String, Object> properties) throws KuraException {
        registry().updateConfiguration(pid, properties);
    }

    @Override
    public long snapshot() throws KuraException {
        return registry().snapshot();
    }

    /** The OCD read for {@code pid}, or null when none was (or the emulator is not active). */
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

    /** Reads the PIDs of a ConfigurableComponent when it registers; later property changes are not seen. */
    private static final class ComponentTracker extends ServiceTracker<ConfigurableComponent, String> {

        private final ConfigurationRegistry registry;

        ComponentTracker(BundleContext context, ConfigurationRegistry registry) {
            super(context, ConfigurableComponent.class, null);
            this.registry = registry;
        }

        @Override
        public String addingService(ServiceReference<ConfigurableComponent> reference) {
            String servicePid = string(reference.getProperty(Constants.SERVICE_PID));
            if (servicePid == null) {
                return null;
            }
            String pid = string(reference.getProperty(KURA_SERVICE_PID));
            this.registry.registerComponent(pid, servicePid,
                    string(reference.getProperty(ConfigurationAdmin.SERVICE_FACTORYPID)));
            return pid == null ? "" : pid;
        }

        @Override
        public void removedService(ServiceReference<ConfigurableComponent> reference, String pid) {
            this.registry.unregisterComponent(pid.isEmpty() ? null : pid);
        }

        private static String string(Object value) {
            return Dictionaries.firstString(value);
        }
    }
}
