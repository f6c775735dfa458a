package org.eclipse.kura.cloudconnection.publisher;

import org.osgi.annotation.versioning.ProviderType;

/** The publisher a request handler may use for notifications about a long request. */
@ProviderType
public interface CloudNotificationPublisher extends CloudPublisher {
}
