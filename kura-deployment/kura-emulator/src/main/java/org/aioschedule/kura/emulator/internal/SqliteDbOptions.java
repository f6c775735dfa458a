package org.aioschedule.kura.emulator.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.eclipse.kura.configuration.ConfigurationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configuration of a SQLiteDbService instance, read as Kura 5.4.1's {@code SqliteDbServiceOptions} reads it
 * (org.eclipse.kura.db.sqlite.provider): a value of another type than the default's gives the default; an unknown
 * mode gives IN_MEMORY, an unknown journal mode ROLLBACK_JOURNAL; a {@code ?} and what follows is cut from the path;
 * two options are equal when every field is. The encryption key ({@code db.key}) is not modelled.
 */
final class SqliteDbOptions {

    static final String MODE = "db.mode";
    static final String PATH = "db.path";
    static final String POOL_SIZE = "db.connection.pool.max.size";
    static final String JOURNAL_MODE = "db.journal.mode";
    static final String DEFRAG_ENABLED = "db.defrag.enabled";
    static final String DEFRAG_SECONDS = "db.defrag.interval.seconds";
    static final String WAL_CHECKPOINT_ENABLED = "db.wal.checkpoint.enabled";
    static final String WAL_CHECKPOINT_SECONDS = "db.wal.checkpoint.interval.seconds";
    static final String DELETE_ON_FAILURE = "delete.db.files.on.failure";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDbOptions.class);

    /** Where the database lives. */
    enum Mode {
        IN_MEMORY, PERSISTED
    }

    /** SQLite's journal: DELETE for ROLLBACK_JOURNAL, or WAL. */
    enum JournalMode {
        ROLLBACK_JOURNAL, WAL
    }

    private final Mode mode;
    private final String path;
    private final String kuraServicePid;
    private final int poolSize;
    private final JournalMode journalMode;
    private final boolean defragEnabled;
    private final long defragSeconds;
    private final boolean walCheckpointEnabled;
    private final long walCheckpointSeconds;
    private final boolean deleteOnFailure;

    SqliteDbOptions(Map<String, ?> properties) {
        this.mode = parse(Mode.class, typed(properties, MODE, Mode.IN_MEMORY.name()), Mode.IN_MEMORY);
        String rawPath = typed(properties, PATH, "/opt/mydb.sqlite");
        int query = rawPath.indexOf('?');
        this.path = query < 0 ? rawPath : rawPath.substring(0, query);
        this.kuraServicePid = typed(properties, ConfigurationService.KURA_SERVICE_PID, "sqlitedb");
        this.poolSize = typed(properties, POOL_SIZE, 10);
        this.journalMode = parse(JournalMode.class, typed(properties, JOURNAL_MODE, JournalMode.WAL.name()),
                JournalMode.ROLLBACK_JOURNAL);
        this.defragEnabled = typed(properties, DEFRAG_ENABLED, Boolean.TRUE);
        this.defragSeconds = typed(properties, DEFRAG_SECONDS, 900L);
        this.walCheckpointEnabled = typed(properties, WAL_CHECKPOINT_ENABLED, Boolean.TRUE);
        this.walCheckpointSeconds = typed(properties, WAL_CHECKPOINT_SECONDS, 600L);
        this.deleteOnFailure = typed(properties, DELETE_ON_FAILURE, Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    private static <T> T typed(Map<String, ?> properties, String key, T fallback) {
        Object value = properties.get(key);
        return fallback.getClass().isInstance(value) ? (T) value : fallback;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            LOG.warn("{} is not one of {}, falling back to {}", value, Arrays.toString(type.getEnumConstants()),
                    fallback);
            return fallback;
        }
    }

    /** {@code jdbc:sqlite:file:<path>}, or a shared-cache memory database named after the instance. */
    String dbUrl() {
        return this.mode == Mode.PERSISTED ? "jdbc:sqlite:file:" + this.path
                : "jdbc:sqlite:file:" + this.kuraServicePid + "?mode=memory&cache=shared";
    }

    Mode mode() {
        return this.mode;
    }

    String path() {
        return this.path;
    }

    /** The pool's size: the configured one when persisted, 1 in memory. */
    int effectivePoolSize() {
        return this.mode == Mode.PERSISTED ? this.poolSize : 1;
    }

    JournalMode journalMode() {
        return this.journalMode;
    }

    boolean isPeriodicDefragEnabled() {
        return this.mode != Mode.IN_MEMORY && this.defragEnabled;
    }

    long defragSeconds() {
        return this.defragSeconds;
    }

    boolean isPeriodicWalCheckpointEnabled() {
        return this.mode != Mode.IN_MEMORY && this.journalMode == JournalMode.WAL && this.walCheckpointEnabled;
    }

    long walCheckpointSeconds() {
        return this.walCheckpointSeconds;
    }

    boolean deleteOnFailure() {
        return this.deleteOnFailure;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SqliteDbOptions)) {
            return false;
        }
        SqliteDbOptions that = (SqliteDbOptions) other;
        return this.mode == that.mode && this.path.equals(that.path) && this.kuraServicePid.equals(that.kuraServicePid)
                && this.poolSize == that.poolSize && this.journalMode == that.journalMode
                && this.defragEnabled == that.defragEnabled && this.defragSeconds == that.defragSeconds
                && this.walCheckpointEnabled == that.walCheckpointEnabled
                && this.walCheckpointSeconds == that.walCheckpointSeconds
                && this.deleteOnFailure == that.deleteOnFailure;
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.mode, this.path, this.kuraServicePid, this.poolSize, this.journalMode,
                this.defragEnabled, this.defragSeconds, this.walCheckpointEnabled, this.walCheckpointSeconds,
                this.deleteOnFailure);
    }
}
