package org.aioschedule.provider.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.aioschedule.engine.store.StoreException;
import org.eclipse.kura.db.BaseDbService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura's {@code BaseDbService} as the JDBC store uses it: a fresh connection for each unit of work, always given back
 * through the service; a transaction when asked (auto-commit off, commit, roll back on failure, auto-commit restored),
 * followed on H2 by {@code CHECKPOINT SYNC}, as H2 acknowledges commits before it writes them;
 * one retry on a new connection when the first one was closed under the work, as Kura's periodic H2
 * {@code SHUTDOWN DEFRAG} does to every connection. Each connection's URL is shown to the store before any work
 * (it refuses another database with a {@link StoreMovedException}). Failures become {@link StoreException}s naming
 * the store.
 */
final class DbAccess {

    /** H2: object closed, connection broken, database closed, database called at shutdown. */
    private static final List<Integer> H2_CLOSED = Arrays.asList(90007, 90067, 90098, 90121);
    private static final Logger LOG = LoggerFactory.getLogger(DbAccess.class);

    /** Work on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final BaseDbService db;
    private final JdbcJobStore store;
    private volatile Boolean isH2;

    DbAccess(BaseDbService db, JdbcJobStore store) {
        this.db = db;
        this.store = store;
    }

    <T> T run(String action, boolean transaction, Work<T> work) throws StoreException {
        for (int attempt = 1;; attempt++) {
            Connection c = null;
            try {
                c = db.getConnection();
                store.seen(c.getMetaData().getURL());
                if (transaction) {
                    c.setAutoCommit(false);
                }
                T result = work.run(c);
                if (transaction) {
                    c.commit();
                    syncIfH2(c);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                boolean closed = isClosed(c, e);
                if (transaction && !closed) {
                    db.rollback(c);
                }
                if (attempt == 1 && closed) {
                    LOG.info("{}: the connection was closed ({}); trying once more on a new one", store.description(),
                            e.getMessage());
                    continue;
                }
                throw new StoreException(store.description() + ": cannot " + action + ": " + e.getMessage(), e);
            } finally {
                giveBack(c, transaction);
            }
        }
    }

    /** H2 keeps commits in memory for up to its write delay (500 ms): a process kill would lose them. */
    private void syncIfH2(Connection c) throws SQLException {
        Boolean h2 = isH2;
        if (h2 == null) {
            h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
            isH2 = h2;
        }
        if (h2) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    private static boolean isClosed(Connection c, Exception e) {
        if (c == null) {
            return true;
        }
        try {
            if (c.isClosed()) {
                return true;
            }
        } catch (SQLException | RuntimeException ignored) {
            return true;
        }
        if (!(e instanceof SQLException)) {
            return false;
        }
        SQLException sql = (SQLException) e;
        String state = sql.getSQLState();
        return state != null && state.startsWith("08") || H2_CLOSED.contains(sql.getErrorCode());
    }

    private void giveBack(Connection c, boolean transaction) {
        if (c == null) {
            return;
        }
        if (transaction) {
            try {
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.debug("{}: cannot restore auto-commit", store.description(), e);
            }
        }
        db.close(c);
    }
}
