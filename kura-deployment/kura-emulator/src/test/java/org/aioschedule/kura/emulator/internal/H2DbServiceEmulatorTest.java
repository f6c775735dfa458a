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

class H2DbServiceEmulatorTest {

    @TempDir
    Path dir;

    private final H2DbServiceEmulator service = new H2DbServiceEmulator();

    @AfterEach
    void deactivate() throws SQLException {
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
        this.service.activate(config);
        insert(this.service, 1);
        this.service.deactivate();

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

    @Test
    void shouldLimitPoolToTenConnections() throws Exception {
        Map<String, Object> config = memConfig();
        config.put(H2DbOptions.POOL_SIZE, 50);
        this.service.activate(config);

        assertThat(this.service.maxConnections()).isEqualTo(10);
        Connection[] connections = new Connection[10];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = this.service.getConnection();
        }
        try {
            assertThat(connections).doesNotContainNull();
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    @Test
    void shouldRecreateFileDatabaseThatFailsToOpen() throws Exception {
        Files.write(this.dir.resolve("kuradb.mv.db"), "not an H2 file".getBytes());
        this.service.activate(fileConfig());

        insert(this.service, 5);

        assertThat(count(this.service)).isEqualTo(1);
    }

    @Test
    void shouldRejectRemoteAndAnonymousUrls() {
        Map<String, Object> remote = Collections.singletonMap(H2DbOptions.URL, "jdbc:h2:tcp://localhost/x");
        Map<String, Object> anonymous = Collections.singletonMap(H2DbOptions.URL, "jdbc:h2:mem:");

        assertThatThrownBy(() -> this.service.activate(remote)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> this.service.activate(anonymous)).isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, Object> fileConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:file:" + this.dir.resolve("kuradb").toAbsolutePath());
        return config;
    }

    private static Map<String, Object> memConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:mem:test-" + UUID.randomUUID());
        return config;
    }

    private static void insert(H2DbServiceEmulator db, int value) throws SQLException {
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS T (V INT)");
                s.execute("INSERT INTO T VALUES (" + value + ")");
            }
            return null;
        });
    }

    private static int count(H2DbServiceEmulator db) throws SQLException {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
