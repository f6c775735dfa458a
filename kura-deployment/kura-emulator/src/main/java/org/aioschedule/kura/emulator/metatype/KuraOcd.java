package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@code OCD} as Kura reads it. Blank attributes are {@code null}. */
public final class KuraOcd {

    private final String id;
    private final String name;
    private final String description;
    private final List<String> iconResources;
    private final List<KuraAttribute> attributes;

    KuraOcd(String id, String name, String description, List<String> iconResources, List<KuraAttribute> attributes) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.iconResources = Collections.unmodifiableList(new ArrayList<>(iconResources));
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
        return this.iconResources;
    }

    public List<KuraAttribute> attributes() {
        return this.attributes;
    }

    /**
     * The properties Kura merges into ConfigurationAdmin for this OCD: one entry per attribute with a non-empty
     * default (the first attribute wins for a repeated id), valued as {@link KuraAttribute#defaultValue()}.
     */
    public Map<String, Object> defaults() throws KuraMetatypeException {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (KuraAttribute attribute : this.attributes) {
            Object value = attribute.defaultValue();
            if (value != null && defaults.get(attribute.id()) == null) {
                defaults.put(attribute.id(), value);
            }
        }
        return defaults;
    }
}
