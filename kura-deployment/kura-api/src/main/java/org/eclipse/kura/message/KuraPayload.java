package org.eclipse.kura.message;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The payload of a Kura message: a timestamp, named metrics and an opaque body. Subset of Kura's class (no position,
 * no metric iterator).
 */
@ProviderType
public class KuraPayload {

    private Date timestamp;
    private final Map<String, Object> metrics = new HashMap<>();
    private byte[] body;

    public KuraPayload() {
    }

    public Date getTimestamp() {
        return this.timestamp;
    }

    public void setTimestamp(Date timestamp) {
        this.timestamp = timestamp;
    }

    public Object getMetric(String name) {
        return this.metrics.get(name);
    }

    public void addMetric(String name, Object value) {
        this.metrics.put(name, value);
    }

    public void removeMetric(String name) {
        this.metrics.remove(name);
    }

    public void removeAllMetrics() {
        this.metrics.clear();
    }

    public Set<String> metricNames() {
        return Collections.unmodifiableSet(this.metrics.keySet());
    }

    public Map<String, Object> metrics() {
        return Collections.unmodifiableMap(this.metrics);
    }

    public byte[] getBody() {
        return this.body;
    }

    public void setBody(byte[] body) {
        this.body = body;
    }
}
