package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.store.TestStrings;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour every Kura {@link JobStore} must have (the engine's store contract, plus atomicity under injected
 * failures and quarantine of damaged data); subclasses say how to open, reopen and damage one.
 */
@Execution(ExecutionMode.CONCURRENT)
abstract class JobStoreContract {

    static final String BIG = "<big>";

    @TempDir
    Path dir;
    JobStore store;
    final Faults faults = new Faults();

    /** Opens a store whose service goes through {@link #faults}. */
    abstract JobStore open() throws Exception;

    /** Closes the store and opens a new one on the same service. */
    abstract JobStore reopen(JobStore current) throws Exception;

    /** Closes the store and its service, and opens both again on the same data (where the data survives that). */
    abstract JobStore restart(JobStore current) throws Exception;

    /** Replaces what is stored for {@code id} by something that cannot be decoded. */
    abstract void damage(String id) throws Exception;

    /** What the store kept aside for {@code id}, as text, or null. */
    abstract String quarantined(String id) throws Exception;

    abstract boolean expectDurable();

    /** The length of the biggest id and record that the "any string" test writes. */
    int bigLength() {
        return 1 << 20;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    Map<String, String> loadAfterReopen() throws Exception {
        store = reopen(store);
        LoadResult result = store.load();
        assertThat(result.problems()).isEmpty();
        return result.records();
    }

    Map<String, String> loadAfterRestart() throws Exception {
        store = restart(store);
        LoadResult result = store.load();
        assertThat(result.problems()).isEmpty();
        return result.records();
    }

    @Test
    void newStoreIsEmptyAndDescribesItself() throws Exception {
        LoadResult result = store.load();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(store.description()).isNotBlank();
        assertThat(store.isDurable()).isEqualTo(expectDurable());
    }

    @Test
    void writtenRecordsLoad() throws Exception {
        store.write(Map.of("a", "{\"n\":1}", "b", "{\"n\":2}"), List.of());
        store.write(Map.of("c", "{\"n\":3}"), List.of());
        assertThat(store.load().records()).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", "{\"n\":1}", "b", "{\"n\":2}", "c", "{\"n\":3}"));
        assertThat(loadAfterReopen()).hasSize(3).containsEntry("c", "{\"n\":3}");
        assertThat(loadAfterRestart()).hasSize(3).containsEntry("c", "{\"n\":3}");
    }

    @Test
    void deletesRemoveRecordsAndAbsentIdsAreIgnored() throws Exception {
        store.write(Map.of("a", "1", "b", "2", "c", "3"), List.of());
        store.write(Map.of("d", "4"), List.of("a", "c", "never-existed"));
        assertThat(store.load().records()).containsOnlyKeys("b", "d");
        assertThat(loadAfterReopen()).containsOnlyKeys("b", "d");
    }

    @Test
    void overwriteKeepsTheLatestRecord() throws Exception {
        for (int i = 0; i < 10; i++) {
            store.write(Map.of("a", "run " + i), List.of());
        }
        assertThat(store.load().records()).containsExactly(Map.entry("a", "run 9"));
        assertThat(loadAfterReopen()).containsExactly(Map.entry("a", "run 9"));
    }

