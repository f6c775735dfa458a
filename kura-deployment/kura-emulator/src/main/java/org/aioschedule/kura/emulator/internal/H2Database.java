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
 * One open H2 database, as Kura holds it: a {@link JdbcDataSource} and a {@link JdbcConnectionPool} over it. A file
 * database that fails to open has its files deleted and is created anew, as Kura does.
 */
final class H2Database {

    static final int MAX_POOL_SIZE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);

    private final H2Url url;
    private final JdbcDataSource dataSource;
    private final JdbcConnectionPool pool;

    private H2Database(H2Url url, JdbcDataSource dataSource, int poolSize) {
        this.url = url;
        this.dataSource = dataSource;
        this.pool = JdbcConnectionPool.create(dataSource);
        this.pool.setMaxConnections(Math.max(1, Math.min(MAX_POOL_SIZE, poolSize)));
    }

    /** Opens the database and checks that a connection can be made. */
    static H2Database open(H2Url url, String user, String password, int poolSize) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url.url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        H2Database database = new H2Database(url, dataSource, poolSize);
        try {
            database.probe();
            return database;
        } catch (SQLException e) {
            database.pool.dispose();
            if (!url.isFileBased()) {
                throw e;
            }
            LOG.warn("Failed to open {}; deleting its files and creating it again, as Kura does", url.url(), e);
            DeleteDbFiles.execute(url.directory(), url.databaseName(), true);
            H2Database fresh = new H2Database(url, dataSource, poolSize);
            fresh.probe();
            return fresh;
        }
    }

    H2Url url() {
        return this.url;
    }

    Connection connection() throws SQLException {
        return this.pool.getConnection();
    }

    int maxConnections() {
        return this.pool.getMaxConnections();
    }

    /** {@code SHUTDOWN DEFRAG}: closes the database and every connection to it, then disposes the pool. */
    void shutdownDefrag() throws SQLException {
        execute("SHUTDOWN DEFRAG");
        this.pool.dispose();
    }

    /** {@code SHUTDOWN}: closes the database (an in-memory one is gone), then disposes the pool. */
    void shutdown() {
        try {
            execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("SHUTDOWN of {} failed", this.url.url(), e);
        } finally {
            this.pool.dispose();
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
