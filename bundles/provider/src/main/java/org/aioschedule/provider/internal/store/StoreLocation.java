package org.aioschedule.provider.internal.store;

import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.aioschedule.provider.internal.store.StoreChoice.Kind;

/**
 * Where job state lives, as a value that survives a restart: the file store's directory, a Kura DB service's pid and
 * the (redacted) URL of its database, a key-value service's pid, or memory. Two locations are equal when they name
 * the same place; durability is a fact about the place, not part of its identity.
 */
public final class StoreLocation {

    /** Memory: nothing survives a restart. */
    public static final StoreLocation MEMORY = new StoreLocation(Kind.MEMORY, "", null, false);

    public final Kind kind;
    /** The directory ({@link Kind#FILE}), the service's pid ({@link Kind#DB}, {@link Kind#KEYVALUE}), or empty. */
    public final String name;
    /** For {@link Kind#DB}: the database URL (redacted), or null when it could not be read. */
    public final String url;
    /** Whether what is written there survives a restart. */
    public final boolean durable;

    StoreLocation(Kind kind, String name, String url, boolean durable) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.url = url;
        this.durable = durable;
    }

    static StoreLocation file(String directory) {
        return new StoreLocation(Kind.FILE, directory, null, true);
    }

    static StoreLocation database(String pid, String url) {
        return new StoreLocation(Kind.DB, pid, url, url != null && !JdbcUrls.isInMemory(url));
    }

    static StoreLocation keyValue(String pid) {
        return new StoreLocation(Kind.KEYVALUE, pid, null, true);
    }

    /** E.g. {@code the file store in /opt/eclipse/kura/data/aioschedule}, {@code Kura DB pid jdbc:h2:file:...}. */
    @Override
    public String toString() {
        switch (kind) {
            case FILE:
                return "the file store in " + name;
            case DB:
                return "Kura DB " + name + " " + (url == null ? "(URL unknown)" : url);
            case KEYVALUE:
                return "Kura KeyValueDbService " + name;
            default:
                return "memory";
        }
    }

    /** Writes this location as properties starting with {@code prefix}. */
    void store(Properties properties, String prefix) {
        properties.setProperty(prefix + "kind", kind.name().toLowerCase(Locale.ROOT));
        properties.setProperty(prefix + "name", name);
        if (url != null) {
            properties.setProperty(prefix + "url", url);
        }
        properties.setProperty(prefix + "durable", Boolean.toString(durable));
    }

    /**
     * Reads a location written by {@link #store}.
     *
     * @return the location, or null when there is none under {@code prefix}
     * @throws IllegalArgumentException if the kind is not one of file, db, keyvalue, memory
     */
    static StoreLocation read(Properties properties, String prefix) {
        String kind = properties.getProperty(prefix + "kind");
        if (kind == null) {
            return null;
        }
        Kind parsed;
        try {
            parsed = Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "kind=" + kind + " is not a store kind; expected one of "
                    + "file, db, keyvalue, memory, for example " + prefix + "kind=file", e);
        }
        return new StoreLocation(parsed, properties.getProperty(prefix + "name", ""),
                properties.getProperty(prefix + "url"), Boolean.parseBoolean(properties.getProperty(prefix
                        + "durable")));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoreLocation)) {
            return false;
        }
        StoreLocation other = (StoreLocation) o;
        return kind == other.kind && name.equals(other.name) && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, url);
    }
}
