package org.aioschedule.provider.internal.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.kura.db.BaseDbService;

/**
 * A BaseDbService on DriverManager (sqlite-jdbc or H2), like Kura's SQLite provider: a new connection each time. Its
 * URL an operator may change in place, as Kura's H2DbService and SQLite provider apply a new
 * configuration in {@code updated} without registering again (kura/org.eclipse.kura.core/.../H2DbServiceImpl.java:
 * {@code updated} reopens the pool when the URL changed; the service stays registered): from then on every connection
 * goes to the new database, and the old one is out of the service's view. Connections come from DriverManager.
 */
public final class DriverManagerDb implements BaseDbService {

    private volatile String url;
    private final AtomicInteger connections = new AtomicInteger();

    public DriverManagerDb(String url) {
        this.url = url;
    }

    /** The operator applies a new {@code db.connector.url}. */
    public void moveTo(String newUrl) {
        this.url = newUrl;
    }

    public String url() {
        return url;
    }

    /** Connections handed out so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        connections.incrementAndGet();
        return DriverManager.getConnection(url);
    }

    @Override
    public void close(Connection conn) {
        try {
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void rollback(Connection conn) {
        try {
            if (conn != null && !conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close(ResultSet... rss) {
        for (ResultSet rs : rss) {
            try {
                rs.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close(Statement... stmts) {
        for (Statement s : stmts) {
            try {
                s.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Rows of the scheduler's table in the database at {@code url}, -1 when the table does not exist there. */
    public static int rows(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                ResultSet tables = c.getMetaData().getTables(null, null, JdbcJobStore.TABLE, null)) {
            if (!tables.next()) {
                return -1;
            }
            try (Statement s = c.createStatement();
                    ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + JdbcJobStore.TABLE)) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
