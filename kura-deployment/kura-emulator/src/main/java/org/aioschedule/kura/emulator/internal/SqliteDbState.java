package org.aioschedule.kura.emulator.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open SQLite database of a SQLiteDbService instance, as Kura 5.4.1's {@code SqliteDbServiceImpl.DbState}: a
 * persisted file may be open in one instance only; a persisted database that fails to open has its files deleted
 * and is opened once more (when {@code delete.db.files.on.failure}, Kura's DatabaseLoader); the pool holds the
 * configured number of connections when persisted, one in memory; VACUUM (then a WAL checkpoint in WAL mode) and
 * {@code PRAGMA wal_checkpoint(TRUNCATE)} run periodically for a persisted database.
 */
final class SqliteDbState {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDbState.class);
    private static final Set<String> OPEN_PATHS = new HashSet<>();
    private static final long SHUTDOWN_WAIT_MILLIS = 120_000L;

    private final SqliteDbOptions options;
    private final SqliteConnectionPool pool;
    private final ScheduledExecutorService ownExecutor;
    private final List<Future<?>> periodic = new ArrayList<>();

    SqliteDbState(SqliteDbOptions options, DbTimers injected, long connectionTimeoutMillis) throws SQLException {
        this.options = options;
        claimFile();
        try {
            LOG.info("opening database with url: {}...", options.dbUrl());
            this.pool = new SqliteConnectionPool(openDataSource(), options.effectivePoolSize(),
                    connectionTimeoutMillis);
            boolean anyPeriodic = options.isPeriodicDefragEnabled() || options.isPeriodicWalCheckpointEnabled();
            this.ownExecutor = injected == null && anyPeriodic ? Executors.newSingleThreadScheduledExecutor() : null;
            DbTimers timers = injected != null ? injected : this.ownExecutor == null ? null
                    : DbTimers.on(this.ownExecutor);
            if (options.isPeriodicDefragEnabled()) {
                this.periodic.add(timers.every(DbTimers.Kind.DEFRAG, options.defragSeconds(), TimeUnit.SECONDS,
                        this::defrag));
            }
            if (options.isPeriodicWalCheckpointEnabled()) {
                this.periodic.add(timers.every(DbTimers.Kind.CHECKPOINT, options.walCheckpointSeconds(),
                        TimeUnit.SECONDS, this::walCheckpoint));
            }
        } catch (SQLException | RuntimeException e) {
            releaseFile();
            throw e;
        }
    }

    SqliteDbOptions options() {
        return this.options;
    }

    Connection getConnection() throws SQLException {
        return this.pool.getConnection();
    }

    SqliteConnectionPool pool() {
        return this.pool;
    }

    /** Stops the periodic tasks, waits up to 120 s for the connections handed out, closes the pool. */
    void shutdown() {
        try {
            for (Future<?> task : this.periodic) {
                task.cancel(false);
            }
            if (this.ownExecutor != null) {
                this.ownExecutor.shutdown();
                awaitQuietly();
            }
            LOG.info("closing database with url: {}...", this.options.dbUrl());
            this.pool.shutdown(SHUTDOWN_WAIT_MILLIS);
        } finally {
            releaseFile();
        }
    }

    private SQLiteDataSource openDataSource() throws SQLException {
        try {
            return probe();
        } catch (SQLException e) {
            if (!this.options.deleteOnFailure() || this.options.mode() == SqliteDbOptions.Mode.IN_MEMORY) {
                throw e;
            }
            LOG.warn("failed to open database, deleting database files and retrying", e);
            String path = this.options.path();
            for (String file : new String[] { path, path + "-wal", path + "-journal", path + "-shm" }) {
                deleteQuietly(new File(file));
            }
            return probe();
        }
    }

    private SQLiteDataSource probe() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (this.options.mode() == SqliteDbOptions.Mode.PERSISTED) {
            config.setJournalMode(this.options.journalMode() == SqliteDbOptions.JournalMode.WAL
                    ? SQLiteConfig.JournalMode.WAL : SQLiteConfig.JournalMode.DELETE);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(this.options.dbUrl());
        dataSource.getConnection().close();
        return dataSource;
    }

    /** Kura's periodic defragmentation: VACUUM alone on the database, then a WAL checkpoint in WAL mode. */
    void defrag() {
        this.pool.withExclusiveConnection(connection -> {
            execute(connection, "VACUUM;", "VACUUM command failed");
            if (this.options.journalMode() == SqliteDbOptions.JournalMode.WAL) {
                execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);", "WAL checkpoint failed");
            }
        });
    }

    private void walCheckpoint() {
        try (Connection connection = getConnection()) {
            execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);", "WAL checkpoint failed");
        } catch (SQLException e) {
            LOG.warn("failed to close connection", e);
        }
    }

    private static void execute(Connection connection, String sql, String failure) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            LOG.warn(failure, e);
        }
    }

    private void claimFile() {
        if (this.options.mode() != SqliteDbOptions.Mode.PERSISTED) {
            return;
        }
        synchronized (OPEN_PATHS) {
            if (!OPEN_PATHS.add(this.options.path())) {
                throw new IllegalStateException("Another database instance is managing the same database file "
                        + this.options.path());
            }
        }
    }

    private void releaseFile() {
        if (this.options.mode() == SqliteDbOptions.Mode.PERSISTED) {
            synchronized (OPEN_PATHS) {
                OPEN_PATHS.remove(this.options.path());
            }
        }
    }

    private void awaitQuietly() {
        try {
            this.ownExecutor.awaitTermination(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while waiting for executor shutdown");
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            LOG.warn("failed to delete database file", e);
        }
    }
}
