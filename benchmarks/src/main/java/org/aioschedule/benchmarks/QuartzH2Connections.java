package org.aioschedule.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's JDBCJobStore connections from an H2 pool, so that Quartz needs neither c3p0 nor HikariCP. Quartz creates
 * it by reflection and sets {@code url} from {@code org.quartz.dataSource.<name>.url}.
 */
public final class QuartzH2Connections implements ConnectionProvider {

    private String url;
    private JdbcConnectionPool pool;

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public void initialize() {
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(20);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        pool.dispose();
    }
}
