package org.aioschedule.kura.emulator.internal;

import java.util.Map;
import java.util.Objects;

/** The H2DbService configuration, with Kura's property names and defaults. */
final class H2DbOptions {

    static final String URL = "db.connector.url";
    static final String USER = "db.user";
    static final String PASSWORD = "db.password";
    static final String POOL_SIZE = "db.connection.pool.max.size";

    static final String DEFAULT_URL = "jdbc:h2:mem:kuradb";

    private final H2Url url;
    private final String user;
    private final String password;
    private final int poolSize;

    H2DbOptions(H2Url url, String user, String password, int poolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.poolSize = poolSize;
    }

    static H2DbOptions from(Map<String, ?> properties, String defaultUrl) {
        String url = string(properties, URL, defaultUrl);
        int poolSize = Integer.parseInt(string(properties, POOL_SIZE, String.valueOf(H2Database.MAX_POOL_SIZE)));
        return new H2DbOptions(H2Url.parse(url), string(properties, USER, "SA"), string(properties, PASSWORD, ""),
                poolSize);
    }

    private static String string(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null ? fallback : value.toString();
    }

    H2Database open() throws java.sql.SQLException {
        return H2Database.open(this.url, this.user, this.password, this.poolSize);
    }

    H2Url url() {
        return this.url;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof H2DbOptions)) {
            return false;
        }
        H2DbOptions that = (H2DbOptions) other;
        return this.url.url().equals(that.url.url()) && this.user.equals(that.user)
                && this.password.equals(that.password) && this.poolSize == that.poolSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.url.url(), this.user, this.password, this.poolSize);
    }
}
