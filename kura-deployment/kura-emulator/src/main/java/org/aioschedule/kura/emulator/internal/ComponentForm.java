package org.aioschedule.kura.emulator.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.metatype.AD;
import org.eclipse.kura.configuration.metatype.OCD;

/**
 * A component's configuration as the web UI's Services page draws it: the web UI shows no form without an OCD, and
 * a form without values when the properties are null (GwtComponentServiceInternal, KURA_5.4.1_RELEASE).
 */
final class ComponentForm {

    private ComponentForm() {
    }

    static String describe(String pid, ComponentConfiguration configuration) {
        if (configuration == null) {
            return "Kura tracks no component " + pid + ": the web UI does not list it";
        }
        OCD ocd = configuration.getDefinition();
        if (ocd == null) {
            return pid + " has no OCD: the web UI shows no form for it";
        }
        List<String> lines = new ArrayList<>();
        lines.add(pid + " (" + ocd.getName() + ")");
        Map<String, Object> properties = configuration.getConfigurationProperties();
        if (properties == null) {
            lines.add("  no properties: Kura finds no configuration under the service.pid it read, the web UI"
                    + " shows no values and Apply fails");
        }
        for (AD ad : ocd.getAD()) {
            Object value = properties == null ? null : properties.get(ad.getId());
            lines.add("  " + ad.getId() + " = " + text(value) + "  (default " + text(ad.getDefault()) + ")");
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String text(Object value) {
        if (value == null) {
            return "<none>";
        }
        if (!value.getClass().isArray()) {
            return String.valueOf(value);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            items.add(String.valueOf(Array.get(value, i)));
        }
        return items.toString();
    }
}
