package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;

/** Closing and rolling back as Kura's database services do: a failure is logged with Kura's words, never thrown. */
final class JdbcQuietly {

    private JdbcQuietly() {
    }

    static void rollback(Connection connection, Logger log) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                log.error("Error during Connection rollback.", e);
            }
        }
    }

    static void close(ResultSet[] resultSets, Logger log) {
        closeAll(resultSets, "Error during ResultSet closing", log);
    }

    static void close(Statement[] statements, Logger log) {
        closeAll(statements, "Error during Statement closing", log);
    }

    private static void closeAll(AutoCloseable[] closeables, String error, Logger log) {
        if (closeables == null) {
            return;
        }
        for (AutoCloseable closeable : closeables) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                log.error(error, e);
            }
        }
    }

    static void close(Connection connection, Logger log) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.error("Error during Connection closing", e);
            }
        }
    }
}
