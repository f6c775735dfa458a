package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.kura.db.BaseDbService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Kura's H2 and SQLite services share (H2DbServiceImpl, SqliteDbServiceImpl at KURA_5.4.1_RELEASE): closing and
 * rolling back never throw; a failure is logged in Kura's words.
 */
abstract class QuietDbService implements BaseDbService {

    private final Logger log = LoggerFactory.getLogger(getClass());

    @Override
    public void close(Connection conn) {
        JdbcQuietly.close(conn, log);
    }

    @Override
    public void rollback(Connection conn) {
        JdbcQuietly.rollback(conn, log);
    }

    @Override
    public void close(ResultSet... rss) {
        JdbcQuietly.close(rss, log);
    }

    @Override
    public void close(Statement... stmts) {
        JdbcQuietly.close(stmts, log);
    }
}
