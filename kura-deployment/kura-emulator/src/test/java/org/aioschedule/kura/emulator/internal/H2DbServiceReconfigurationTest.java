package org.aioschedule.kura.emulator.internal;

import static org.aioschedule.kura.emulator.internal.H2DbServiceEmulatorTest.count;
import static org.aioschedule.kura.emulator.internal.H2DbServiceEmulatorTest.insert;
import static org.aioschedule.kura.emulator.internal.H2DbServiceEmulatorTest.memConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the H2DbService emulator applies a new configuration, following Kura 5.4.1's
 * kura/org.eclipse.kura.core/src/main/java/org/eclipse/kura/core/db/H2DbServiceImpl.java: {@code updated} queues the
 * change on one update thread and returns (getConnection waits for it); the database reopens only when the URL or
 * the user changed; CHECKPOINT SYNC and SHUTDOWN DEFRAG are scheduled only for a file database; the password is
 * decrypted with the CryptoService and changed with ALTER USER; a second instance on the same URL is refused.
 */
class H2DbServiceReconfigurationTest {

    @TempDir
    Path dir;

    private final ManualTimers timers = new ManualTimers();
    private final CryptoServiceEmulator crypto = CryptoServiceEmulator.withDefaultKey();
    private final H2DbServiceEmulator service = new H2DbServiceEmulator(this.timers);

    @AfterEach
    void deactivate() {
        this.service.deactivate();
    }

    @Test
    void shouldApplyNewUrlInUpdatedAndReportItOnNewConnections() throws Exception {
        Map<String, Object> first = memConfig();
        this.service.activate(first);
        insert(this.service, 1);

        Map<String, Object> second = fileConfig("moved");
        this.service.updated(second);

        assertThat(url(this.service)).isEqualTo(second.get(H2DbOptions.URL));
        assertThatThrownBy(() -> count(this.service)).as("the new database has no table T")
                .isInstanceOf(SQLException.class);
    }

    @Test
    void shouldKeepDatabaseOpenWhenNeitherUrlNorUserChanged() throws Exception {
        Map<String, Object> config = memConfig();
        this.service.activate(config);
        insert(this.service, 1);
        Connection held = this.service.getConnection();

        Map<String, Object> changed = new HashMap<>(config);
        changed.put(H2DbOptions.CHECKPOINT_SECONDS, 60);
        changed.put(H2DbOptions.POOL_SIZE, 5);
        changed.put(H2DbOptions.USER, "sa");
        this.service.updated(changed);

        assertThat(count(this.service)).as("an in-memory database survives only if not reopened").isEqualTo(1);
        assertThat(held.isClosed()).isFalse();
        assertThat(this.service.maxConnections()).isEqualTo(5);
        held.close();
    }

    @Test
    void shouldReopenWhenUserChanged() throws Exception {
        Map<String, Object> config = memConfig();
        this.service.activate(config);
        insert(this.service, 1);

        Map<String, Object> changed = new HashMap<>(config);
        changed.put(H2DbOptions.USER, "OTHER");
        this.service.updated(changed);

        String user = this.service.withConnection(c -> c.getMetaData().getUserName());
        assertThat(user).isEqualTo("OTHER");
        assertThatThrownBy(() -> count(this.service)).isInstanceOf(SQLException.class);
    }

    @Test
    void shouldScheduleCheckpointAndDefragForFileDatabaseOnly() throws Exception {
        Map<String, Object> config = fileConfig("timed");
        config.put(H2DbOptions.CHECKPOINT_SECONDS, 30);
        config.put(H2DbOptions.DEFRAG_MINUTES, 15);
        this.service.activate(config);
        insert(this.service, 1);

        assertThat(this.timers.active(DbTimers.Kind.CHECKPOINT)).singleElement()
                .satisfies(t -> assertThat(t.unit.toSeconds(t.period)).isEqualTo(30));
        assertThat(this.timers.active(DbTimers.Kind.DEFRAG)).singleElement()
                .satisfies(t -> assertThat(t.unit.toMinutes(t.period)).isEqualTo(15));

        this.service.updated(memConfig());
        this.service.getConnection().close();

        assertThat(this.timers.active(DbTimers.Kind.CHECKPOINT)).isEmpty();
        assertThat(this.timers.active(DbTimers.Kind.DEFRAG)).isEmpty();
    }

