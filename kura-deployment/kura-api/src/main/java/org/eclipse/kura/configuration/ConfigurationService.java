package org.eclipse.kura.configuration;

import java.util.Map;
import java.util.Set;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Kura's configuration service (subset): manages the configurations of {@link ConfigurableComponent}s through
 * ConfigurationAdmin, merges metatype defaults, and takes snapshots.
 */
@ProviderType
public interface ConfigurationService {

    /** The property holding a component's persistent Kura identity. */
    public static final String KURA_SERVICE_PID = "kura.service.pid";

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

    /** Merges {@code properties} into the configuration of the tracked component {@code pid}, then snapshots. */
    public void updateConfiguration(String pid, Map<String, Object> properties) throws KuraException;

    /** Writes a snapshot of all tracked configurations and returns its id (epoch milliseconds). */
    public long snapshot() throws KuraException;
}
