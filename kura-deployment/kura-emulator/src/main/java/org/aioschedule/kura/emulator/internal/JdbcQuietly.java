package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;

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
