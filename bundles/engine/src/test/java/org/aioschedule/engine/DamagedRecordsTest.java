package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.aioschedule.Job;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordDamage;
import org.junit.jupiter.api.Test;

/**
 * Stored records damaged the ways flash and people damage them (truncated, a flipped bit, another schema version, a
 * field of the wrong type or out of range), generated from a seed and stored beside good records: the engine always
 * starts, every good job comes back intact, and each damaged record is either read as a valid job or set aside in
 * quarantine with a reason; nothing else happens (issue 13).
 */
class DamagedRecordsTest {

    private static final long SEED = 20261206L;
    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;

    @Test
    void shouldStartWithEveryGoodJobAndSetAsideOrReadEachDamagedRecord() {
        Map<String, String> good = RecordDamage.goodRecords();
        Random random = new Random(SEED);
        for (int batch = 0; batch < BATCHES; batch++) {
            MemoryJobStore store = new MemoryJobStore();
            Map<String, String> records = new LinkedHashMap<>(good);
            List<String> damaged = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                String id = "damaged-" + batch + "-" + i;
                records.put(id, RecordDamage.damagedCopy(good, id, random));
                damaged.add(id);
            }
            store.write(records, new ArrayList<>());

            try (Harness harness = new Harness("2026-12-06T10:00:00Z", ZoneId.of("Europe/Rome"), store)) {
                harness.runFor(Duration.ofMinutes(2), Duration.ofSeconds(10));

                for (String id : good.keySet()) {
                    assertThat(harness.engine.job(id)).as("seed %s batch %s: good job %s", SEED, batch, id)
                            .isPresent();
                }
                for (String id : damaged) {
                    boolean quarantined = store.quarantined().stream().anyMatch(q -> q.startsWith(id + ": "));
                    assertThat(harness.engine.job(id).isPresent() || quarantined)
                            .as("seed %s batch %s: %s read or quarantined: %s", SEED, batch, id, records.get(id))
                            .isTrue();
                    harness.engine.job(id).ifPresent(job -> assertUsable(job, records.get(id)));
                }
            }
        }
    }

    /** A damaged record read as a job must still be a job the engine can run. */
    private static void assertUsable(Job job, String record) {
        assertThat(job.schedule()).as(record).isNotBlank();
        assertThat(job.runCount()).as(record).isNotNegative();
        assertThat(job.consecutiveFailures()).as(record).isNotNegative();
    }
}
