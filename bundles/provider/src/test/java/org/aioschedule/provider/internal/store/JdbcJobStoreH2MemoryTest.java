package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.eclipse.kura.db.BaseDbService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDBC store over Kura's default H2DbService, in memory: works, and says it is not durable. */
class JdbcJobStoreH2MemoryTest extends JdbcJobStoreContract {

    private final String url = "jdbc:h2:mem:kuradb-" + UUID.randomUUID();
    private H2DbServiceEmulator h2;

    @Override
    BaseDbService db() {
        return h2;
    }

    @Override
    protected JobStore open() throws Exception {
        h2 = Emulators.h2(url);
        return openStore(h2);
    }

    /** An in-memory database does not survive its service: restarting the store is all there is. */
    @Override
    protected JobStore restart(JobStore current) {
        return reopen(current);
    }

    @Override
    protected boolean expectDurable() {
        return false;
    }

    @AfterEach
    void stopService() throws SQLException {
        Emulators.stop(h2);
    }

    @Test
    void descriptionShowsTheInMemoryUrl() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        assertThat(store.description()).isEqualTo("Kura DB " + PID + " " + url);
    }

    @Test
    void whatIsWrittenIsGoneWhenTheServiceRestarts() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        Emulators.stop(h2);
        h2 = Emulators.h2(url);
        store = openStore(h2);
        assertThat(store.load().records()).isEmpty();
    }
}
