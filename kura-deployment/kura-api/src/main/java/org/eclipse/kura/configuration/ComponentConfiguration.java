package org.eclipse.kura.configuration;

import java.util.Map;

import org.eclipse.kura.configuration.metatype.OCD;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The configuration of one component as Kura's {@link ConfigurationService} hands it out: its PID, the OCD read from
 * its metatype file, and its current properties. The web UI draws a component's form from these three.
 */
@ProviderType
public interface ComponentConfiguration {

    /** The component's {@code kura.service.pid}. */
    public String getPid();

    /** The OCD Kura read for the component, or {@code null} when it has none (the web UI then shows nothing). */
    public OCD getDefinition();

    /** The properties in use, or {@code null} when Kura finds no configuration for the component. */
    public Map<String, Object> getConfigurationProperties();
}
