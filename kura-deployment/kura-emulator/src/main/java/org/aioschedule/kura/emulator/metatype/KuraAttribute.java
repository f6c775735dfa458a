package org.aioschedule.kura.emulator.metatype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.kura.configuration.metatype.AD;
import org.eclipse.kura.configuration.metatype.Option;
import org.eclipse.kura.configuration.metatype.Scalar;

/**
 * An {@code AD} as Kura reads it. Blank string attributes are {@code null}; an absent or unparseable cardinality
 * is 0; an absent {@code required} is {@code true}.
 */
public final class KuraAttribute implements AD {

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
        return defaultValue(this);
    }

    /**
     * The default of any attribute definition as Kura's ComponentUtil computes it: {@code null} when the default is
     * absent or empty or the type unknown; the values split by {@link DefaultValues}, converted to the type; the
     * first value for cardinality 0, 1 or -1, the typed array otherwise.
     *
     * @throws KuraMetatypeException if a value does not convert (its cause is the exception Kura would throw)
     */
    public static Object defaultValue(AD attribute) throws KuraMetatypeException {
        String text = attribute.getDefault();
        if (text == null || text.isEmpty() || attribute.getType() == null) {
            return null;
        }
        KuraScalar type = KuraScalar.valueOf(attribute.getType().name());
        Object[] values = ScalarConversion.convert(type, DefaultValues.split(text), attribute.getId());
        int cardinality = attribute.getCardinality();
        return cardinality == 0 || cardinality == 1 || cardinality == -1 ? values[0] : values;
    }

    @Override
    public List<Option> getOption() {
        return Collections.<Option> unmodifiableList(this.options);
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

    @Override
    public Scalar getType() {
        return Scalar.valueOf(this.type.name());
    }

    @Override
    public int getCardinality() {
        return this.cardinality;
    }

    @Override
    public String getMin() {
        return this.min;
    }

    @Override
    public String getMax() {
        return this.max;
    }

    @Override
    public String getDefault() {
        return this.defaultText;
    }

    @Override
    public boolean isRequired() {
        return this.required;
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
