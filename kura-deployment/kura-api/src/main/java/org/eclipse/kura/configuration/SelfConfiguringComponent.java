package org.eclipse.kura.configuration;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A configurable component that keeps its configuration itself and hands it to the {@link ConfigurationService} on
 * request; tracked by its {@code kura.service.pid} like a {@link ConfigurableComponent}.
 */
@ConsumerType
public interface SelfConfiguringComponent {

    /** The component's current configuration; its PID must be the component's {@code kura.service.pid}. */
    public ComponentConfiguration getConfiguration() throws KuraException;
}
