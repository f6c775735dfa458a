package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.db.BaseDbService;
import org.eclipse.kura.db.H2DbService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's default H2DbService instance on a real H2 database: in memory ({@code jdbc:h2:mem:kuradb}) unless
 * configuration {@code db.connector.url} names a file database; a pool of at most 10 connections; a fair
 * read-write lock so that {@link #shutdownDefrag()} waits for running {@link #withConnection} calls.
 */
@Component(name = H2DbService.DEFAULT_INSTANCE_PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = { H2DbService.class, BaseDbService.class, H2DbServiceEmulator.class },
        property = ConfigurationService.KURA_SERVICE_PID + "=" + H2DbService.DEFAULT_INSTANCE_PID)
public final class H2DbServiceEmulator implements H2DbService {

    private static final Logger LOG = LoggerFactory.getLogger(H2DbServiceEmulator.class);

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private H2DbOptions options;
    private H2Database database;

    @Activate
    void activate(Map<String, Object> properties) throws SQLException {
        modified(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) throws SQLException {
        H2DbOptions newOptions = H2DbOptions.from(properties, H2DbOptions.DEFAULT_URL);
        if (newOptions.equals(this.options)) {
            return;
        }
        withWriteLock(() -> {
            closeDatabase();
            this.database = newOptions.open();
            this.options = newOptions;
        });
        LOG.debug("H2DbService emulator opened {}", newOptions.url().url());
    }

    @Deactivate
    synchronized void deactivate() throws SQLException {
        withWriteLock(this::closeDatabase);
    }

    /** See {@link org.aioschedule.kura.emulator.KuraEmulatorControl#defragDatabase()}. */
    synchronized boolean shutdownDefrag() throws SQLException {
        if (this.database == null || !this.database.url().isFileBased()) {
            return false;
        }
        withWriteLock(() -> {
            this.database.shutdownDefrag();
            this.database = null;
            this.database = this.options.open();
        });
        return true;
    }

    synchronized int maxConnections() {
        return this.database == null ? 0 : this.database.maxConnections();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try {
            return openDatabase().connection();
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public <T> T withConnection(ConnectionCallable<T> task) throws SQLException {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try (Connection connection = openDatabase().connection()) {
            try {
                return task.call(connection);
            } catch (SQLException e) {
                rollback(connection);
                throw e;
            }
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close(Connection conn) {
        if (conn != null) {
            quietly(conn::close, "close connection");
        }
    }

    @Override
    public void rollback(Connection conn) {
        if (conn != null) {
            quietly(conn::rollback, "roll back");
        }
    }

    @Override
    public void close(ResultSet... rss) {
        if (rss != null) {
            for (ResultSet rs : rss) {
                if (rs != null) {
                    quietly(rs::close, "close result set");
                }
            }
        }
    }

    @Override
    public void close(Statement... stmts) {
        if (stmts != null) {
            for (Statement stmt : stmts) {
                if (stmt != null) {
                    quietly(stmt::close, "close statement");
                }
            }
        }
    }

    private H2Database openDatabase() throws SQLException {
        H2Database current = this.database;
        if (current == null) {
            throw new SQLException("Database instance not initialized");
        }
        return current;
    }

    private void closeDatabase() {
        if (this.database != null) {
            this.database.shutdown();
            this.database = null;
        }
    }

    private void withWriteLock(SqlAction action) throws SQLException {
        Lock writeLock = this.lock.writeLock();
        writeLock.lock();
        try {
            action.run();
        } finally {
            writeLock.unlock();
        }
    }

    private static void quietly(SqlAction action, String what) {
        try {
            action.run();
        } catch (SQLException e) {
            LOG.warn("Failed to {}", what, e);
        }
    }

    /** A database action that may fail. */
    @FunctionalInterface
    interface SqlAction {

        void run() throws SQLException;
    }
}
