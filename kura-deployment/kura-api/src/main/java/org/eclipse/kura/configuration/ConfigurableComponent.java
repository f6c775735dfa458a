package org.eclipse.kura.configuration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker interface: a service registered under it (with {@code service.pid} and {@code kura.service.pid}) is
 * tracked by the {@link ConfigurationService}, shown in the Kura web UI and included in snapshots.
 */
@ConsumerType
public interface ConfigurableComponent {
}
