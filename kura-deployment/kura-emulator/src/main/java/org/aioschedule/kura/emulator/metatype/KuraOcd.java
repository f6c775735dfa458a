package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.kura.configuration.metatype.AD;
import org.eclipse.kura.configuration.metatype.Icon;
import org.eclipse.kura.configuration.metatype.OCD;

/** An {@code OCD} as Kura reads it. Blank attributes are {@code null}. */
public final class KuraOcd implements OCD {

    private final String id;
    private final String name;
    private final String description;
    private final List<KuraIcon> icons;
    private final List<KuraAttribute> attributes;

    KuraOcd(String id, String name, String description, List<KuraIcon> icons, List<KuraAttribute> attributes) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.icons = Collections.unmodifiableList(new ArrayList<>(icons));
        this.attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
    }

    public String id() {
        return this.id;
    }

    public String name() {
        return this.name;
    }

    public String description() {
        return this.description;
    }

    /** The {@code resource} of each {@code Icon}; the web UI shows the first. */
    public List<String> iconResources() {
        List<String> resources = new ArrayList<>();
        for (KuraIcon icon : this.icons) {
            resources.add(icon.getResource());
        }
        return resources;
    }

    public List<KuraAttribute> attributes() {
        return this.attributes;
    }

    /**
     * The properties Kura merges into ConfigurationAdmin for this OCD: one entry per attribute with a non-empty
     * default (the first attribute wins for a repeated id), valued as {@link KuraAttribute#defaultValue()}.
     */
    public Map<String, Object> defaults() throws KuraMetatypeException {
        return defaults(this);
    }

    /**
     * The defaults of any OCD as Kura's ComponentUtil computes them (see {@link #defaults()}); empty for a
     * {@code null} OCD.
     */
    public static Map<String, Object> defaults(OCD ocd) throws KuraMetatypeException {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (ocd == null || ocd.getAD() == null) {
            return defaults;
        }
        for (AD attribute : ocd.getAD()) {
            Object value = KuraAttribute.defaultValue(attribute);
            if (value != null && defaults.get(attribute.getId()) == null) {
                defaults.put(attribute.getId(), value);
            }
        }
        return defaults;
    }

    @Override
    public List<AD> getAD() {
        return Collections.<AD> unmodifiableList(this.attributes);
    }

    @Override
    public List<Icon> getIcon() {
        return Collections.<Icon> unmodifiableList(this.icons);
    }

    @Override
    public String getName() {
        return this.name;
    }

    @Override
    public String getDescription() {
        return this.description;
    }

    @Override
    public String getId() {
        return this.id;
    }
}
