package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@code AD} as Kura reads it. Blank string attributes are {@code null}; an absent or unparseable cardinality
 * is 0; an absent {@code required} is {@code true}.
 */
public final class KuraAttribute {

    private final String id;
    private final String name;
    private final String description;
    private final KuraScalar type;
    private final int cardinality;
    private final boolean required;
    private final String defaultText;
    private final String min;
    private final String max;
    private final List<KuraOption> options;

    KuraAttribute(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.description = builder.description;
        this.type = builder.type;
        this.cardinality = builder.cardinality;
        this.required = builder.required;
        this.defaultText = builder.defaultText;
        this.min = builder.min;
        this.max = builder.max;
        this.options = Collections.unmodifiableList(new ArrayList<>(builder.options));
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

    public KuraScalar type() {
        return this.type;
    }

    public int cardinality() {
        return this.cardinality;
    }

    public boolean required() {
        return this.required;
    }

    /** The raw {@code default} attribute, {@code null} when absent or blank (then Kura sets no property). */
    public String defaultText() {
        return this.defaultText;
    }

    public String min() {
        return this.min;
    }

    public String max() {
        return this.max;
    }

    public List<KuraOption> options() {
        return this.options;
    }

    /** Whether Kura turns the default into an array (cardinality other than 0, 1 and -1). */
    public boolean isArray() {
        return this.cardinality != 0 && this.cardinality != 1 && this.cardinality != -1;
    }

    /**
     * The default as Kura puts it into ConfigurationAdmin: {@code null} without a default, the first value for a
     * scalar, a typed array ({@code String[]}, {@code Integer[]}, ...) otherwise. A {@code Password} default is a
     * plain {@code String} here (Kura stores it AES-encrypted).
     *
     * @throws KuraMetatypeException if a value does not convert to the type (Kura then fails to seed the pid)
     */
    public Object defaultValue() throws KuraMetatypeException {
        if (this.defaultText == null) {
            return null;
        }
        Object[] values = ScalarConversion.convert(this.type, DefaultValues.split(this.defaultText), this.id);
        return isArray() ? values : values[0];
    }

    static final class Builder {

        String id;
        String name;
        String description;
        KuraScalar type;
        int cardinality;
        boolean required = true;
        String defaultText;
        String min;
        String max;
        final List<KuraOption> options = new ArrayList<>();

        KuraAttribute build() {
            return new KuraAttribute(this);
        }
    }
}
