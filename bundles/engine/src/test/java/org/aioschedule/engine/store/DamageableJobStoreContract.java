package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The {@link JobStoreContract} for stores whose data a test can reach under the store (the provider's JDBC and
 * key-value stores): a damaged record is set aside with its reason, and a batch that fails partway through is whole
 * or absent. Subclasses say how to damage a record, read the quarantine and fail the service's writes.
 */
public abstract class DamageableJobStoreContract extends JobStoreContract {

    /** Replaces what is stored for {@code id} by something that cannot be decoded. */
    protected abstract void damage(String id) throws Exception;

    /** What the store kept aside for {@code id}, as text, or null if nothing. */
    @Override
    protected abstract String quarantined(String id) throws Exception;

    /** From now on, the service under the store fails its {@code operations}-th next mutating operation. */
    protected abstract void failAfter(int operations);

    /** The service under the store stops failing operations. */
    protected abstract void disarmFaults();

    /** What the message of a write that failed through the service must contain. */
    protected abstract String failedWriteMentions();

    @Test
    void damagedRecordIsSetAsideWithItsReasonReportedOnceAndTheRestLoad() throws Exception {
        store.write(Map.of("a", "1", "b", "2", "c", "3"), List.of());
        store = reopen(store);
        damage("b");
        LoadResult first = store.load();
        assertThat(first.records()).containsOnlyKeys("a", "c");
        assertThat(first.problems()).singleElement().asString().contains("'b'").contains("decode");
        assertThat(quarantined("b")).contains("decode");
        assertThat(store.load().problems()).isEmpty();
        assertThat(loadAfterReopen()).containsOnlyKeys("a", "c");
        store.write(Map.of("b", "again"), List.of());
        assertThat(loadAfterReopen()).containsEntry("b", "again").hasSize(3);
    }

    @Test
    void aBatchThatFailsPartwayIsWholeOrAbsentAfterReopen() throws Exception {
        Map<String, String> model = new HashMap<>(Map.of("a", "0", "b", "0", "c", "0"));
        store.write(model, List.of());
        int failures = 0;
        for (int failAt = 0; failAt < 12; failAt++) {
            Map<String, String> upserts = new TreeMap<>(Map.of("a", "a" + failAt, "b", "b" + failAt, "new" + failAt,
                    "n"));
            List<String> deletes = List.of(failAt == 0 ? "c" : "new" + (failAt - 1));
            Map<String, String> after = new HashMap<>(model);
            Batches.apply(after, upserts, deletes);
            failAfter(failAt);
            boolean acknowledged = true;
            try {
                store.write(upserts, deletes);
            } catch (StoreException e) {
                acknowledged = false;
                failures++;
                assertThat(e).hasMessageContaining(failedWriteMentions());
            }
            disarmFaults();
            Map<String, String> loaded = loadAfterReopen();
            if (acknowledged) {
                assertThat(loaded).as("fail at %d, acknowledged", failAt).isEqualTo(after);
            } else {
                assertThat(loaded).as("fail at %d, failed", failAt).isIn(model, after);
            }
            model = new HashMap<>(after);
            if (!loaded.equals(after)) {
                store.write(upserts, deletes);
            }
        }
        assertThat(failures).as("batches that failed").isPositive();
        assertThat(loadAfterRestart()).isEqualTo(model);
    }
}
