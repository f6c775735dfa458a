package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.kura.KuraException;
import org.eclipse.kura.crypto.CryptoService;
import org.eclipse.kura.db.H2DbService.ConnectionCallable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database state of one H2DbService instance and how Kura 5.4.1's H2DbServiceImpl changes it: a configuration
 * is applied under a fair write lock; a failure of any kind is only logged and leaves the database shut down, so that
 * connections fail with "Database instance not initialized"; the database is reopened only when the URL or the user
 * changed; the periodic CHECKPOINT and DEFRAG run only for file databases.
 */
final class H2Instance {

    static final String NOT_INITIALIZED = "Database instance not initialized";

    private static final Logger LOG = LoggerFactory.getLogger(H2Instance.class);
    private static final Map<String, H2Instance> ACTIVE = Collections.synchronizedMap(new HashMap<>());

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final CryptoService crypto;
    private final DbTimers timers;
    private H2DbOptions options;
    private H2Database database;
    private char[] lastSessionPassword;
    private Future<?> checkpointTask;
    private Future<?> defragTask;

    H2Instance(CryptoService crypto, DbTimers timers) {
        this.crypto = crypto;
        this.timers = timers;
    }

    /** Applies a configuration as Kura's {@code updateInternal}; never throws. */
    void update(Map<String, ?> properties) {
        Lock writeLock = this.lock.writeLock();
        writeLock.lock();
        try {
            H2DbOptions next = new H2DbOptions(properties);
            shutdownIfUrlOrUserChanged(next);
            checkSupported(next);
            openOrReconfigure(next);
            this.options = next;
            ACTIVE.put(next.baseUrl(), this);
        } catch (Exception e) {
            shutdownAfterFailure();
            LOG.error("Database initialization failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A pooled connection; fails without an SQLState when the instance is not initialized. */
    Connection connection() throws SQLException {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try {
            return pooledConnection();
        } finally {
            readLock.unlock();
        }
    }

    /** Runs {@code task} on a pooled connection under the read lock; rolls back and rethrows an SQLException. */
    <T> T withConnection(ConnectionCallable<T> task) throws SQLException {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        Connection connection = null;
        try {
            connection = pooledConnection();
            return task.call(connection);
        } catch (SQLException e) {
            JdbcQuietly.rollback(connection, LOG);
            throw e;
        } finally {
            JdbcQuietly.close(connection, LOG);
            readLock.unlock();
        }
    }

    /** The configuration applied last with success, or null. */
    H2DbOptions options() {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try {
            return this.options;
        } finally {
            readLock.unlock();
        }
    }

    /** The connection pool's maximum, or 0 when not initialized. */
    int maxConnections() {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try {
            return this.database == null ? 0 : this.database.maxConnections();
        } finally {
            readLock.unlock();
        }
    }

    /** Shuts the database down, as at deactivation. */
    void shutdown() {
        Lock writeLock = this.lock.writeLock();
        writeLock.lock();
        try {
            shutdownDb();
        } catch (SQLException e) {
            LOG.warn("got exception while shutting down the database", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Kura's DEFRAG task now: {@code SHUTDOWN DEFRAG} (every connection handed out is closed), then the pool is
     * opened again. Only for an initialized file database.
     *
     * @return whether it ran
     * @throws SQLException if it failed (the timer's run only logs it)
     */
    boolean defragNow() throws SQLException {
        Lock writeLock = this.lock.writeLock();
        writeLock.lock();
        try {
            if (this.database == null || this.options == null || !this.options.isFileBased()) {
                return false;
            }
            this.database.shutdownDefrag();
            this.database = null;
            this.database = openDatabase(this.options, decrypt(this.options.encryptedPassword()));
            return true;
        } catch (KuraException e) {
            throw new SQLException("cannot decrypt the password to reopen after DEFRAG", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void shutdownIfUrlOrUserChanged(H2DbOptions next) throws SQLException {
        if (this.options != null && (!this.options.dbUrl().equals(next.dbUrl())
                || !this.options.user().equalsIgnoreCase(next.user()))) {
            shutdownDb();
        }
    }

    private void checkSupported(H2DbOptions next) {
        if (next.isRemote()) {
            throw new IllegalArgumentException("Remote databases are not supported: " + next.dbUrl()
                    + " (example: jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb)");
        }
        if ("jdbc:h2:mem:".equals(next.baseUrl())) {
            throw new IllegalArgumentException("Anonymous in-memory databases instances are not supported: "
                    + next.dbUrl() + " (example: " + H2DbOptions.DEFAULT_URL + ")");
        }
        H2Instance owner = ACTIVE.get(next.baseUrl());
        if (owner != null && owner != this) {
            throw new IllegalStateException("Another H2DbService instance is managing the same DB URL "
                    + next.baseUrl() + ", please change the DB URL or deactivate the other instance");
        }
    }

    private void openOrReconfigure(H2DbOptions next) throws SQLException, KuraException {
        char[] fromConfig = next.encryptedPassword();
        char[] password = this.lastSessionPassword != null ? this.lastSessionPassword : fromConfig;
        if (this.database == null) {
            this.database = openDatabase(next, decrypt(password));
            this.lastSessionPassword = password;
        }
        setParameters(next);
        if (!next.isZipBased() && !Arrays.equals(password, fromConfig)) {
            String newPassword = decrypt(fromConfig);
            this.database.executeOnPool("ALTER USER " + next.user() + " SET PASSWORD '" + newPassword + "'");
            this.database.setPassword(newPassword);
            this.lastSessionPassword = fromConfig;
        }
        if (next.isFileBased()) {
            restartTimers(next);
        }
    }

    private static H2Database openDatabase(H2DbOptions config, String password) throws SQLException {
        LOG.info("Opening database with url: {}", config.dbUrl());
        return H2Database.open(config.dbUrl(), config.user(), password, config.directory(), config.databaseName());
    }

    private void setParameters(H2DbOptions next) throws SQLException {
        if (!next.isFileTraceLevelSet()) {
            this.database.executeOnPool("SET TRACE_LEVEL_FILE 0");
        }
        if (next.isInMemory()) {
            this.database.executeOnPool("SET MAX_LENGTH_INPLACE_LOB 2000000000");
        }
        this.database.setMaxConnections(next.poolSize());
    }

    private void restartTimers(H2DbOptions next) {
        stopTimers();
        if (next.checkpointSeconds() > 0) {
            this.checkpointTask = this.timers.every(DbTimers.Kind.CHECKPOINT, next.checkpointSeconds(),
                    TimeUnit.SECONDS, this::checkpoint);
        }
        if (next.defragMinutes() > 0) {
            this.defragTask = this.timers.every(DbTimers.Kind.DEFRAG, next.defragMinutes(), TimeUnit.MINUTES,
                    this::defragLogged);
        }
    }

    private void stopTimers() {
        if (this.checkpointTask != null) {
            this.checkpointTask.cancel(false);
            this.checkpointTask = null;
        }
        if (this.defragTask != null) {
            this.defragTask.cancel(false);
            this.defragTask = null;
        }
    }

    private void checkpoint() {
        try {
            Lock readLock = this.lock.readLock();
            readLock.lock();
            try {
                requireDatabase().executeOnPool("CHECKPOINT SYNC");
            } finally {
                readLock.unlock();
            }
        } catch (SQLException e) {
            LOG.error("checkpoint failed", e);
        }
    }

    private void defragLogged() {
        try {
            defragNow();
        } catch (SQLException e) {
            LOG.error("failed to shutdown and defrag db", e);
        }
    }

    private void shutdownAfterFailure() {
        try {
            shutdownDb();
        } catch (SQLException e) {
            this.database = null;
        }
        stopTimers();
    }

    private void shutdownDb() throws SQLException {
        this.lastSessionPassword = null;
        if (this.database == null) {
            return;
        }
        stopTimers();
        H2Database closing = this.database;
        this.database = null;
        try {
            closing.shutdown();
        } finally {
            if (this.options != null) {
                ACTIVE.remove(this.options.baseUrl(), this);
            }
        }
    }

    private H2Database requireDatabase() throws SQLException {
        if (this.database == null) {
            throw new SQLException(NOT_INITIALIZED);
        }
        return this.database;
    }

    private Connection pooledConnection() throws SQLException {
        H2Database current = requireDatabase();
        try {
            return current.connection();
        } catch (SQLException e) {
            LOG.error("Error getting connection", e);
            throw new SQLException("Error getting connection");
        }
    }

    private String decrypt(char[] encrypted) throws KuraException {
        return new String(this.crypto.decryptAes(encrypted));
    }
}
