package org.eclipse.kura.configuration.metatype;

/** The attribute types Kura accepts, with their metatype spelling. */
public enum Scalar {
    STRING("String"),
    LONG("Long"),
    DOUBLE("Double"),
    FLOAT("Float"),
    INTEGER("Integer"),
    BYTE("Byte"),
    CHAR("Char"),
    BOOLEAN("Boolean"),
    SHORT("Short"),
    PASSWORD("Password");

    private final String value;

    Scalar(String value) {
        this.value = value;
    }

    /** The metatype spelling, e.g. {@code "Integer"}. */
    public String value() {
        return this.value;
    }

    /**
     * The scalar spelled {@code value}; {@code "character"} in any case is {@link #CHAR}.
     *
     * @throws IllegalArgumentException for any other spelling
     */
    public static Scalar fromValue(String value) {
        if ("character".equalsIgnoreCase(value)) {
            return CHAR;
        }
        for (Scalar scalar : values()) {
            if (scalar.value.equals(value)) {
                return scalar;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
