package org.aioschedule.provider.internal.store;

import java.text.ParseException;

/** One row of {@code AIOSCHEDULE_JOBS} as read, and what it decodes to. */
final class JdbcRow {

    final String key;
    final String fullId;
    final String stored;
    String id;
    String record;
    String problem;

    JdbcRow(String key, String fullId, String stored) {
        this.key = key;
        this.fullId = fullId;
        this.stored = stored;
    }

    void decode() {
        try {
            id = fullId == null ? key : StoreText.decode(fullId);
            if (!StoreText.keyOf(id).equals(key)) {
                problem = "does not match its job id (FULL_ID " + (fullId == null ? "empty" : "set") + ")";
            } else if (stored == null) {
                problem = "has no RECORD";
            } else {
                record = StoreText.decode(stored);
            }
        } catch (ParseException e) {
            problem = "does not decode: " + e.getMessage();
        }
    }
}
