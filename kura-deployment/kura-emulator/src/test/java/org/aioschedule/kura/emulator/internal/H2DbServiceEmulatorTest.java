package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The H2DbService emulator's database behaviour, following Kura 5.4.1's
 * kura/org.eclipse.kura.core/src/main/java/org/eclipse/kura/core/db/H2DbServiceImpl.java (open, delete-and-retry,
 * SHUTDOWN DEFRAG, withConnection rollback, errors) and H2DbServiceOptions.java (URL parsing, defaults).
 */
class H2DbServiceEmulatorTest {

    @TempDir
    Path dir;

    private final H2DbServiceEmulator service = new H2DbServiceEmulator();

    @AfterEach
    void deactivate() {
        this.service.deactivate();
    }

    @Test
    void shouldKeepFileDatabaseAcrossCloseAndReopen() throws Exception {
        Map<String, Object> config = fileConfig();
        this.service.activate(config);
        insert(this.service, 42);
        this.service.deactivate();

        H2DbServiceEmulator reopened = new H2DbServiceEmulator();
        reopened.activate(config);
        try {
            assertThat(count(reopened)).isEqualTo(1);
        } finally {
            reopened.deactivate();
        }
    }

    @Test
    void shouldLoseInMemoryDatabaseOnClose() throws Exception {
        Map<String, Object> config = memConfig();
        H2DbServiceEmulator first = new H2DbServiceEmulator();
        first.activate(config);
        insert(first, 1);
        first.deactivate();

        this.service.activate(config);

        assertThatThrownBy(() -> count(this.service)).isInstanceOf(SQLException.class);
    }

    @Test
    void shouldCloseEveryConnectionOnDefragAndKeepWorking() throws Exception {
        this.service.activate(fileConfig());
        insert(this.service, 7);
        Connection held = this.service.getConnection();

        boolean defragmented = this.service.shutdownDefrag();

        assertThat(defragmented).isTrue();
        assertThat(held.isClosed()).as("a connection handed out before the defrag").isTrue();
        assertThat(count(this.service)).isEqualTo(1);
        insert(this.service, 8);
        assertThat(count(this.service)).isEqualTo(2);
    }

    @Test
    void shouldNotDefragInMemoryDatabaseAsKuraDoesNot() throws Exception {
        this.service.activate(memConfig());
        insert(this.service, 1);

        assertThat(this.service.shutdownDefrag()).isFalse();
        assertThat(count(this.service)).isEqualTo(1);
    }

    @Test
    void shouldDefaultToKurasInMemoryUrl() throws Exception {
        this.service.activate(Collections.emptyMap());

        String url = this.service.withConnection(c -> c.getMetaData().getURL());

        assertThat(url).isEqualTo("jdbc:h2:mem:kuradb");
    }

