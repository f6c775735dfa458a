package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.DeleteDbFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open H2 database, as Kura holds it: a {@link JdbcDataSource} and a {@link JdbcConnectionPool} over it (H2's
 * default of 10 connections until {@link #setMaxConnections} says otherwise). A file database that fails to open
 * has its files deleted and is opened once more, as Kura's H2DbServiceImpl does.
 */
final class H2Database {

    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);

    private final String url;
    private final JdbcDataSource dataSource;
    private final JdbcConnectionPool pool;

    private H2Database(String url, JdbcDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.pool = JdbcConnectionPool.create(dataSource);
    }

    /**
     * Opens the database and checks that a connection can be made.
     *
     * @param directory the directory of a file database (its files are deleted if it fails to open), else null
     * @param name      the name of a file database, else null
     */
    static H2Database open(String url, String user, String password, String directory, String name)
            throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        H2Database database = new H2Database(url, dataSource);
        try {
            database.probe();
            return database;
        } catch (SQLException e) {
            database.pool.dispose();
            if (directory == null || name == null) {
                throw e;
            }
            LOG.warn("Failed to open {}; deleting its files and creating it again, as Kura does", url, e);
            DeleteDbFiles.execute(directory, name, true);
            H2Database fresh = new H2Database(url, dataSource);
            fresh.probe();
            return fresh;
        }
    }

    String url() {
        return this.url;
    }

    Connection connection() throws SQLException {
        return this.pool.getConnection();
    }

    int maxConnections() {
        return this.pool.getMaxConnections();
    }

    /** As Kura: no clamping; H2 refuses a value below 1 with an IllegalArgumentException. */
    void setMaxConnections(int max) {
        this.pool.setMaxConnections(max);
    }

    /** Sets the password of the data source for connections opened from now on. */
    void setPassword(String password) {
        this.dataSource.setPassword(password);
    }

    /** Runs {@code sql} on a pooled connection, then commits, as Kura's {@code executeInternal}. */
    void executeOnPool(String sql) throws SQLException {
        try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }

    /** {@code SHUTDOWN DEFRAG}: closes the database and every connection to it, then disposes the pool. */
    void shutdownDefrag() throws SQLException {
        execute("SHUTDOWN DEFRAG");
        this.pool.dispose();
    }

    /** {@code SHUTDOWN}: closes the database (an in-memory one is gone); the pool is disposed even if it fails. */
    void shutdown() throws SQLException {
        try {
            execute("SHUTDOWN");
        } finally {
            this.pool.dispose();
        }
    }

    /** {@link #shutdown()}, logging a failure. */
    void shutdownQuietly() {
        try {
            shutdown();
        } catch (SQLException e) {
            LOG.warn("SHUTDOWN of {} failed", this.url, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = this.dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void probe() throws SQLException {
        this.pool.getConnection().close();
    }
}
