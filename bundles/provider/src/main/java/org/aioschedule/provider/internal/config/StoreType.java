package org.aioschedule.provider.internal.config;

/** The values of {@code store.type}. */
public enum StoreType {
    AUTO("auto"),
    KURA_KEYVALUE("kura.keyvalue"),
    KURA_DB("kura.db"),
    FILE("file"),
    MEMORY("memory");

    private final String value;

    StoreType(String value) {
        this.value = value;
    }

    /** As written in the configuration. */
    public String value() {
        return value;
    }

    static String[] values(StoreType... types) {
        String[] values = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = types[i].value;
        }
        return values;
    }

    static StoreType of(String value) {
        for (StoreType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
