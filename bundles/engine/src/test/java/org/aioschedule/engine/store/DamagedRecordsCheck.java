package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordDamage;

/**
 * The {@link JobStoreContract}'s check of generated damaged records (issue 13): good engine records and damaged ones
 * (truncated, a flipped bit, another schema version, wrong JSON types) written side by side into the store under
 * test; after a reopen an engine starts on it with every good job, reads each damaged record as a valid job or
 * quarantines it with a problem naming its id, and a later reopen holds the good jobs and no quarantined record.
 */
final class DamagedRecordsCheck {

    static final int DAMAGED_PER_SEED = 30;

    interface StoreStep {
        JobStore apply(JobStore store) throws Exception;
    }

    private DamagedRecordsCheck() {
    }

    /** Returns the store that is open at the end. */
    static JobStore check(JobStore store, long seed, StoreStep reopen) throws Exception {
        Map<String, String> good = RecordDamage.goodRecords();
        Random random = new Random(seed);
        Map<String, String> records = new LinkedHashMap<>(good);
        List<String> damaged = new ArrayList<>();
        for (int i = 0; i < DAMAGED_PER_SEED; i++) {
            String id = "damaged-" + i;
            records.put(id, RecordDamage.damagedCopy(good, id, random));
            damaged.add(id);
        }
        store.write(records, new ArrayList<>());
        JobStore reopened = reopen.apply(store);
        List<String> quarantined = new ArrayList<>();
        try (Harness harness = new Harness("2026-12-06T10:00:00Z", ZoneId.of("Europe/Rome"), reopened)) {
            harness.runFor(Duration.ofMinutes(1), Duration.ofSeconds(10));
            assertThat(harness.engine.jobs()).as("seed %d: good jobs", seed).extracting(job -> job.id())
                    .containsAll(good.keySet());
            for (String id : damaged) {
                if (!harness.engine.job(id).isPresent()) {
                    quarantined.add(id);
                    assertThat(harness.engine.problems()).as("seed %d: %s neither read nor reported: %s", seed, id,
                            records.get(id)).anyMatch(problem -> problem.contains(id));
                }
            }
        }
        JobStore last = reopen.apply(reopened);
        Map<String, String> after = last.load().records();
        assertThat(after).as("seed %d", seed).containsKeys(good.keySet().toArray(new String[0]))
                .doesNotContainKeys(quarantined.toArray(new String[0]));
        return last;
    }
}
