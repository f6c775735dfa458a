package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.KeyValueDbServiceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The key-value store over the Kura emulator's KeyValueDbService, an H2 file database under kura.data. */
class KeyValueJobStoreTest extends KuraJobStoreContract {

    private static final String PID = "org.eclipse.kura.db.keyvalue.KeyValueDbService";

    private KeyValueDbServiceEmulator service;
    private FaultyKeyValue faulty;

    @Override
    protected JobStore open() throws Exception {
        service = Emulators.keyValue(dir);
        faulty = new FaultyKeyValue(service, faults);
        return new KeyValueJobStore(faulty, PID);
    }

    @Override
    protected JobStore reopen(JobStore current) {
        current.close();
        return new KeyValueJobStore(faulty, PID);
    }

    @Override
    protected JobStore restart(JobStore current) throws Exception {
        current.close();
        Emulators.stop(service);
        return open();
    }

    @Override
    protected void damage(String id) throws Exception {
        service.set(KeyValueJobStore.PREFIX + StoreText.keyOf(id), "~bad \\q escape");
    }

    @Override
    protected String quarantined(String id) throws Exception {
        return service.getAsString(KeyValueJobStore.QUARANTINE_PREFIX + StoreText.keyOf(id));
    }

    @Override
    protected boolean expectDurable() {
        return true;
    }

    /** The emulator keeps values in an H2 VARBINARY column, at most 1,000,000 bytes. */
    @Override
    protected int bigLength() {
        return 200_000;
    }

    /** Just under the emulator's limit, in bytes, for the ASCII and the Unicode record alike. */
    @Override
    protected int hugeRecordLength() {
        return 900_000;
    }

    @AfterEach
    void stopService() {
        Emulators.stop(service);
    }

    @Test
    void keysFollowTheContractAndRecordsAreReadableText() throws Exception {
        store.write(Map.of("pump-1", "{\"n\":1}", "ünï \uD800", "{}"), List.of());
        assertThat(service.getAsString("org.aioschedule/pump-1")).isEqualTo("{\"n\":1}");
        assertThat(service.getAsString(KeyValueJobStore.INDEX_KEY))
                .isEqualTo("aioschedule-index 1\npump-1\nünï \\ud800");
        assertThat(service.getAsString("org.aioschedule/" + StoreText.keyOf("ünï \uD800"))).isEqualTo("{}");
    }

    @Test
    void writesPerBatchAreFew() throws Exception {
        store.write(Map.of("a", "1", "b", "1"), List.of());
        assertThat(faults.takeCount()).as("two new ids: two records and the index").isEqualTo(3);
        store.write(Map.of("a", "2"), List.of());
        assertThat(faults.takeCount()).as("one indexed id").isEqualTo(1);
        store.write(Map.of("a", "3", "b", "3"), List.of());
        assertThat(faults.takeCount()).as("two indexed ids: commit record and two records").isEqualTo(3);
        store.write(Map.of("a", "4", "b", "4"), List.of());
        assertThat(faults.takeCount()).as("again: the commit record is overwritten, not deleted").isEqualTo(3);
        store.write(Map.of("a", "5"), List.of());
        assertThat(faults.takeCount()).as("one indexed id, after a commit record: delete it first").isEqualTo(2);
        store.write(Map.of("a", "6", "c", "1"), List.of("b"));
        assertThat(faults.takeCount()).as("commit record, 2 records, index, 1 delete").isEqualTo(5);
        store.write(Map.of(), List.of("never-existed"));
        assertThat(faults.takeCount()).as("deleting an absent id").isZero();
        assertThat(loadAfterReopen()).isEqualTo(Map.of("a", "6", "c", "1"));
        assertThat(faults.takeCount()).as("a reopen replays the applied commit record without writing").isZero();
    }

