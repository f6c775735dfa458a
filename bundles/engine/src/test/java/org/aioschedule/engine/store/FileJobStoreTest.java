package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FileJobStoreTest extends FileStoreContract {

    @Override
    FileJobStore openIn(Path directory) throws StoreException {
        return new FileJobStore(directory);
    }

    /** The whole contract again with a tiny compaction threshold, so nearly every write compacts. */
    @Nested
    class WithFrequentCompaction extends FileStoreContract {
        @Override
        FileJobStore openIn(Path directory) throws StoreException {
            return new FileJobStore(directory, 256);
        }
    }

    FileJobStore fileStore() {
        return (FileJobStore) store;
    }

    @Test
    void isDurableAndDescribedByItsDirectory() {
        assertThat(store.isDurable()).isTrue();
        assertThat(store.description()).isEqualTo("file " + dir.toAbsolutePath());
    }

    @Test
    void createsAMissingDirectory() throws StoreException {
        Path nested = dir.resolve("a/b/jobs");
        try (FileJobStore s = new FileJobStore(nested)) {
            s.write(Map.of("a", "1"), List.of());
        }
        assertThat(nested.resolve("jobs.journal")).isRegularFile();
    }

    @Test
    void aFileInPlaceOfTheDirectoryGivesAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> new FileJobStore(file.resolve("jobs"))).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> new FileJobStore(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void secondInstanceOnTheSameDirectoryIsRefused() throws StoreException {
        assertThatThrownBy(() -> new FileJobStore(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("already open");
        store.close();
        store = open();
        assertThat(store.load().problems()).isEmpty();
    }

    @Test
    void smallBatchAppendsOnlyItsFrameToTheJournal() throws Exception {
        store.write(Map.of("warmup", "{}"), List.of());
        long journalBefore = Files.size(dir.resolve("jobs.journal"));
        String record = "{\"id\":\"backup-db\",\"state\":\"SCHEDULED\",\"runs\":17,\"lastRun\":1735689600000,"
                + "\"nextRun\":1735693200000,\"failures\":0,\"trigger\":{\"cron\":\"0 0 * * * ?\"}}";
        store.write(Map.of("backup-db", record), List.of());
        long written = Files.size(dir.resolve("jobs.journal")) - journalBefore;
        System.out.printf("one batch of one %d-char record appends %d bytes to the journal%n", record.length(),
                written);
        assertThat(written).isEqualTo(Frames.OVERHEAD + 1 + 4 + 4 + "backup-db".length() + 4 + record.length() + 4);
        assertThat(dir.resolve("jobs.snapshot")).doesNotExist();
    }

    @Test
    void compactionBoundsTheJournalAndKeepsEverything() throws Exception {
        store.close();
        store = new FileJobStore(dir, 4096);
        Map<String, String> model = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            Map<String, String> batch = Map.of("job-" + i % 37, "{\"run\":" + i + ",\"pad\":\"" + "p".repeat(i % 90)
                    + "\"}");
            store.write(batch, List.of());
            model.putAll(batch);
            Path snapshot = dir.resolve("jobs.snapshot");
            long snapshotSize = Files.exists(snapshot) ? Files.size(snapshot) : 0;
            assertThat(Files.size(dir.resolve("jobs.journal"))).isLessThanOrEqualTo(Math.max(4096, snapshotSize));
        }
        assertThat(fileStore().compactions()).isGreaterThan(5);
        assertThat(dir.resolve("jobs.snapshot.tmp")).doesNotExist();
        assertThat(dir.resolve("jobs.journal.tmp")).doesNotExist();
        assertThat(loadAfterReopen()).isEqualTo(model);
    }

    @Test
    void leftoverTemporaryFilesAreIgnoredAndRemoved() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        store.close();
        Files.write(dir.resolve("jobs.snapshot.tmp"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("jobs.journal.tmp"), new byte[] {4, 5});
        assertThat(loadAfterReopen()).containsExactly(Map.entry("a", "1"));
        assertThat(dir.resolve("jobs.snapshot.tmp")).doesNotExist();
        assertThat(dir.resolve("jobs.journal.tmp")).doesNotExist();
    }

    @Test
    void journalOlderThanTheSnapshotIsNotReplayed() throws Exception {
        store.close();
        store = new FileJobStore(dir, 1 << 20);
        store.write(Map.of("a", "1", "b", "2"), List.of());
        store.write(Map.of("c", "3"), List.of("a"));
        store.close();
        Path oldJournal = Files.copy(dir.resolve("jobs.journal"), dir.resolve("old-journal"));
        store = new FileJobStore(dir, 1);
        store.write(Map.of("a", "again"), List.of("b"));
        store.close();
        // a crash between renaming the new snapshot and starting the new journal leaves the old journal
        Files.move(oldJournal, dir.resolve("jobs.journal"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(loadAfterReopen()).isEqualTo(Map.of("a", "again", "c", "3"));
        store.write(Map.of("d", "4"), List.of());
        assertThat(loadAfterReopen()).isEqualTo(Map.of("a", "again", "c", "3", "d", "4"));
    }

    @Test
    void missingSnapshotOrJournalIsReported() throws Exception {
        store.close();
        store = new FileJobStore(dir, 1);
        store.write(Map.of("a", "1"), List.of());
        store.write(Map.of("b", "2"), List.of());
        store.close();
        Files.delete(dir.resolve("jobs.snapshot"));
        store = open();
        assertThat(store.load().problems()).singleElement().asString().contains("jobs.snapshot is missing");
        store.write(Map.of("c", "3"), List.of());
        store.close();
        Files.delete(dir.resolve("jobs.journal"));
        store = open();
        LoadResult result = store.load();
        assertThat(result.problems()).singleElement().asString().contains("jobs.journal is missing");
        assertThat(loadAfterReopen()).isEqualTo(result.records());
    }

    @Test
    void interruptedWriteFailsCleanlyAndTheStoreKeepsWorking() throws Exception {
        store.write(Map.of("a", "1"), List.of());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> store.write(Map.of("b", "2"), List.of())).isInstanceOf(StoreException.class);
        } finally {
            Thread.interrupted();
        }
        store.write(Map.of("c", "3"), List.of());
        assertThat(store.load().records()).isEqualTo(Map.of("a", "1", "c", "3"));
        assertThat(loadAfterReopen()).isEqualTo(Map.of("a", "1", "c", "3"));
    }

    @Test
    void quarantineFileIsHumanReadable() throws Exception {
        store.write(Map.of("job\n7", "{\"a\":\"x\ny\"}"), List.of());
        store.quarantine("job\n7", "{\"a\":\"x\ny\"}", "bad \\ field \uD800");
        String text = Files.readString(dir.resolve("jobs.quarantine"));
        assertThat(text).startsWith("time: ").contains("\nid: job\\n7\n", "\nreason: bad \\\\ field \\ud800\n",
                "\nrecord: {\"a\":\"x\\ny\"}\n\n");
        assertThat(loadAfterReopen()).isEmpty();
    }
}
