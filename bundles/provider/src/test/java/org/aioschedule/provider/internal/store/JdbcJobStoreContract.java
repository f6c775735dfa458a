package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.eclipse.kura.db.BaseDbService;
import org.junit.jupiter.api.Test;

/** The contract for {@link JdbcJobStore}, with the database reached directly to damage and inspect rows. */
abstract class JdbcJobStoreContract extends KuraJobStoreContract {

    static final String PID = "org.eclipse.kura.db.H2DbService";

    /** The service under test, without faults. */
    abstract BaseDbService db();

    JobStore openStore(BaseDbService db) {
        return new JdbcJobStore(new FaultyDb(db, faults), PID);
    }

    @Override
    protected JobStore reopen(JobStore current) {
        current.close();
        return openStore(db());
    }

    @Override
    protected void damage(String id) throws Exception {
        try (Connection c = db().getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE AIOSCHEDULE_JOBS SET RECORD = ? WHERE ID = ?")) {
            s.setString(1, "~bad \\q escape");
            s.setString(2, StoreText.keyOf(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Override
    protected String quarantined(String id) throws Exception {
        StringBuilder found = new StringBuilder();
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT REASON, RECORD FROM AIOSCHEDULE_QUARANTINE WHERE ID = ? OR ID = ? ORDER BY QUARANTINED")) {
            s.setString(1, StoreText.encode(id));
            s.setString(2, StoreText.keyOf(id));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.append(StoreText.decode(rs.getString(1))).append(" | ").append(rs.getString(2)).append('\n');
                }
            }
        }
        return found.length() == 0 ? null : found.toString();
    }

    @Test
    void rowsAreReadableAndLongOrAwkwardIdsAreHashed() throws Exception {
        String awkward = "x\uD800" + "y".repeat(300);
        store.write(Map.of("pump-1", "{\"n\":1}", awkward, "{}"), List.of());
        try (Connection c = db().getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT ID, FULL_ID, RECORD FROM AIOSCHEDULE_JOBS ORDER BY ID")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("#").hasSize(65);
            assertThat(rs.getString(2)).isEqualTo("~x\\ud800" + "y".repeat(300));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("pump-1");
            assertThat(rs.getString(2)).isNull();
            assertThat(rs.getString(3)).isEqualTo("{\"n\":1}");
        }
    }

    @Test
    void descriptionNamesThePidAndTheUrl() throws Exception {
        store.load();
        assertThat(store.description()).startsWith("Kura DB " + PID + " jdbc:");
    }
}
