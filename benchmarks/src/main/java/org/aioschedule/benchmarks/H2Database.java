package org.aioschedule.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcConnectionPool;

/** A fresh file H2 database in a temporary directory (H2's default settings), with a small connection pool. */
final class H2Database implements AutoCloseable {

    private final String url;
    private final JdbcConnectionPool pool;

    H2Database(String name) throws Exception {
        Path dir = TempDirs.create("aioschedule-bench-h2");
        url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(20);
    }

    String url() {
        return url;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    /** Runs one or more statements (H2's RUNSCRIPT reads a classpath script too). */
    void execute(String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
