package org.aioschedule.kura.emulator.internal;

import java.io.File;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configuration of an H2DbService instance, read as Kura 5.4.1's {@code H2DbServiceOptions} reads it: a value
 * of another type than the default's (a Long for an Integer, a String for a number) silently gives the default;
 * {@code ;USER=} and {@code ;PASSWORD=} are cut from the URL; the URL is split into driver, protocol and path.
 * An unusable URL throws {@link IllegalArgumentException}, which the service only logs.
 */
final class H2DbOptions {

    static final String URL = "db.connector.url";
    static final String USER = "db.user";
    static final String PASSWORD = "db.password";
    static final String CHECKPOINT_SECONDS = "db.checkpoint.interval.seconds";
    static final String DEFRAG_MINUTES = "db.defrag.interval.minutes";
    static final String POOL_SIZE = "db.connection.pool.max.size";

    static final String DEFAULT_URL = "jdbc:h2:mem:kuradb";
    /** Kura's code falls back to 20 minutes although its metatype default is 15. */
    static final int CODE_DEFAULT_DEFRAG_MINUTES = 20;

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:([^:]+):(([^:]+):)?([^;]*)(;.*)?");
    private static final Pattern USER_SETTING = Pattern.compile("(?i);user=[^;]*");
    private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i);password=[^;]*");
    private static final Pattern FILE_TRACE_LEVEL = Pattern.compile("(?i);trace_level_file=[^;]*");

    private final String dbUrl;
    private final String user;
    private final char[] encryptedPassword;
    private final long checkpointSeconds;
    private final long defragMinutes;
    private final int poolSize;
    private final String protocol;
    private final String baseUrl;
    private final String directory;
    private final String databaseName;

    H2DbOptions(Map<String, ?> properties) {
        this.encryptedPassword = typed(properties, PASSWORD, "").toCharArray();
        this.user = typed(properties, USER, "SA");
        this.checkpointSeconds = typed(properties, CHECKPOINT_SECONDS, 900);
        this.defragMinutes = typed(properties, DEFRAG_MINUTES, CODE_DEFAULT_DEFRAG_MINUTES);
        this.poolSize = typed(properties, POOL_SIZE, 10);
        String url = typed(properties, URL, DEFAULT_URL);
        url = USER_SETTING.matcher(url).replaceAll("");
        this.dbUrl = PASSWORD_SETTING.matcher(url).replaceAll("");
        Matcher parts = JDBC_URL.matcher(this.dbUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException("Invalid DB URL: " + this.dbUrl + " (example: " + DEFAULT_URL + ")");
        }
        if (!"h2".equals(parts.group(1))) {
            throw new IllegalArgumentException("JDBC driver must be h2: " + this.dbUrl + " (example: "
                    + DEFAULT_URL + ")");
        }
        String path = parts.group(4) == null ? "" : parts.group(4);
        String declared = parts.group(3);
        boolean dotShorthand = declared == null && ".".equals(path);
        this.protocol = dotShorthand ? "mem" : declared == null ? "file" : declared;
        path = dotShorthand ? "" : path;
        this.baseUrl = "jdbc:h2:" + this.protocol + ':' + path;
        File file = new File(path);
        this.directory = isFileBased() ? (file.getParent() == null ? "." : file.getParent()) : null;
        this.databaseName = isFileBased() ? file.getName() : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T typed(Map<String, ?> properties, String key, T fallback) {
        Object value = properties.get(key);
        return fallback.getClass().isInstance(value) ? (T) value : fallback;
    }

    /** The URL connections are opened with ({@code ;USER=} and {@code ;PASSWORD=} removed). */
    String dbUrl() {
        return this.dbUrl;
    }

    /** {@code jdbc:h2:<protocol>:<path>}, the key under which Kura refuses a second instance on one database. */
    String baseUrl() {
        return this.baseUrl;
    }

    String user() {
        return this.user;
    }

    char[] encryptedPassword() {
        return this.encryptedPassword.clone();
    }

    long checkpointSeconds() {
        return this.checkpointSeconds;
    }

    long defragMinutes() {
        return this.defragMinutes;
    }

    int poolSize() {
        return this.poolSize;
    }

    boolean isInMemory() {
        return "mem".equals(this.protocol);
    }

    boolean isFileBased() {
        return "file".equals(this.protocol);
    }

    boolean isZipBased() {
        return "zip".equals(this.protocol);
    }

    boolean isRemote() {
        return !isInMemory() && !isFileBased() && !isZipBased();
    }

    boolean isFileTraceLevelSet() {
        return FILE_TRACE_LEVEL.matcher(this.dbUrl).find();
    }

    /** The directory of a file database, else null. */
    String directory() {
        return this.directory;
    }

    /** The name of a file database, else null. */
    String databaseName() {
        return this.databaseName;
    }
}
