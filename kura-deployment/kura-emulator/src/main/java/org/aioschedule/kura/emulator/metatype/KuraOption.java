package org.aioschedule.kura.emulator.metatype;

/** An {@code Option} of an attribute: the web UI shows a drop-down. Absent or blank attributes are {@code null}. */
public final class KuraOption {

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
}
