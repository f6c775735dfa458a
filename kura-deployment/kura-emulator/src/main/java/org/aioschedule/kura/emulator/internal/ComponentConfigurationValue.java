package org.aioschedule.kura.emulator.internal;

import java.util.Map;

import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.metatype.OCD;

/** A component's PID, OCD and properties, each possibly {@code null}, handed out as Kura hands them out. */
final class ComponentConfigurationValue implements ComponentConfiguration {

    private final String pid;
    private final OCD definition;
    private final Map<String, Object> properties;

    ComponentConfigurationValue(String pid, OCD definition, Map<String, Object> properties) {
        this.pid = pid;
        this.definition = definition;
        this.properties = properties;
    }

    @Override
    public String getPid() {
        return this.pid;
    }

    @Override
    public OCD getDefinition() {
        return this.definition;
    }

    @Override
    public Map<String, Object> getConfigurationProperties() {
        return this.properties;
    }

    @Override
    public String toString() {
        return "ComponentConfiguration " + this.pid;
    }
}