    @Test
    void shouldCloseHandedOutConnectionsWhenDefragTimerFires() throws Exception {
        this.service.activate(fileConfig("defrag"));
        insert(this.service, 1);
        Connection held = this.service.getConnection();

        assertThat(this.timers.fire(DbTimers.Kind.CHECKPOINT)).isEqualTo(1);
        assertThat(held.isClosed()).as("CHECKPOINT SYNC leaves connections open").isFalse();
        assertThat(this.timers.fire(DbTimers.Kind.DEFRAG)).isEqualTo(1);

        assertThat(held.isClosed()).isTrue();
        assertThat(count(this.service)).isEqualTo(1);
    }

    @Test
    void shouldScheduleNoTimerWhenIntervalIsZero() {
        Map<String, Object> config = fileConfig("untimed");
        config.put(H2DbOptions.DEFRAG_MINUTES, 0);
        this.service.activate(config);
        this.service.maxConnections();

        assertThat(this.timers.active(DbTimers.Kind.DEFRAG)).isEmpty();
        assertThat(this.timers.active(DbTimers.Kind.CHECKPOINT)).hasSize(1);
    }

    @Test
    void shouldOpenWithDecryptedPasswordAndChangeItWithAlterUser() throws Exception {
        this.service.setCryptoService(this.crypto);
        Map<String, Object> config = fileConfig("secret");
        config.put(H2DbOptions.PASSWORD, new String(this.crypto.encryptAes("first".toCharArray())));
        this.service.activate(config);
        insert(this.service, 1);

        Map<String, Object> changed = new HashMap<>(config);
        changed.put(H2DbOptions.PASSWORD, new String(this.crypto.encryptAes("second".toCharArray())));
        this.service.updated(changed);
        assertThat(count(this.service)).isEqualTo(1);
        this.service.deactivate();

        String url = (String) config.get(H2DbOptions.URL);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "SA", "first")).isInstanceOf(SQLException.class);
        try (Connection direct = DriverManager.getConnection(url, "SA", "second")) {
            assertThat(direct.isValid(1)).isTrue();
        }
    }

    @Test
    void shouldFailToOpenWhenPasswordIsNotEncrypted() {
        this.service.setCryptoService(this.crypto);
        Map<String, Object> config = memConfig();
        config.put(H2DbOptions.PASSWORD, "plain-text");
        this.service.activate(config);

        assertThatThrownBy(this.service::getConnection).hasMessage("Database instance not initialized");
    }

    @Test
    void shouldRefuseSecondInstanceOnTheSameDatabase() throws Exception {
        Map<String, Object> config = memConfig();
        this.service.activate(config);
        assertThat(url(this.service)).as("the first instance has applied its configuration").isNotNull();
        H2DbServiceEmulator second = new H2DbServiceEmulator(new ManualTimers());
        second.activate(config);
        try {
            assertThatThrownBy(second::getConnection).hasMessage("Database instance not initialized");
            assertThat(url(this.service)).isEqualTo(config.get(H2DbOptions.URL));
        } finally {
            second.deactivate();
        }
    }

    @Test
    void shouldRunWithConnectionTasksOnPoolThreadAndNestedCallsInline() throws Exception {
        Map<String, Object> config = memConfig();
        config.put(ConfigurationService.KURA_SERVICE_PID, "test.h2");
        this.service.activate(config);

        String[] threads = this.service.withConnection(outer -> new String[] { Thread.currentThread().getName(),
            this.service.withConnection(inner -> Thread.currentThread().getName()) });

        assertThat(threads[0]).startsWith("H2DbService_test.h2_").isNotEqualTo(Thread.currentThread().getName());
        assertThat(threads[1]).isEqualTo(threads[0]);
    }

    @Test
    void shouldReturnFromUpdatedBeforeApplyingIt() throws Exception {
        Map<String, Object> config = memConfig();
        this.service.activate(config);
        this.service.maxConnections();
        Connection held = this.service.getConnection();
        java.util.concurrent.CountDownLatch applied = new java.util.concurrent.CountDownLatch(1);

        Map<String, Object> changed = new HashMap<>(config);
        changed.put(H2DbOptions.URL, "jdbc:h2:mem:other-" + System.nanoTime());
        Thread updater = new Thread(() -> {
            this.service.updated(changed);
            applied.countDown();
        });
        updater.start();

        assertThat(applied.await(10, TimeUnit.SECONDS)).as("updated returned while a reader holds the lock")
                .isTrue();
        held.close();
        assertThat(url(this.service)).isEqualTo(changed.get(H2DbOptions.URL));
    }

    private Map<String, Object> fileConfig(String name) {
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:file:" + this.dir.resolve(name).toAbsolutePath());
        return config;
    }

    private static String url(H2DbServiceEmulator db) throws SQLException {
        try (Connection c = db.getConnection()) {
            return c.getMetaData().getURL();
        }
    }
}
