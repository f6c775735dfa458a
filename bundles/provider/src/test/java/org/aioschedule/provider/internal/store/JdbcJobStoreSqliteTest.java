package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aioschedule.engine.store.JobStore;
import org.eclipse.kura.db.BaseDbService;
import org.junit.jupiter.api.Test;

/** The JDBC store over a SQLite file through sqlite-jdbc, as Kura's SQLite provider gives it. */
class JdbcJobStoreSqliteTest extends JdbcJobStoreContract {

    private DriverManagerDb sqlite;

    @Override
    BaseDbService db() {
        return sqlite;
    }

    @Override
    protected JobStore open() {
        sqlite = new DriverManagerDb("jdbc:sqlite:" + dir.resolve("kura.sqlite").toAbsolutePath());
        return openStore(sqlite);
    }

    @Override
    protected JobStore restart(JobStore current) {
        current.close();
        return open();
    }

    @Override
    protected boolean expectDurable() {
        return true;
    }

    @Test
    void anInMemorySqliteDatabaseWorksAndIsNotDurable() throws Exception {
        String url = "jdbc:sqlite:file:mem-" + UUID.randomUUID() + "?mode=memory&cache=shared";
        try (Connection keepAlive = DriverManager.getConnection(url)) {
            JobStore memory = new JdbcJobStore(new DriverManagerDb(url), PID);
            memory.write(Map.of("a", "1"), List.of());
            assertThat(memory.load().records()).isEqualTo(Map.of("a", "1"));
            assertThat(memory.isDurable()).isFalse();
            assertThat(memory.description()).contains("mode=memory");
        }
    }
}
