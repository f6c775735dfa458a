package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.aioschedule.engine.testing.BadInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour every {@link JobStore} must have: the one store contract, run by the memory and file stores here and by
 * the provider's JDBC and key-value stores (through {@link DamageableJobStoreContract}, which adds damaged data and
 * injected failures). Subclasses say how to open, reopen and restart a store.
 */
public abstract class JobStoreContract {

    /** Stands for a string of {@link #bigLength()} characters in {@link #awkwardStrings()}. */
    public static final String BIG = "<big>";

    /** Ids up to this length are stored as they are by the provider's stores, longer ones are hashed. */
    public static final int PROVIDER_PLAIN_KEY_LIMIT = 200;

    @TempDir
    protected Path dir;
    protected JobStore store;

    /** Opens a new store, the first one of a test. */
    protected abstract JobStore open() throws Exception;

    /** Closes the store and opens it again where that keeps the data; the memory store returns itself. */
    protected abstract JobStore reopen(JobStore current) throws Exception;

    /** Closes the store and the service under it, and opens both again on the same data; by default a reopen. */
    protected JobStore restart(JobStore current) throws Exception {
        return reopen(current);
    }

    /** What {@link JobStore#isDurable()} must say. */
    protected abstract boolean expectDurable();

    /** What the store kept aside for {@code id}, as text, or null where it keeps nothing one can read back. */
    protected String quarantined(String id) throws Exception {
        return null;
    }

    /** The length of the biggest id and record that the "any string" test writes. */
    protected int bigLength() {
        return 1 << 20;
    }

    /** The length of the ASCII record of the "huge records" test; the Unicode one is about as many bytes. */
    protected int hugeRecordLength() {
        return 3 << 20;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    protected Map<String, String> loadAfterReopen() throws Exception {
        store = reopen(store);
        return loadWithoutProblems();
    }

    protected Map<String, String> loadAfterRestart() throws Exception {
        store = restart(store);
        return loadWithoutProblems();
    }

    private Map<String, String> loadWithoutProblems() throws StoreException {
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
        String kept = quarantined("bad");
        if (kept != null) {
            assertThat(kept).contains("cannot decode: unexpected end").contains("{not json");
        }
        assertThat(loadAfterReopen()).containsOnlyKeys("good");
        store.quarantine("unknown", "x", "never stored");
        assertThat(loadAfterReopen()).containsOnlyKeys("good");
    }

    /** Seeds of {@link #generatedDamagedRecordsAreReadOrQuarantinedAndTheOthersLoad}: 1 in CI (see BadInputs). */
    public static LongStream damageSeeds() {
        return BadInputs.seeds(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("damageSeeds")
    void generatedDamagedRecordsAreReadOrQuarantinedAndTheOthersLoad(long seed) throws Exception {
        store = DamagedRecordsCheck.check(store, seed, this::reopen);
    }

    /** Strings that break naive escaping, file names or key schemes; {@link #BIG} stands for a very long one. */
    public static Stream<String> awkwardStrings() {
        Random r = new Random(42);
        return Stream.of("", " ", "line 1\nline 2\r\nline 3\n", "\u0000\u0001\u001f\u007f",
                "ünïcödé 中文 😀 \u200b", "\uD800", "\uDC00 lone low", "x\uDBFF", "back\\slash \\n \"quote\"",
                "~tilde", "~", "#hash", ".dot", ".batch", ".index", "a/b/../c", "\u00F7AJS\u00F7", "\uFFFF\uFEFF",
                "x".repeat(PROVIDER_PLAIN_KEY_LIMIT), "y".repeat(PROVIDER_PLAIN_KEY_LIMIT + 1),
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
    void hugeRecordsSurvive() throws Exception {
        String big = "{\"pad\":\"" + "x".repeat(hugeRecordLength()) + "\"}";
        String bigUnicode = "中😀".repeat(hugeRecordLength() * 2 / 15);
        store.write(Map.of("big", big, "small", "{}"), List.of());
        store.write(Map.of("bigUnicode", bigUnicode), List.of());
        Map<String, String> reloaded = loadAfterRestart();
        assertThat(reloaded.get("big")).isEqualTo(big);
        assertThat(reloaded.get("bigUnicode")).isEqualTo(bigUnicode);
        assertThat(reloaded.get("small")).isEqualTo("{}");
    }

    @Test
    void loadResultIsImmutable() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        LoadResult result = store.load();
        assertThatThrownBy(() -> result.records().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.problems().add("x")).isInstanceOf(UnsupportedOperationException.class);
        store.write(Map.of("c", "3"), List.of());
        assertThat(result.records()).containsOnlyKeys("a");
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
            for (int op = 0; op < 400; op++) {
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
        Batches.apply(model, upserts, deletes);
    }
}
