package org.eclipse.kura.cloudconnection.publisher;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Kura's cloud publisher: the type only (Kura's interface has publish and listener methods this project never calls).
 */
@ProviderType
public interface CloudPublisher {
}
