package org.aioschedule.kura.emulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.KuraPartialSuccessException;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.configuration.metatype.OCD;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Kura's ConfigurationServiceImpl (KURA_5.4.1_RELEASE) writes: factory instances created and deleted, updates
 * merged over defaults and the running configuration, snapshots of the current configurations completed by the
 * newest snapshot, and the newest snapshot pushed into ConfigurationAdmin at boot. Runs under the registry's lock.
 */
final class ConfigurationWrites {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationWrites.class);
    private static final String KURA_SERVICE_PID = ConfigurationService.KURA_SERVICE_PID;

    private final ConfigurationRegistry registry;
    private final ConfigurationAdmin configAdmin;
    private final SnapshotStore snapshots;
    private final Set<String> pendingDeletes = new HashSet<>();

    ConfigurationWrites(ConfigurationRegistry registry, ConfigurationAdmin configAdmin, SnapshotStore snapshots) {
        this.registry = registry;
        this.configAdmin = configAdmin;
        this.snapshots = snapshots;
    }

    /**
     * The web UI's "+" dialog: a factory configuration created with a null location, the factory's defaults merged
     * under {@code properties}, {@code kura.service.pid = pid}, and the instance tracked at once.
     */
    void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
            boolean takeSnapshot) throws KuraException {
        synchronized (this.registry) {
            if (pid == null) {
                throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid cannot be null");
            } else if (this.registry.hasServicePid(pid)) {
                throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid " + pid + " already exists");
            }
            try {
                String servicePid = this.configAdmin.createFactoryConfiguration(factoryPid, null).getPid();
                Map<String, Object> merged = new HashMap<>();
                if (properties != null) {
                    merged.putAll(properties);
                }
                ConfigurationRegistry.mergeDefaults(this.registry.ocd(factoryPid), merged);
                merged.put(KURA_SERVICE_PID, pid);
                this.configAdmin.getConfiguration(servicePid, "?").update(Dictionaries.toDictionary(merged));
                this.registry.registerComponent(pid, servicePid, factoryPid);
                this.pendingDeletes.remove(pid);
                if (takeSnapshot) {
                    snapshot();
                }
            } catch (IOException e) {
                throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e,
                        "Cannot create component instance for factory " + factoryPid);
            }
        }
    }

    /** Deletes the factory configuration whose {@code kura.service.pid} is {@code pid}; nothing when none is. */
    void deleteFactoryConfiguration(String pid, boolean takeSnapshot) throws KuraException {
        synchronized (this.registry) {
            if (pid == null) {
                throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid cannot be null");
            }
            try {
                Configuration instance = findFactoryInstance(pid);
                if (instance == null) {
                    LOG.warn("The component with kura.service.pid {} does not exist or is not a factory component",
                            pid);
                    return;
                }
                instance.delete();
                this.registry.unregisterComponent(pid);
                this.pendingDeletes.add(pid);
                if (takeSnapshot) {
                    snapshot();
                }
            } catch (Exception e) {
                throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e,
                        "Cannot delete component instance " + pid);
            }
        }
    }

    /**
     * Kura's update of one component: merged over the current configurations; an untracked PID carrying
     * {@code service.factoryPid} becomes a factory instance; a snapshot of the merged configurations only when
     * {@code takeSnapshot}. A failure with a KuraException is reported as a KuraPartialSuccessException after the
     * snapshot; a tracked component whose service.pid has no properties in ConfigurationAdmin makes it throw a
     * NullPointerException, as Kura's does.
     */
    void updateConfiguration(String pid, Map<String, Object> properties, boolean takeSnapshot) throws KuraException {
        synchronized (this.registry) {
            ComponentConfiguration update = new ComponentConfigurationValue(pid, null, properties);
            List<ComponentConfiguration> configurations = currentConfigurations(update);
            List<Throwable> causes = new ArrayList<>();
            for (ComponentConfiguration configuration : configurations) {
                if (configuration.getPid().equals(pid)) {
                    try {
                        updateOne(pid, configuration.getConfigurationProperties());
                    } catch (KuraException e) {
                        LOG.warn("Error during updateConfigurations for component {}", pid, e);
                        causes.add(e);
                    }
                }
            }
            createMissingFactoryInstance(update, configurations);
            if (takeSnapshot && !configurations.isEmpty()) {
                save(configurations);
            }
            if (!causes.isEmpty()) {
                throw new KuraPartialSuccessException("updateConfigurations", causes);
            }
        }
    }

    /** Writes the current configurations, completed by the newest snapshot, as a new snapshot. */
    long snapshot() throws KuraException {
        synchronized (this.registry) {
            return save(currentConfigurations(null));
        }
    }

    /**
     * Kura's boot: every current configuration with properties (the newest snapshot's included) is pushed into
     * ConfigurationAdmin. One carrying {@code service.factoryPid} is created as a factory instance (refused, with a
     * warning, when its PID is tracked already); any other is written under its PID, {@code kura.service.pid}
     * added when missing.
     *
     * @return the PIDs pushed
     */
    Set<String> restoreLatestSnapshot() throws KuraException {
        synchronized (this.registry) {
            Set<String> pushed = new LinkedHashSet<>();
            for (ComponentConfiguration configuration : currentConfigurations(null)) {
                Map<String, Object> properties = configuration.getConfigurationProperties();
                if (properties != null && push(configuration.getPid(), properties)) {
                    pushed.add(configuration.getPid());
                }
            }
            LOG.info("Pushed {} configurations into ConfigurationAdmin: {}", pushed.size(), pushed);
            return pushed;
        }
    }

    private boolean push(String pid, Map<String, Object> properties) {
        String factoryPid = (String) properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        try {
            if (factoryPid != null) {
                createFactoryConfiguration(factoryPid, pid, properties, false);
            } else {
                Map<String, Object> withPid = new HashMap<>(properties);
                withPid.putIfAbsent(KURA_SERVICE_PID, pid);
                this.configAdmin.getConfiguration(pid, "?").update(Dictionaries.toDictionary(withPid));
            }
            return true;
        } catch (KuraException | IOException e) {
            LOG.warn("Error pushing the configuration of {} (factory pid {}) into ConfigurationAdmin", pid,
                    factoryPid, e);
            return false;
        }
    }

    private void updateOne(String pid, Map<String, Object> properties) throws KuraException {
        if (!this.registry.isTracked(pid) || properties == null) {
            LOG.info("Update of {} ignored: not tracked or no properties", pid);
            return;
        }
        OCD ocd = this.registry.registeredOcd(pid);
        if (ocd == null) {
            LOG.info("Update of {} ignored: no OCD", pid);
            return;
        }
        Map<String, Object> merged = new HashMap<>();
        ConfigurationRegistry.mergeDefaults(ocd, merged);
        String servicePid = this.registry.servicePid(pid);
        try {
            if (!this.registry.isSelfConfiguring(pid)) {
                Configuration running = this.configAdmin.getConfiguration(servicePid, "?");
                merged.putAll(ConfigurationRegistry.mapOrNull(running.getProperties()));
            }
            merged.putAll(properties);
            merged.putIfAbsent(KURA_SERVICE_PID, pid);
            this.configAdmin.getConfiguration(servicePid, "?").update(Dictionaries.toDictionary(merged));
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_UPDATE, e, pid);
        }
    }

    private void createMissingFactoryInstance(ComponentConfiguration update,
            List<ComponentConfiguration> configurations) {
        Map<String, Object> properties = update.getConfigurationProperties();
        String factoryPid = properties == null ? null
                : (String) properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        if (factoryPid == null || this.registry.isTracked(update.getPid())) {
            return;
        }
        try {
            createFactoryConfiguration(factoryPid, update.getPid(), properties, false);
            configurations.add(update);
        } catch (KuraException e) {
            LOG.warn("Error creating configuration with pid {} and factory pid {}", update.getPid(), factoryPid, e);
        }
    }

    /**
     * Kura's current configurations: each tracked component's (with {@code update} merged over its own), then the
     * newest snapshot's entries for PIDs not among them, minus the instances deleted since the last snapshot.
     */
    private List<ComponentConfiguration> currentConfigurations(ComponentConfiguration update) throws KuraException {
        List<ComponentConfiguration> result = new ArrayList<>();
        Set<String> pids = new HashSet<>();
        for (ComponentConfiguration current : this.registry.configurations()) {
            result.add(update != null && update.getPid().equals(current.getPid()) ? merge(current, update) : current);
            pids.add(current.getPid());
        }
        for (Map.Entry<String, Map<String, Object>> entry : this.snapshots.readLatest().entrySet()) {
            if (pids.add(entry.getKey())) {
                result.add(new ComponentConfigurationValue(entry.getKey(), null, entry.getValue()));
            }
        }
        for (String deleted : this.pendingDeletes) {
            for (Iterator<ComponentConfiguration> it = result.iterator(); it.hasNext();) {
                if (it.next().getPid().equals(deleted)) {
                    it.remove();
                    break;
                }
            }
        }
        return result;
    }

    private static ComponentConfiguration merge(ComponentConfiguration current, ComponentConfiguration update) {
        Map<String, Object> properties = new HashMap<>();
        if (current.getConfigurationProperties() != null) {
            properties.putAll(current.getConfigurationProperties());
        }
        if (update.getConfigurationProperties() != null) {
            properties.putAll(update.getConfigurationProperties());
        }
        return new ComponentConfigurationValue(current.getPid(), update.getDefinition(), properties);
    }

    private long save(List<ComponentConfiguration> configurations) throws KuraException {
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        for (ComponentConfiguration configuration : configurations) {
            byPid.put(configuration.getPid(), configuration.getConfigurationProperties());
        }
        long id = this.snapshots.write(byPid);
        this.pendingDeletes.clear();
        return id;
    }

    private Configuration findFactoryInstance(String pid) throws Exception {
        Configuration[] configurations = this.configAdmin.listConfigurations(null);
        if (configurations == null) {
            LOG.warn("ConfigurationAdmin has no configurations");
            return null;
        }
        for (Configuration configuration : configurations) {
            if (pid.equals(configuration.getProperties().get(KURA_SERVICE_PID))
                    && configuration.getFactoryPid() != null) {
                return configuration;
            }
        }
        return null;
    }
}