    @Test
    void shouldRollBackAndRethrowWhenTaskFails() throws Exception {
        this.service.activate(memConfig());
        insert(this.service, 1);

        assertThatThrownBy(() -> this.service.withConnection(c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO T VALUES (2)");
                s.execute("INSERT INTO MISSING VALUES (3)");
            }
            return null;
        })).isInstanceOf(SQLException.class);
        assertThat(count(this.service)).isEqualTo(1);
    }

    /** Kura passes db.connection.pool.max.size to the pool and to withConnection's executor unchanged. */
    @Test
    void shouldNotClampPoolSizeAsKuraDoesNot() throws Exception {
        Map<String, Object> config = memConfig();
        config.put(H2DbOptions.POOL_SIZE, 50);
        this.service.activate(config);

        assertThat(this.service.maxConnections()).isEqualTo(50);
        assertThat(this.service.maxTaskThreads()).isEqualTo(50);
        Connection[] connections = new Connection[20];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = this.service.getConnection();
        }
        for (Connection c : connections) {
            c.close();
        }
    }

    @Test
    void shouldRecreateFileDatabaseThatFailsToOpen() throws Exception {
        Files.write(this.dir.resolve("kuradb.mv.db"), "not an H2 file".getBytes());
        this.service.activate(fileConfig());

        insert(this.service, 5);

        assertThat(count(this.service)).isEqualTo(1);
    }

    /** H2DbServiceImpl.updateInternal catches every failure, logs it and shuts the database down. */
    @ParameterizedTest
    @ValueSource(strings = { "jdbc:h2:tcp://localhost/x", "jdbc:h2:mem:", "jdbc:h2:.", "not a url",
        "jdbc:sqlite:file:/tmp/x.db", "jdbc:h2:ssl://localhost/x" })
    void shouldOnlyLogBadUrlAndFailConnectionsWithoutSqlState(String url) {
        this.service.activate(Collections.singletonMap(H2DbOptions.URL, url));

        assertThatThrownBy(this.service::getConnection).isInstanceOf(SQLException.class)
                .hasMessage("Database instance not initialized")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isNull());
        assertThatThrownBy(() -> this.service.withConnection(c -> null))
                .hasMessage("Database instance not initialized");
    }

    /** A pool size H2 refuses takes a running database down; a good configuration brings it back. */
    @Test
    void shouldShutDownOnBadPoolSizeAndRecoverOnGoodConfiguration() throws Exception {
        Map<String, Object> config = memConfig();
        this.service.activate(config);
        insert(this.service, 1);

        Map<String, Object> bad = new HashMap<>(config);
        bad.put(H2DbOptions.POOL_SIZE, 0);
        this.service.updated(bad);

        assertThatThrownBy(this.service::getConnection).hasMessage("Database instance not initialized");
        this.service.updated(config);
        String url = this.service.withConnection(c -> c.getMetaData().getURL());
        assertThat(url).isEqualTo(config.get(H2DbOptions.URL));
    }

    /** H2DbServiceOptions' Property.get: a value of another type than the default's gives the default. */
    @Test
    void shouldTakeDefaultsForValuesOfAnotherType() throws Exception {
        Map<String, Object> config = memConfig();
        config.put(H2DbOptions.POOL_SIZE, 3L);
        config.put(H2DbOptions.CHECKPOINT_SECONDS, "60");

        H2DbOptions options = new H2DbOptions(config);
        this.service.activate(config);

        assertThat(options.poolSize()).isEqualTo(10);
        assertThat(options.checkpointSeconds()).isEqualTo(900);
        assertThat(options.defragMinutes()).as("the code's default, not the metatype's 15").isEqualTo(20);
        assertThat(this.service.maxConnections()).isEqualTo(10);
    }

    /** H2DbServiceOptions strips ;USER= and ;PASSWORD= from the URL, in any case. */
    @Test
    void shouldStripUserAndPasswordFromUrl() {
        H2DbOptions options = new H2DbOptions(Collections.singletonMap(H2DbOptions.URL,
                "jdbc:h2:file:/data/db/kuradb;user=admin;DB_CLOSE_DELAY=-1;PassWord=x"));

        assertThat(options.dbUrl()).isEqualTo("jdbc:h2:file:/data/db/kuradb;DB_CLOSE_DELAY=-1");
        assertThat(options.baseUrl()).isEqualTo("jdbc:h2:file:/data/db/kuradb");
        assertThat(options.directory()).isEqualTo("/data/db");
        assertThat(options.databaseName()).isEqualTo("kuradb");
        assertThat(new H2DbOptions(Collections.singletonMap(H2DbOptions.URL, "jdbc:h2:/x/y")).isFileBased()).isTrue();
    }

    private Map<String, Object> fileConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:file:" + this.dir.resolve("kuradb").toAbsolutePath());
        return config;
    }

    static Map<String, Object> memConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:mem:test-" + UUID.randomUUID());
        return config;
    }

    static void insert(H2DbServiceEmulator db, int value) throws SQLException {
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS T (V INT)");
                s.execute("INSERT INTO T VALUES (" + value + ")");
            }
            return null;
        });
    }

    static int count(H2DbServiceEmulator db) throws SQLException {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
