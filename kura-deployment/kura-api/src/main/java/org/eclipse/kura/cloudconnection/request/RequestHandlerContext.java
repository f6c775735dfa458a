package org.eclipse.kura.cloudconnection.request;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.kura.cloudconnection.publisher.CloudNotificationPublisher;
import org.osgi.annotation.versioning.ProviderType;

/** What a request handler gets with a request besides the message: a notification publisher and properties. */
@ProviderType
public class RequestHandlerContext {

    private final CloudNotificationPublisher notificationPublisher;
    private final Map<String, String> contextProperties;

    public RequestHandlerContext(CloudNotificationPublisher notificationPublisher,
            Map<String, String> contextProperties) {
        this.notificationPublisher = notificationPublisher;
        this.contextProperties = new HashMap<>(contextProperties);
    }

    public CloudNotificationPublisher getNotificationPublisher() {
        return this.notificationPublisher;
    }

    public Map<String, String> getContextProperties() {
        return Collections.unmodifiableMap(this.contextProperties);
    }
}
