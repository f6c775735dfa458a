package org.aioschedule.kura.emulator.metatype;

import org.eclipse.kura.configuration.metatype.Option;

/** An {@code Option} of an attribute: the web UI shows a drop-down. Absent or blank attributes are {@code null}. */
public final class KuraOption implements Option {

    private final String label;
    private final String value;

    public KuraOption(String label, String value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return this.label;
    }

    public String value() {
        return this.value;
    }

    @Override
    public String getLabel() {
        return this.label;
    }

    @Override
    public String getValue() {
        return this.value;
    }
}
