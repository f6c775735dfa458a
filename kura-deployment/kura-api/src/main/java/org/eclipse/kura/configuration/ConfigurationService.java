package org.eclipse.kura.configuration;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Filter;

/**
 * Kura's configuration service (subset): manages the configurations of {@link ConfigurableComponent}s and
 * {@link SelfConfiguringComponent}s through ConfigurationAdmin, merges metatype defaults, and takes snapshots.
 */
@ProviderType
public interface ConfigurationService {

    /** The property holding a component's persistent Kura identity. */
    public static final String KURA_SERVICE_PID = "kura.service.pid";

    /** The factory PIDs of the metatype files Kura read (the web UI's "+" dialog lists them). */
    public Set<String> getFactoryComponentPids();

    /**
     * Creates a factory component instance, as the web UI's "+" dialog does: a new factory configuration of
     * {@code factoryPid} holding {@code properties} merged with the metatype defaults and
     * {@code kura.service.pid = pid}.
     */
    public void createFactoryConfiguration(String factoryPid, String pid, Map<String, Object> properties,
            boolean takeSnapshot) throws KuraException;

    /** Deletes the factory component instance whose {@code kura.service.pid} is {@code pid}. */
    public void deleteFactoryConfiguration(String pid, boolean takeSnapshot) throws KuraException;

    /** The {@code kura.service.pid} of every tracked configurable component. */
    public Set<String> getConfigurableComponentPids();

    /** The configuration of every tracked component Kura finds one for. */
    public List<ComponentConfiguration> getComponentConfigurations() throws KuraException;

    /**
     * The configurations of the components whose service matches {@code filter} (all tracked ones when it is null),
     * as the web UI's Services page asks for them.
     */
    public List<ComponentConfiguration> getComponentConfigurations(Filter filter) throws KuraException;

    /**
     * The configuration of the tracked component {@code pid}: its OCD and current properties, what the web UI draws
     * its form from; {@code null} when {@code pid} is not tracked.
     */
    public ComponentConfiguration getComponentConfiguration(String pid) throws KuraException;

    /** Merges {@code properties} into the configuration of the tracked component {@code pid}, then snapshots. */
    public void updateConfiguration(String pid, Map<String, Object> properties) throws KuraException;

    /**
     * Merges {@code properties} into the configuration of the tracked component {@code pid}; takes a snapshot only
     * when {@code takeSnapshot} is true.
     */
    public void updateConfiguration(String pid, Map<String, Object> properties, boolean takeSnapshot)
            throws KuraException;

    /** Writes a snapshot of all tracked configurations and returns its id (epoch milliseconds). */
    public long snapshot() throws KuraException;
}