    @Test
    void crashBetweenTheCommitRecordAndItsApplicationLoadsTheWholeBatch() throws Exception {
        store.write(Map.of("a", "1", "b", "1", "c", "1"), List.of());
        faults.failAfter(2);
        assertThatThrownBy(() -> store.write(new TreeMap<>(Map.of("a", "2", "b", "2", "d", "2")), List.of("c")))
                .isInstanceOf(StoreException.class).hasMessageContaining(PID).hasMessageContaining("injected");
        faults.disarm();
        assertThat(service.getAsString("org.aioschedule/a")).as("applied before the crash").isEqualTo("2");
        assertThat(service.getAsString("org.aioschedule/b")).as("not applied before the crash").isEqualTo("1");
        assertThat(service.getAsString(KeyValueJobStore.BATCH_KEY)).startsWith("aioschedule-batch 1");

        store = restart(store);
        assertThat(store.load().records()).isEqualTo(Map.of("a", "2", "b", "2", "d", "2"));
    }

    @Test
    void aFailedWriteIsRolledForwardByTheSameStoreBeforeItsNextWrite() throws Exception {
        store.write(Map.of("a", "1", "b", "1"), List.of());
        faults.failAfter(2);
        assertThatThrownBy(() -> store.write(new TreeMap<>(Map.of("a", "2", "b", "2")), List.of()))
                .isInstanceOf(StoreException.class);
        faults.disarm();
        store.write(Map.of("c", "3"), List.of());
        assertThat(store.load().records()).isEqualTo(Map.of("a", "2", "b", "2", "c", "3"));
    }

    @Test
    void notConnectedBecomesAStoreExceptionNamingTheService() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        faulty.connected = false;
        assertThatThrownBy(() -> store.write(Map.of("a", "2"), List.of())).isInstanceOf(StoreException.class)
                .hasMessage("Kura KeyValueDbService " + PID + " is not connected");
        assertThatThrownBy(() -> store.load()).isInstanceOf(StoreException.class).hasMessageContaining("connected");
        faulty.connected = true;
        store.write(Map.of("a", "2"), List.of());
        assertThat(store.load().records()).containsEntry("a", "2");
    }

    @Test
    void serviceGoneMidOperationSaysNotConnected() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        Emulators.stop(service);
        assertThatThrownBy(() -> store.load()).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not connected");
    }

    @Test
    void damagedCommitRecordIsReportedAndKeptAside() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        service.set(KeyValueJobStore.BATCH_KEY, "aioschedule-batch 1\n+a\n2");
        store = reopen(store);
        LoadResult result = store.load();
        assertThat(result.records()).isEqualTo(Map.of("a", "1"));
        assertThat(result.problems()).singleElement().asString().contains("commit record").contains("incomplete");
        assertThat(service.getAsString(KeyValueJobStore.QUARANTINE_PREFIX + ".batch")).contains("+a");
        assertThat(service.getAsString(KeyValueJobStore.BATCH_KEY)).isNull();
    }

    @Test
    void missingRecordIsReportedAndDroppedFromTheIndex() throws Exception {
        store.write(Map.of("a", "1", "b", "2"), List.of());
        service.delete("org.aioschedule/a");
        store = reopen(store);
        LoadResult result = store.load();
        assertThat(result.records()).isEqualTo(Map.of("b", "2"));
        assertThat(result.problems()).singleElement().asString().contains("'a'").contains("missing");
        assertThat(loadAfterReopen()).isEqualTo(Map.of("b", "2"));
    }

    @Test
    void indexOfAnotherVersionIsLeftAloneAndLoadFails() throws Exception {
        service.set(KeyValueJobStore.INDEX_KEY, "aioschedule-index 2\na");
        store = reopen(store);
        assertThatThrownBy(() -> store.load()).isInstanceOf(StoreException.class)
                .hasMessageContaining(KeyValueJobStore.INDEX_KEY).hasMessageContaining("aioschedule-index 2");
        assertThat(service.getAsString(KeyValueJobStore.INDEX_KEY)).isEqualTo("aioschedule-index 2\na");
    }

    @Test
    void damagedIndexLinesAreReportedAndTheRestLoad() throws Exception {
        store.write(Map.of("a", "1", "b", "2"), List.of());
        service.set(KeyValueJobStore.INDEX_KEY, "aioschedule-index 1\na\nbad\\q\nb");
        store = reopen(store);
        LoadResult result = store.load();
        assertThat(result.records()).isEqualTo(Map.of("a", "1", "b", "2"));
        assertThat(result.problems()).singleElement().asString().contains("index");
        assertThat(loadAfterReopen()).isEqualTo(Map.of("a", "1", "b", "2"));
    }
}
