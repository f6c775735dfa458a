package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.kura.emulator.KuraEmulatorControl;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.eclipse.kura.db.BaseDbService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDBC store over the Kura emulator's H2DbService on an H2 2.1.214 file database, defragmented at will. */
class JdbcJobStoreH2FileTest extends JdbcJobStoreContract {

    private H2DbServiceEmulator h2;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db/kuradb").toAbsolutePath();
    }

    @Override
    BaseDbService db() {
        return h2;
    }

    @Override
    protected JobStore open() throws Exception {
        h2 = Emulators.h2(url());
        return openStore(h2);
    }

    @Override
    protected JobStore restart(JobStore current) throws Exception {
        current.close();
        Emulators.stop(h2);
        return open();
    }

    @Override
    protected boolean expectDurable() {
        return true;
    }

    @AfterEach
    void stopService() throws SQLException {
        Emulators.stop(h2);
    }

    @Test
    void aWriteRightAfterShutdownDefragSucceeds() throws Exception {
        KuraEmulatorControl control = Emulators.control(h2);
        store.write(Map.of("a", "1", "b", "1"), List.of());
        assertThat(control.defragDatabase()).isTrue();
        store.write(Map.of("a", "2"), List.of("b"));
        assertThat(control.defragDatabase()).isTrue();
        store.quarantine("a", "2", "test");
        assertThat(control.defragDatabase()).isTrue();
        store.write(Map.of("c", "3"), List.of());
        assertThat(store.load().records()).isEqualTo(Map.of("c", "3"));
        assertThat(loadAfterRestart()).isEqualTo(Map.of("c", "3"));
    }

    @Test
    void aConnectionClosedByShutdownDefragUnderAWriteIsRetriedOnce() throws Exception {
        KuraEmulatorControl control = Emulators.control(h2);
        int[] defrags = { 1 };
        BaseDbService defragging = new FaultyDb(h2, faults) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = super.getConnection();
                if (defrags[0]-- > 0) {
                    assertThat(control.defragDatabase()).isTrue();
                }
                return c;
            }
        };
        store = new JdbcJobStore(defragging, PID);
        store.write(Map.of("a", "1"), List.of());
        assertThat(defrags[0]).as("the defrag ran under the first connection").isNegative();
        assertThat(store.load().records()).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void defragUnderEveryConnectionFailsTheWriteWithAClearMessage() throws Exception {
        KuraEmulatorControl control = Emulators.control(h2);
        BaseDbService defragging = new FaultyDb(h2, faults) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = super.getConnection();
                assertThat(control.defragDatabase()).isTrue();
                return c;
            }
        };
        store = new JdbcJobStore(defragging, PID);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.write(Map.of("a", "1"), List.of()))
                .isInstanceOf(org.aioschedule.engine.store.StoreException.class).hasMessageContaining(PID)
                .hasMessageContaining("cannot");
    }
}
