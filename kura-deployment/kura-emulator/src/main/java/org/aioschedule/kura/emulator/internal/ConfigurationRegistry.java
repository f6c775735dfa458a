package org.aioschedule.kura.emulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.aioschedule.kura.emulator.metatype.KuraMetatypeException;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.configuration.metatype.OCD;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of Kura's ConfigurationServiceImpl (KURA_5.4.1_RELEASE): the OCD of each metatype PID, the
 * factory PIDs with the bundle that provided them, and the tracked components by {@code kura.service.pid} with the
 * {@code service.pid} and {@code service.factoryPid} read when they registered. Seeds ConfigurationAdmin with
 * metatype defaults into the {@code service.pid} it read, and reads configurations back as the web UI gets them.
 * Its monitor is the single lock of the emulated ConfigurationService.
 */
final class ConfigurationRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationRegistry.class);
    private static final String KURA_SERVICE_PID = ConfigurationService.KURA_SERVICE_PID;

    private final ConfigurationAdmin configAdmin;
    private final Function<String, ComponentConfiguration> selfConfigured;
    private final Map<String, KuraOcd> ocds = new HashMap<>();
    private final Map<String, String> providerByFactoryPid = new LinkedHashMap<>();
    private final Map<String, String> servicePidByPid = new HashMap<>();
    private final Map<String, String> factoryPidByPid = new HashMap<>();
    private final Set<String> trackedPids = new LinkedHashSet<>();
    private final Set<String> selfConfiguringPids = new HashSet<>();

    /**
     * @param selfConfigured the configuration a SelfConfiguringComponent with a given {@code kura.service.pid}
     *            hands out, or {@code null}
     */
    ConfigurationRegistry(ConfigurationAdmin configAdmin, Function<String, ComponentConfiguration> selfConfigured) {
        this.configAdmin = configAdmin;
        this.selfConfigured = selfConfigured;
    }

    /**
     * A metatype PID read from the ACTIVE bundle {@code provider} (its symbolic name and version); {@code ocd} is
     * null when no OCD has the PID as id. A singleton PID is seeded at once; a factory PID seeds its tracked
     * instances. A factory PID already known keeps its first provider.
     */
    synchronized void registerOcd(String metatypePid, KuraOcd ocd, boolean factory, String provider)
            throws KuraException {
        this.ocds.put(metatypePid, ocd);
        try {
            if (!factory) {
                seed(metatypePid, ocd);
                return;
            }
            this.providerByFactoryPid.putIfAbsent(metatypePid, provider);
            for (Map.Entry<String, String> instance : new HashMap<>(this.factoryPidByPid).entrySet()) {
                if (instance.getValue().equals(metatypePid) && this.servicePidByPid.get(instance.getKey()) != null) {
                    seed(instance.getKey(), ocd);
                }
            }
        } catch (IOException e) {
            throw new KuraException(KuraErrorCode.INTERNAL_ERROR, e);
        }
    }

    /** The bundle {@code provider} (symbolic name and version) stopped: its factory PIDs are no longer offered. */
    synchronized void onBundleRemoved(String provider) {
        this.providerByFactoryPid.values().removeIf(provider::equals);
    }

    /**
     * A ConfigurableComponent service registered with these property values (each read with {@code toString()});
     * ignored without both PIDs or when {@code pid} is tracked already. A factory instance is seeded with its
     * factory's defaults; a failure to seed is only logged.
     */
    synchronized void registerComponent(String pid, String servicePid, String factoryPid) {
        if (pid == null || servicePid == null) {
            LOG.warn("Either kura.service.pid {} or service.pid {} is null", pid, servicePid);
            return;
        }
        if (this.trackedPids.contains(pid)) {
            return;
        }
        this.servicePidByPid.put(pid, servicePid);
        if (factoryPid != null) {
            this.factoryPidByPid.put(pid, factoryPid);
            KuraOcd factoryOcd = this.ocds.get(factoryPid);
            if (factoryOcd != null) {
                try {
                    seed(pid, factoryOcd);
                } catch (KuraException | IOException e) {
                    LOG.info("Error seeding updated configuration for pid: {}", pid);
                }
            }
        }
        this.trackedPids.add(pid);
    }

    /** A SelfConfiguringComponent service registered; only {@code pid} is required. */
    synchronized void registerSelfConfiguring(String pid, String servicePid) {
        if (pid == null) {
            LOG.warn("kura.service.pid of a SelfConfiguringComponent is null");
            return;
        }
        this.trackedPids.add(pid);
        if (this.selfConfiguringPids.add(pid)) {
            this.servicePidByPid.put(pid, servicePid);
        }
    }

    /** A tracked service went away; {@code pid} is its {@code kura.service.pid} read now. */
    synchronized void unregisterComponent(String pid) {
        if (pid == null) {
            LOG.warn("pid is null");
            return;
        }
        this.servicePidByPid.remove(pid);
        this.factoryPidByPid.remove(pid);
        this.selfConfiguringPids.remove(pid);
        this.trackedPids.remove(pid);
    }

    synchronized boolean isTracked(String pid) {
        return this.trackedPids.contains(pid);
    }

    synchronized boolean isSelfConfiguring(String pid) {
        return this.selfConfiguringPids.contains(pid);
    }

    synchronized boolean hasServicePid(String pid) {
        return this.servicePidByPid.containsKey(pid);
    }

    synchronized String servicePid(String pid) {
        return this.servicePidByPid.get(pid);
    }

    synchronized Set<String> trackedPids() {
        return new LinkedHashSet<>(this.trackedPids);
    }

    synchronized Set<String> factoryPids() {
        return new LinkedHashSet<>(this.providerByFactoryPid.keySet());
    }

    /** The OCD registered under this metatype PID (singleton or factory PID), or null. */
    synchronized KuraOcd ocd(String metatypePid) {
        return this.ocds.get(metatypePid);
    }

    /** The OCD of a tracked component: its factory's, else its own PID's, else a self-configuring one's. */
    synchronized OCD registeredOcd(String pid) {
        OCD ocd = ocdOfComponent(pid);
        if (ocd == null) {
            ComponentConfiguration self = this.selfConfigured.apply(pid);
            return self == null ? null : self.getDefinition();
        }
        return ocd;
    }

    /**
     * What the web UI gets for {@code pid}: null when it is not tracked (or has no service.pid); else its OCD and
     * the properties ConfigurationAdmin holds under the service.pid read at registration, null when it holds none.
     */
    synchronized ComponentConfiguration configuration(String pid) {
        if (this.selfConfiguringPids.contains(pid)) {
            return this.selfConfigured.apply(pid);
        }
        String servicePid = this.servicePidByPid.get(pid);
        if (servicePid == null) {
            return null;
        }
        try {
            Configuration config = this.configAdmin.getConfiguration(servicePid, "?");
            return new ComponentConfigurationValue(pid, ocdOfComponent(pid), mapOrNull(config.getProperties()));
        } catch (IOException | RuntimeException e) {
            LOG.error("Error getting Configuration for component: {}. Ignoring it.", pid, e);
            return null;
        }
    }

    /** The configuration of every tracked component that has one. */
    synchronized List<ComponentConfiguration> configurations() throws KuraException {
        List<ComponentConfiguration> configurations = new ArrayList<>();
        for (String pid : new ArrayList<>(this.trackedPids)) {
            try {
                ComponentConfiguration configuration = configuration(pid);
                if (configuration != null) {
                    configurations.add(configuration);
                }
            } catch (RuntimeException e) {
                throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e,
                        "Error getting configuration for component " + pid);
            }
        }
        return configurations;
    }

    /**
     * Adds the defaults of {@code ocd} that {@code properties} lacks. A default that does not convert throws what
     * Kura's conversion throws (a NumberFormatException, say).
     */
    static void mergeDefaults(OCD ocd, Map<String, Object> properties) throws KuraException {
        Map<String, Object> defaults;
        try {
            defaults = KuraOcd.defaults(ocd);
        } catch (KuraMetatypeException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, e.getMessage());
        }
        for (Map.Entry<String, Object> entry : defaults.entrySet()) {
            properties.putIfAbsent(entry.getKey(), entry.getValue());
        }
    }

    static Map<String, Object> mapOrNull(Dictionary<String, Object> dictionary) {
        return dictionary == null ? null : Dictionaries.toMap(dictionary);
    }

    private OCD ocdOfComponent(String pid) {
        KuraOcd ocd = this.ocds.get(this.factoryPidByPid.get(pid));
        return ocd == null ? this.ocds.get(pid) : ocd;
    }

    /** Current properties (if any) + {@code kura.service.pid} + missing defaults, written to the service.pid read. */
    private void seed(String pid, KuraOcd ocd) throws KuraException, IOException {
        String servicePid = this.servicePidByPid.get(pid);
        Configuration config = this.configAdmin.getConfiguration(servicePid == null ? pid : servicePid, "?");
        Map<String, Object> properties = new HashMap<>();
        Map<String, Object> current = mapOrNull(config.getProperties());
        if (current != null) {
            properties.putAll(current);
        }
        properties.putIfAbsent(KURA_SERVICE_PID, pid);
        mergeDefaults(ocd, properties);
        config.update(Dictionaries.toDictionary(properties));
    }
}