    @Test
    void emptyBatchChangesNothing() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        store.write(Map.of(), List.of());
        assertThat(loadAfterReopen()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void idBothUpsertedAndDeletedIsRejectedAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> store.write(Map.of("a", "1", "b", "2"), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
        assertThat(loadAfterReopen()).isEmpty();
    }

    @Test
    void nullsAreRejected() {
        Map<String, String> nullRecord = new HashMap<>();
        nullRecord.put("a", null);
        assertThatThrownBy(() -> store.write(nullRecord, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.write(Map.of(), Arrays.asList((String) null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.write(null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void quarantinedRecordIsRemovedAndNeverReturns() throws Exception {
        store.write(Map.of("bad", "{not json", "good", "{}"), List.of());
        store.quarantine("bad", "{not json", "cannot decode: unexpected end");
        assertThat(store.load().records()).containsOnlyKeys("good");
        assertThat(quarantined("bad")).contains("cannot decode: unexpected end").contains("{not json");
        assertThat(loadAfterReopen()).containsOnlyKeys("good");
        store.quarantine("unknown", "x", "never stored");
        assertThat(loadAfterReopen()).containsOnlyKeys("good");
    }

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
            after.putAll(upserts);
            after.keySet().removeAll(deletes);
            faults.failAfter(failAt);
            boolean acknowledged = true;
            try {
                store.write(upserts, deletes);
            } catch (StoreException e) {
                acknowledged = false;
                failures++;
                assertThat(e).hasMessageContaining("Kura");
            }
            faults.disarm();
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

    static Stream<String> awkwardStrings() {
        Random r = new Random(42);
        return Stream.of("", " ", "line 1\nline 2\r\nline 3\n", "\u0000\u0001\u001f\u007f",
                "ünïcödé 中文 😀 \u200b", "\uD800", "\uDC00 lone low", "x\uDBFF", "back\\slash \\n \"quote\"",
                "~tilde", "~", "#hash", ".dot", ".batch", ".index", "a/b/../c", "\u00F7AJS\u00F7", "\uFFFF\uFEFF",
                "x".repeat(StoreText.MAX_PLAIN_KEY), "y".repeat(StoreText.MAX_PLAIN_KEY + 1),
                TestStrings.random(r, 2000), BIG);
    }

    @ParameterizedTest
    @MethodSource("awkwardStrings")
    void anyStringSurvivesAsIdAndRecord(String given) throws Exception {
        String s = given.equals(BIG) ? "j".repeat(bigLength()) : given;
        store.write(Map.of(s, s, "other", s + "\n" + s), List.of());
        assertThat(store.load().records()).containsEntry(s, s);
        Map<String, String> reloaded = given.equals(BIG) ? loadAfterRestart() : loadAfterReopen();
        assertThat(reloaded.get(s)).isEqualTo(s);
        assertThat(reloaded.get("other")).isEqualTo(s + "\n" + s);
        store.write(Map.of(), List.of(s));
        assertThat(loadAfterReopen()).containsOnlyKeys("other");
    }

    @Test
    void closedStoreRejectsCallsAndCloseIsIdempotent() {
        store.close();
        store.close();
        assertThatThrownBy(() -> store.load()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.write(Map.of("a", "1"), List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.quarantine("a", "1", "r")).isInstanceOf(IllegalStateException.class);
        assertThat(store.description()).isNotBlank();
    }

    @Test
    void randomOperationsMatchAModel() throws Exception {
        TestStrings.withSeed("aioschedule.test.seed", seed -> {
            Random r = new Random(seed);
            Map<String, String> model = new HashMap<>();
            for (int op = 0; op < 300; op++) {
                randomStep(r, model);
                if (r.nextInt(25) == 0) {
                    assertThat(loadAfterReopen()).as("op %d", op).isEqualTo(model);
                }
            }
            assertThat(loadAfterRestart()).isEqualTo(model);
        });
    }

    private void randomStep(Random r, Map<String, String> model) throws StoreException {
        List<String> ids = new ArrayList<>(model.keySet());
        Collections.sort(ids);
        if (!ids.isEmpty() && r.nextInt(20) == 0) {
            String id = ids.get(r.nextInt(ids.size()));
            store.quarantine(id, model.remove(id), TestStrings.random(r, 40));
            return;
        }
        Map<String, String> upserts = new HashMap<>();
        List<String> deletes = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            String id = r.nextInt(4) == 0 && !ids.isEmpty() ? ids.get(r.nextInt(ids.size()))
                    : r.nextInt(10) == 0 ? TestStrings.random(r, 8) : "job-" + r.nextInt(60);
            if (r.nextInt(4) == 0 && !upserts.containsKey(id)) {
                deletes.add(id);
            } else if (!deletes.contains(id)) {
                upserts.put(id, TestStrings.random(r, r.nextInt(10) == 0 ? 5000 : 300));
            }
        }
        store.write(upserts, deletes);
        apply(model, upserts, deletes);
    }

    static void apply(Map<String, String> model, Map<String, String> upserts, Collection<String> deletes) {
        model.putAll(upserts);
        model.keySet().removeAll(deletes);
    }
}
