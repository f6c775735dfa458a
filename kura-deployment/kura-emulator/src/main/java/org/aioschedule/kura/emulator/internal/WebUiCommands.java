package org.aioschedule.kura.emulator.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.configuration.ConfigurationService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the Kura web UI's Services page does, as Gogo commands in scope {@code kura}: list the configurable
 * components, show a component's form, add a factory instance (the "+" dialog), change values (Apply), delete an
 * instance. Values are typed as text, as REST and MQTT deliver them; the component validates them.
 */
@Component(service = WebUiCommands.class, property = {"osgi.command.scope=kura",
    "osgi.command.function=services", "osgi.command.function=add", "osgi.command.function=apply",
    "osgi.command.function=delete", "osgi.command.function=show"})
public final class WebUiCommands {

    private static final String USAGE = "kura:add org.aioschedule.Job my-job task.pid=org.aioschedule.examples.job "
            + "\"schedule=every 30 seconds\"";

    private ConfigurationService configuration;

    @Reference
    void setConfiguration(ConfigurationService configuration) {
        this.configuration = configuration;
    }

    /** The PIDs of the configurable components, as the Services page lists them. */
    public String services() {
        return String.join(System.lineSeparator(), new TreeSet<>(configuration.getConfigurableComponentPids()));
    }

    /** Adds a factory instance named {@code name} (its kura.service.pid), with key=value properties. */
    public String add(String factoryPid, String name, String... properties) throws KuraException {
        configuration.createFactoryConfiguration(factoryPid, name, parse(properties), true);
        return "Added " + name + " (" + factoryPid + ") and took a snapshot";
    }

    /** Changes key=value properties of a component, as the Apply button does. */
    public String apply(String pid, String... properties) throws KuraException {
        configuration.updateConfiguration(pid, parse(properties));
        return "Applied to " + pid;
    }

    /** Deletes a factory instance, as the Services page's Delete does. */
    public String delete(String pid) throws KuraException {
        configuration.deleteFactoryConfiguration(pid, true);
        return "Deleted " + pid + " and took a snapshot";
    }

    /**
     * What the web UI's form for {@code pid} shows, read through getComponentConfiguration: each AD's id, its value
     * and its default; or why the web UI shows no form or no values.
     */
    public String show(String pid) throws KuraException {
        return ComponentForm.describe(pid, configuration.getComponentConfiguration(pid));
    }

    static Map<String, Object> parse(String... properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String property : properties) {
            int equals = property.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("\"" + property + "\" is not key=value; for example " + USAGE
                        + " (" + Arrays.toString(properties) + ")");
            }
            values.put(property.substring(0, equals), property.substring(equals + 1));
        }
        return values;
    }
}
