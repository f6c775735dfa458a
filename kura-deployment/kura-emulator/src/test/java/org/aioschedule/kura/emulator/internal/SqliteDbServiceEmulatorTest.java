package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite stand-in, following Kura 5.4.1's kura/org.eclipse.kura.db.sqlite.provider: SqliteDbServiceImpl.java
 * (synchronized getConnection, reopen on any option change, failures only logged), SqliteDbServiceOptions.java
 * (defaults, URLs), DatabaseLoader.java (delete files and retry), ConnectionPoolManager.java (pool of one in memory,
 * 30 s wait, VACUUM after every connection is back, with no timeout). Guess: the text of the pool's timeout
 * (HikariCP writes its pool name before it).
 */
class SqliteDbServiceEmulatorTest {

    @TempDir
    Path dir;

    private final ManualTimers timers = new ManualTimers();
    private final SqliteDbServiceEmulator service = new SqliteDbServiceEmulator(this.timers, 300);

    @AfterEach
    void deactivate() {
        this.service.deactivate();
    }

    @Test
    void shouldDefaultToSharedInMemoryDatabaseNamedAfterInstance() throws Exception {
        this.service.activate(config("sqlite.mem"));

        assertThat(url()).isEqualTo("jdbc:sqlite:file:sqlite.mem?mode=memory&cache=shared");
        assertThat(this.timers.active(DbTimers.Kind.DEFRAG)).isEmpty();
        assertThat(this.timers.active(DbTimers.Kind.CHECKPOINT)).isEmpty();
    }

    @Test
    void shouldHandOutOneConnectionAtATimeInMemoryAndTimeOut() throws Exception {
        Map<String, Object> config = config("sqlite.one");
        config.put(SqliteDbOptions.POOL_SIZE, 5);
        this.service.activate(config);

        try (Connection held = this.service.getConnection()) {
            assertThatThrownBy(this.service::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("Connection is not available, request timed out after 300ms.");
        }
        this.service.getConnection().close();
    }

    @Test
    void shouldSynchronizeGetConnectionAsKuraDoes() throws Exception {
        assertThat(Modifier.isSynchronized(
                SqliteDbServiceEmulator.class.getMethod("getConnection").getModifiers())).isTrue();
    }

    @Test
    void shouldKeepPersistedDataAndReopenOnlyWhenOptionsChange() throws Exception {
        Map<String, Object> config = persisted("kept.sqlite");
        this.service.activate(config);
        execute("CREATE TABLE T (V INT)", "INSERT INTO T VALUES (1)");
        SqliteDbState opened = this.service.state();

        this.service.updated(new HashMap<>(config));
        assertThat(this.service.state()).as("same options: not reopened").isSameAs(opened);

        Map<String, Object> changed = new HashMap<>(config);
        changed.put(SqliteDbOptions.POOL_SIZE, 3);
        this.service.updated(changed);

        assertThat(this.service.state()).isNotSameAs(opened);
        assertThat(count()).isEqualTo(1);
        assertThat(this.timers.active(DbTimers.Kind.DEFRAG)).singleElement()
                .satisfies(t -> assertThat(t.unit.toSeconds(t.period)).isEqualTo(900));
        assertThat(this.timers.active(DbTimers.Kind.CHECKPOINT)).singleElement()
                .satisfies(t -> assertThat(t.unit.toSeconds(t.period)).isEqualTo(600));
    }

    @Test
    void shouldOnlyLogFailureAndThenRefuseConnections() throws Exception {
        Map<String, Object> config = persisted("missing-dir/x/y.sqlite");
        this.service.activate(config);

        assertThat(this.service.state()).isNull();
        assertThatThrownBy(this.service::getConnection).isInstanceOf(SQLException.class)
                .hasMessage("Database is not initialized");
    }

    @Test
    void shouldDeleteUnreadableFileAndOpenAgain() throws Exception {
        Files.write(this.dir.resolve("broken.sqlite"), new byte[4096]);
        Files.write(this.dir.resolve("broken.sqlite"), "this is not a SQLite database, not at all....".getBytes());
        this.service.activate(persisted("broken.sqlite"));

        execute("CREATE TABLE T (V INT)", "INSERT INTO T VALUES (1)");

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseSecondInstanceOnTheSameFile() throws Exception {
        Map<String, Object> config = persisted("shared.sqlite");
        this.service.activate(config);
        SqliteDbServiceEmulator second = new SqliteDbServiceEmulator(new ManualTimers(), 300);
        second.activate(config);
        try {
            assertThatThrownBy(second::getConnection).hasMessage("Database is not initialized");
        } finally {
            second.deactivate();
        }
    }

    /** ConnectionPoolManager.withExclusiveConnection: VACUUM waits, without a timeout, for every connection. */
    @Test
    void shouldVacuumOnlyAfterEveryConnectionIsReturned() throws Exception {
        Map<String, Object> config = persisted("vacuum.sqlite");
        this.service.activate(config);
        execute("CREATE TABLE T (V INT)", "INSERT INTO T VALUES (1)", "DELETE FROM T");
        Connection held = this.service.getConnection();

        CompletableFuture<Integer> defrag = CompletableFuture.supplyAsync(() -> this.timers.fire(DbTimers.Kind.DEFRAG));
        awaitTrue(() -> this.service.state().pool().isWaitingForIdle());
        CompletableFuture<Connection> latecomer = CompletableFuture.supplyAsync(() -> {
            try {
                return this.service.state().pool().getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(defrag).as("VACUUM waits for the connection held (the pool timeout is 300 ms)")
                .isNotDone();
        held.close();
        assertThat(defrag.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        latecomer.get(10, TimeUnit.SECONDS).close();
        assertThat(count()).isZero();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private Map<String, Object> config(String pid) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConfigurationService.KURA_SERVICE_PID, pid);
        return config;
    }

    private Map<String, Object> persisted(String file) {
        Map<String, Object> config = config("sqlite.file");
        config.put(SqliteDbOptions.MODE, "PERSISTED");
        config.put(SqliteDbOptions.PATH, this.dir.resolve(file).toString());
        return config;
    }

    private String url() throws SQLException {
        try (Connection c = this.service.getConnection()) {
            return c.getMetaData().getURL();
        }
    }

    private void execute(String... sql) throws SQLException {
        try (Connection c = this.service.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private int count() throws SQLException {
        try (Connection c = this.service.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
