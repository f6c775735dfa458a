package org.aioschedule.provider.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link JdbcJobStore}, common to H2 and SQLite: its two tables, and the statements that read, write and
 * quarantine rows on a connection the caller owns (and commits).
 */
final class JobTables {

    static final String TABLE = "AIOSCHEDULE_JOBS";
    static final String QUARANTINE_TABLE = "AIOSCHEDULE_QUARANTINE";
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
            + " (ID VARCHAR(255) NOT NULL PRIMARY KEY, FULL_ID CLOB, RECORD CLOB NOT NULL, UPDATED BIGINT NOT NULL)";
    private static final String CREATE_QUARANTINE = "CREATE TABLE IF NOT EXISTS " + QUARANTINE_TABLE
            + " (ID CLOB NOT NULL, REASON CLOB NOT NULL, RECORD CLOB, QUARANTINED BIGINT NOT NULL)";
    private static final String SELECT = "SELECT ID, FULL_ID, RECORD FROM " + TABLE;
    private static final String UPDATE = "UPDATE " + TABLE + " SET FULL_ID = ?, RECORD = ?, UPDATED = ? WHERE ID = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (ID, FULL_ID, RECORD, UPDATED) VALUES (?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE ID = ?";
    private static final String QUARANTINE = "INSERT INTO " + QUARANTINE_TABLE
            + " (ID, REASON, RECORD, QUARANTINED) VALUES (?, ?, ?, ?)";

    private JobTables() {
    }

    /** Creates both tables where they are missing. */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
            s.execute(CREATE_QUARANTINE);
        }
    }

    /** Every row of the job table, as stored. */
    static List<JdbcRow> readRows(Connection c) throws SQLException {
        List<JdbcRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            while (rs.next()) {
                rows.add(new JdbcRow(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }

    /** Updates or inserts every upsert, then deletes, with {@code now} (ms) as UPDATED. */
    static void write(Connection c, StoreBatch batch, long now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE);
                PreparedStatement insert = c.prepareStatement(INSERT);
                PreparedStatement delete = c.prepareStatement(DELETE)) {
            int inserts = 0;
            for (Map.Entry<String, String> e : batch.upserts.entrySet()) {
                String key = StoreText.keyOf(e.getKey());
                String fullId = key.equals(e.getKey()) ? null : StoreText.encode(e.getKey());
                String record = StoreText.encode(e.getValue());
                update.setString(1, fullId);
                update.setString(2, record);
                update.setLong(3, now);
                update.setString(4, key);
                if (update.executeUpdate() == 0) {
                    insert.setString(1, key);
                    insert.setString(2, fullId);
                    insert.setString(3, record);
                    insert.setLong(4, now);
                    insert.addBatch();
                    inserts++;
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            for (String id : batch.deletes) {
                delete.setString(1, StoreText.keyOf(id));
                delete.addBatch();
            }
            if (!batch.deletes.isEmpty()) {
                delete.executeBatch();
            }
        }
    }

    /** Adds a quarantine row (values already encoded) and deletes the job row under {@code key}. */
    static void quarantine(Connection c, String id, String reason, String record, String key, long now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(QUARANTINE);
                PreparedStatement delete = c.prepareStatement(DELETE)) {
            insert.setString(1, id);
            insert.setString(2, reason);
            insert.setString(3, record);
            insert.setLong(4, now);
            insert.executeUpdate();
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }
}
