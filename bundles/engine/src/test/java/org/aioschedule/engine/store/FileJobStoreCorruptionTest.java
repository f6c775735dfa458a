package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJobStoreCorruptionTest {

    private static final int JOBS = 20;

    @TempDir
    Path dir;

    private Path snapshot() {
        return dir.resolve("jobs.snapshot");
    }

    private Path journal() {
        return dir.resolve("jobs.journal");
    }

    private static String record(int job) {
        return "{\"id\":\"job-" + job + "\",\"payload\":\"payload-of-job-" + job + "\",\"runs\":3}";
    }

    /** All jobs in the snapshot, an empty journal. */
    private Map<String, String> snapshotOfAllJobs() throws StoreException {
        Map<String, String> all = new HashMap<>();
        for (int i = 0; i < JOBS; i++) {
            all.put("job-" + i, record(i));
        }
        try (FileJobStore store = new FileJobStore(dir, 1)) {
            store.write(all, List.of());
        }
        return all;
    }

    /** Batch i upserts batch-i; returns the journal offsets where each batch frame starts, and the end. */
    private List<Long> journalBatches(int count) throws Exception {
        List<Long> offsets = new ArrayList<>();
        try (FileJobStore store = new FileJobStore(dir)) {
            store.load();
            for (int i = 0; i < count; i++) {
                offsets.add(Files.size(journal()));
                store.write(Map.of("batch-" + i, "{\"batch\":" + i + "}", "last", "" + i), List.of());
            }
            offsets.add(Files.size(journal()));
        }
        return offsets;
    }

    private LoadResult reload() throws StoreException {
        try (FileJobStore store = new FileJobStore(dir)) {
            return store.load();
        }
    }

    private static void flip(Path file, long offset) throws IOException {
        byte[] data = Files.readAllBytes(file);
        data[(int) offset] ^= 0x10;
        Files.write(file, data);
    }

    private static void truncate(Path file, long length) throws IOException {
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) length));
    }

    private static int indexOf(byte[] data, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + text);
    }

    @Test
    void damagedSnapshotRecordIsQuarantinedAndTheRestLoad() throws Exception {
        Map<String, String> all = snapshotOfAllJobs();
        flip(snapshot(), indexOf(Files.readAllBytes(snapshot()), "payload-of-job-7\"") + 3);

        LoadResult first = reload();
        Map<String, String> expected = new HashMap<>(all);
        expected.remove("job-7");
        assertThat(first.records()).isEqualTo(expected);
        assertThat(first.problems()).anySatisfy(p -> assertThat(p).contains("job-7", "jobs.snapshot"));
        String quarantine = Files.readString(dir.resolve("jobs.quarantine"));
        assertThat(quarantine).contains("id: job-7\n", "record: base64:");

        LoadResult second = reload();
        assertThat(second.problems()).isEmpty();
        assertThat(second.records()).isEqualTo(expected);
    }

    @Test
    void anySingleByteFlipInTheSnapshotLosesAtMostOneRecordAndIsReported() throws Exception {
        TestStrings.withSeed("aioschedule.test.seed", this::flipSnapshotBytes);
    }

    private void flipSnapshotBytes(long seed) throws Exception {
        Random r = new Random(seed);
        Map<String, String> all = snapshotOfAllJobs();
        byte[] pristine = Files.readAllBytes(snapshot());
        byte[] pristineJournal = Files.readAllBytes(journal());
        for (int trial = 0; trial < 150; trial++) {
            String context = "trial " + trial;
            Files.write(snapshot(), pristine);
            Files.write(journal(), pristineJournal);
            Files.deleteIfExists(dir.resolve("jobs.quarantine"));
            flip(snapshot(), r.nextInt(pristine.length));

            LoadResult first = reload();
            assertThat(first.problems()).as(context).isNotEmpty();
            assertThat(all.size() - first.records().size()).as(context).isBetween(0, 1);
            assertThat(all).as(context).containsAllEntriesOf(first.records());
            LoadResult second = reload();
            assertThat(second.problems()).as(context).isEmpty();
            assertThat(second.records()).as(context).isEqualTo(first.records());
        }
    }

    @Test
    void tornLastJournalBatchIsDiscardedSilentlyWhereverItIsCut() throws Exception {
        List<Long> offsets = journalBatches(3);
        byte[] pristine = Files.readAllBytes(journal());
        for (long cut = offsets.get(2) + 1; cut < offsets.get(3); cut++) {
            Files.write(journal(), Arrays.copyOf(pristine, (int) cut));
            LoadResult first = reload();
            assertThat(first.problems()).as("cut at %d", cut).isEmpty();
            assertThat(first.records()).as("cut at %d", cut).containsOnlyKeys("batch-0", "batch-1", "last")
                    .containsEntry("last", "1");
            assertThat(Files.size(journal())).isEqualTo(offsets.get(2));
        }
        try (FileJobStore store = new FileJobStore(dir)) {
            store.write(Map.of("after", "x"), List.of());
        }
        LoadResult second = reload();
        assertThat(second.problems()).isEmpty();
        assertThat(second.records()).containsOnlyKeys("batch-0", "batch-1", "last", "after");
    }

    @Test
    void zerosAfterTheLastBatchAreDiscardedSilently() throws Exception {
        List<Long> offsets = journalBatches(2);
        Files.write(journal(), Arrays.copyOf(Files.readAllBytes(journal()), offsets.get(2).intValue() + 4096));

        LoadResult result = reload();
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).containsOnlyKeys("batch-0", "batch-1", "last");
        assertThat(Files.size(journal())).isEqualTo(offsets.get(2));
    }

    @Test
    void corruptionInTheMiddleOfTheJournalStopsReplayAndIsReported() throws Exception {
        List<Long> offsets = journalBatches(4);
        flip(journal(), offsets.get(1) + 20);

        LoadResult first = reload();
        assertThat(first.records()).containsOnlyKeys("batch-0", "last").containsEntry("last", "0");
        assertThat(first.problems()).singleElement().asString()
                .contains("jobs.journal", "byte " + offsets.get(1), "replay stopped", "2 later frame(s)");
        String quarantine = Files.readString(dir.resolve("jobs.quarantine"));
        assertThat(quarantine).contains("id: (journal)\n", "record: base64:");

        LoadResult second = reload();
        assertThat(second.problems()).isEmpty();
        assertThat(second.records()).isEqualTo(first.records());
    }

    @Test
    void damageAnywhereInTheJournalNeverSilentlyDropsAnEarlierBatch() throws Exception {
        TestStrings.withSeed("aioschedule.test.seed", this::flipJournalBytes);
    }

    private void flipJournalBytes(long seed) throws Exception {
        Random r = new Random(seed);
        List<Long> offsets = journalBatches(6);
        byte[] pristine = Files.readAllBytes(journal());
        for (int trial = 0; trial < 100; trial++) {
            String context = "trial " + trial;
            Files.write(journal(), pristine);
            Files.deleteIfExists(snapshot());
            long at = offsets.get(0) + r.nextInt((int) (pristine.length - offsets.get(0)));
            flip(journal(), at);
            int damagedBatch = (int) offsets.stream().filter(o -> o <= at).count() - 1;

            LoadResult result = reload();
            for (int i = 0; i < 6; i++) {
                assertThat(result.records().containsKey("batch-" + i)).as(context + ", batch " + i)
                        .isEqualTo(i < damagedBatch);
            }
            assertThat(result.problems().isEmpty()).as(context).isEqualTo(damagedBatch == 5);
        }
    }

    @Test
    void damagedJournalHeaderIsReportedAndTheSnapshotStillLoads() throws Exception {
        Map<String, String> all = snapshotOfAllJobs();
        flip(journal(), 14);

        LoadResult result = reload();
        assertThat(result.records()).isEqualTo(all);
        assertThat(result.problems()).singleElement().asString().contains("jobs.journal", "header unreadable");
        assertThat(reload().problems()).isEmpty();
    }

    @Test
    void damagedSnapshotHeaderIsReportedAndRecordsAndJournalStillLoad() throws Exception {
        Map<String, String> all = snapshotOfAllJobs();
        journalBatches(2);
        flip(snapshot(), 14);

        LoadResult result = reload();
        assertThat(result.records()).containsAllEntriesOf(all).containsKeys("batch-0", "batch-1");
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("header unreadable"));
        assertThat(reload().problems()).isEmpty();
    }

    @Test
    void truncatedSnapshotIsReported() throws Exception {
        snapshotOfAllJobs();
        truncate(snapshot(), Files.size(snapshot()) - 30);

        LoadResult result = reload();
        assertThat(result.records()).hasSize(JOBS - 1);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("end marker missing"));
        assertThat(reload().problems()).isEmpty();
    }
}
