package org.aioschedule.provider.internal.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.kura.db.BaseDbService;

/** A BaseDbService on DriverManager (sqlite-jdbc or H2), like Kura's SQLite provider: a new connection each time. */
public final class DriverManagerDb implements BaseDbService {

    private final String url;

    public DriverManagerDb(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
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
            if (conn != null) {
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
}
