package org.aioschedule.kura.emulator.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.aioschedule.kura.emulator.metatype.KuraMetatypeException;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurationService;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's ConfigurationService bookkeeping: the OCD of each metatype PID, the tracked components by
 * {@code kura.service.pid}, seeding ConfigurationAdmin with metatype defaults plus {@code kura.service.pid}, factory
 * instances created and deleted as the web UI does, and snapshots.
 */
final class ConfigurationRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationRegistry.class);
    private static final String KURA_SERVICE_PID = ConfigurationService.KURA_SERVICE_PID;

    private final ConfigurationAdmin configAdmin;
    private final SnapshotStore snapshots;
    private final Map<String, KuraOcd> ocds = new HashMap<>();
    private final Set<String> factoryPids = new HashSet<>();
    private final Map<String, String> servicePidByPid = new HashMap<>();
    private final Map<String, String> factoryPidByPid = new HashMap<>();
    private final Set<String> trackedPids = new LinkedHashSet<>();
    private final Set<String> pendingDeletes = new HashSet<>();

    ConfigurationRegistry(ConfigurationAdmin configAdmin, SnapshotStore snapshots) {
        this.configAdmin = configAdmin;
        this.snapshots = snapshots;
    }

    /** A metatype PID read from an ACTIVE bundle; {@code ocd} is null when no OCD has the PID as id. */
    synchronized void registerOcd(String metatypePid, KuraOcd ocd, boolean factory) throws KuraException {
        this.ocds.put(metatypePid, ocd);
        if (!factory) {
            seed(metatypePid, ocd);
            return;
        }
        this.factoryPids.add(metatypePid);
        for (Map.Entry<String, String> instance : new HashMap<>(this.factoryPidByPid).entrySet()) {
            if (instance.getValue().equals(metatypePid)) {
                seed(instance.getKey(), ocd);
            }
        }
    }

    /** The OCD Kura read for {@code pid} (a singleton PID or a factory PID), or null. */
    synchronized KuraOcd ocd(String pid) {
        return this.ocds.get(pid);
    }

    /**
     * What Kura does at every start, after its wipe of ConfigurationAdmin: every entry of the newest snapshot is
     * pushed into ConfigurationAdmin before any component is tracked, even when the bundle that owns it is not
     * installed yet. A factory entry (it has {@code service.factoryPid}) becomes a new factory configuration with
     * its {@code kura.service.pid} (ConfigurationAdmin gives it a new {@code service.pid}); any other entry is the
     * configuration of its PID. An entry ConfigurationAdmin already holds is left as it is, so that an emulator
     * restarted without a reboot does not duplicate its factory instances.
     *
     * @return the PIDs restored
     */
    synchronized Set<String> restoreLatestSnapshot() throws KuraException {
        Set<String> restored = new LinkedHashSet<>();
        for (Map.Entry<String, Map<String, Object>> entry : this.snapshots.readLatest().entrySet()) {
            String pid = entry.getKey();
            Map<String, Object> properties = new HashMap<>(entry.getValue());
            Object factoryPid = properties.remove(ConfigurationAdmin.SERVICE_FACTORYPID);
            properties.remove(Constants.SERVICE_PID);
            properties.remove(ConfigurationAdmin.SERVICE_BUNDLELOCATION);
            properties.put(KURA_SERVICE_PID, pid);
            try {
                if (factoryPid != null) {
                    if (findFactoryInstance(pid) == null) {
                        this.configAdmin.createFactoryConfiguration(factoryPid.toString(), "?")
                                .update(Dictionaries.toDictionary(properties));
                        restored.add(pid);
                    }
                } else {
                    Configuration config = this.configAdmin.getConfiguration(pid, "?");
                    if (config.getProperties() == null) {
                        config.update(Dictionaries.toDictionary(properties));
                        restored.add(pid);
                    }
                }
            } catch (IOException e) {
                throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot restore " + pid);
            }
        }
        LOG.info("Restored {} configurations from the newest snapshot: {}", restored.size(), restored);
        return restored;
    }

    synchronized void forgetFactories(Collection<String> pids) {
        this.factoryPids.removeAll(pids);
    }

    /** A ConfigurableComponent service registered; its properties are read now and never again. */
    synchronized void registerComponent(String pid, String servicePid, String factoryPid) {
        if (pid == null || servicePid == null) {
            LOG.warn("Ignoring ConfigurableComponent without kura.service.pid ({}) or service.pid ({})", pid,
                    servicePid);
            return;
        }
        if (!this.trackedPids.add(pid)) {
            return;
        }
        this.servicePidByPid.put(pid, servicePid);
        if (factoryPid != null) {
            this.factoryPidByPid.put(pid, factoryPid);
            KuraOcd ocd = this.ocds.get(factoryPid);
            if (ocd != null) {
                seedQuietly(pid, ocd);
            }
        }
    }

    synchronized void unregisterComponent(String pid) {
        if (pid != null) {
            this.servicePidByPid.remove(pid);
            this.factoryPidByPid.remove(pid);
            this.trackedPids.remove(pid);
        }
    }

    synchronized Set<String> trackedPids() {
        return new LinkedHashSet<>(this.trackedPids);
    }

    synchronized Set<String> factoryPids() {
        return new LinkedHashSet<>(this.factoryPids);
    }

    synchronized void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
            boolean takeSnapshot) throws KuraException {
        if (pid == null) {
            throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid cannot be null");
        }
        if (this.servicePidByPid.containsKey(pid)) {
            throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid " + pid + " already exists");
        }
        try {
            Configuration config = this.configAdmin.createFactoryConfiguration(factoryPid, "?");
            Map<String, Object> merged = new HashMap<>();
            if (properties != null) {
                merged.putAll(properties);
            }
            mergeDefaults(this.ocds.get(factoryPid), merged);
            merged.put(KURA_SERVICE_PID, pid);
            config.update(Dictionaries.toDictionary(merged));
            registerComponent(pid, config.getPid(), factoryPid);
            this.pendingDeletes.remove(pid);
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot create instance of " + factoryPid);
        }
        if (takeSnapshot) {
            snapshot();
        }
    }

    synchronized void deleteFactoryConfiguration(String pid, boolean takeSnapshot) throws KuraException {
        if (pid == null) {
            throw new KuraException(KuraErrorCode.INVALID_PARAMETER, "pid cannot be null");
        }
        Configuration config = findFactoryInstance(pid);
        if (config == null) {
            LOG.warn("No factory configuration with kura.service.pid {}", pid);
            return;
        }
        try {
            config.delete();
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot delete instance " + pid);
        }
        unregisterComponent(pid);
        this.pendingDeletes.add(pid);
        if (takeSnapshot) {
            snapshot();
        }
    }

    synchronized void updateConfiguration(String pid, Map<String, Object> properties) throws KuraException {
        KuraOcd ocd = this.ocds.get(this.factoryPidByPid.getOrDefault(pid, pid));
        if (!this.trackedPids.contains(pid) || properties == null || ocd == null) {
            LOG.info("Update of {} ignored: not tracked, no properties, or no OCD", pid);
            return;
        }
        Map<String, Object> merged = new HashMap<>();
        mergeDefaults(ocd, merged);
        try {
            Configuration config = this.configAdmin.getConfiguration(this.servicePidByPid.get(pid), "?");
            merged.putAll(Dictionaries.toMap(config.getProperties()));
            merged.putAll(properties);
            merged.putIfAbsent(KURA_SERVICE_PID, pid);
            config.update(Dictionaries.toDictionary(merged));
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot update " + pid);
        }
        snapshot();
    }

    /** Tracked configurations, plus those of the latest snapshot not tracked now, minus pending deletes. */
    synchronized long snapshot() throws KuraException {
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        for (String pid : this.trackedPids) {
            configurations.put(pid, currentProperties(pid));
        }
        for (Map.Entry<String, Map<String, Object>> old : this.snapshots.readLatest().entrySet()) {
            configurations.putIfAbsent(old.getKey(), old.getValue());
        }
        configurations.keySet().removeAll(this.pendingDeletes);
        long id = this.snapshots.write(configurations);
        this.pendingDeletes.clear();
        return id;
    }

    private Map<String, Object> currentProperties(String pid) throws KuraException {
        try {
            return Dictionaries.toMap(this.configAdmin.getConfiguration(this.servicePidByPid.get(pid), "?")
                    .getProperties());
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot read configuration of " + pid);
        }
    }

    private Configuration findFactoryInstance(String pid) throws KuraException {
        try {
            Configuration[] configs = this.configAdmin.listConfigurations(null);
            for (Configuration config : configs == null ? new Configuration[0] : configs) {
                if (config.getFactoryPid() != null && pid.equals(config.getProperties().get(KURA_SERVICE_PID))) {
                    return config;
                }
            }
            return null;
        } catch (IOException | InvalidSyntaxException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot list configurations");
        }
    }

    private void seedQuietly(String pid, KuraOcd ocd) {
        try {
            seed(pid, ocd);
        } catch (KuraException e) {
            LOG.info("Error seeding configuration of {}", pid, e);
        }
    }

    /** Current properties (if any) + {@code kura.service.pid} + missing defaults, always written back. */
    private void seed(String pid, KuraOcd ocd) throws KuraException {
        String servicePid = this.servicePidByPid.getOrDefault(pid, pid);
        try {
            Configuration config = this.configAdmin.getConfiguration(servicePid, "?");
            Map<String, Object> properties = Dictionaries.toMap(config.getProperties());
            properties.putIfAbsent(KURA_SERVICE_PID, pid);
            mergeDefaults(ocd, properties);
            config.update(Dictionaries.toDictionary(properties));
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot seed configuration of " + pid);
        }
    }

    private static void mergeDefaults(KuraOcd ocd, Map<String, Object> properties) throws KuraException {
        if (ocd == null) {
            return;
        }
        try {
            for (Map.Entry<String, Object> entry : ocd.defaults().entrySet()) {
                properties.putIfAbsent(entry.getKey(), entry.getValue());
            }
        } catch (KuraMetatypeException e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, e.getMessage());
        }
    }
}
