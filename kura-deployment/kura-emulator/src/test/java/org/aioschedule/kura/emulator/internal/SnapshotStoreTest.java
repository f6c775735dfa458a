package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepOnlyTheNewestTenSnapshots() throws Exception {
        SnapshotStore store = new SnapshotStore(this.dir, fixedClock(1_000), () -> 10);

        for (int i = 0; i < 13; i++) {
            store.write(Collections.emptyMap());
        }

        assertThat(store.ids()).hasSize(10).first().isEqualTo(1_003L);
        assertThat(store.ids().last()).isEqualTo(1_012L);
        assertThat(this.dir.resolve("snapshot_1012.xml")).isRegularFile();
        try (java.util.stream.Stream<Path> files = Files.list(this.dir)) {
            assertThat(files).as("no temporary file left").hasSize(10);
        }
    }

    @Test
    void shouldNeverDeleteTheSeedSnapshotZero() throws Exception {
        SnapshotStore store = new SnapshotStore(this.dir, fixedClock(5_000), () -> 10);
        Files.write(store.file(0), SnapshotXml.write(Collections.emptyMap()));

        for (int i = 0; i < 12; i++) {
            store.write(Collections.emptyMap());
        }

        assertThat(store.ids()).hasSize(10).contains(0L).doesNotContain(5_000L, 5_001L, 5_002L);
    }

    @Test
    void shouldNotGoBackInTimeWhenTheClockDoes() throws Exception {
        new SnapshotStore(this.dir, fixedClock(9_000), () -> 10).write(Collections.emptyMap());

        long id = new SnapshotStore(this.dir, fixedClock(100), () -> 10).write(Collections.emptyMap());

        assertThat(id).isEqualTo(9_001L);
    }

    @Test
    void shouldRoundTripKuraTypesAndArrays() throws Exception {
        SnapshotStore store = new SnapshotStore(this.dir, fixedClock(1), () -> 10);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("s", "a,b <&> é");
        properties.put("l", 5L);
        properties.put("i", 3);
        properties.put("b", true);
        properties.put("d", 1.5);
        properties.put("c", 'x');
        properties.put("tags", new String[] { "x", "y" });
        properties.put("ints", new int[] { 1, 2 });
        Map<String, Map<String, Object>> configurations = Collections.singletonMap("org.example.Job-1", properties);

        long id = store.write(configurations);
        Map<String, Object> read = store.read(id).get("org.example.Job-1");

        assertThat(read).containsEntry("s", "a,b <&> é").containsEntry("l", 5L).containsEntry("i", 3)
                .containsEntry("b", true).containsEntry("d", 1.5).containsEntry("c", 'x');
        assertThat(read.get("tags")).isEqualTo(new String[] { "x", "y" });
        assertThat(read.get("ints")).isEqualTo(new Integer[] { 1, 2 });
    }

    private static Clock fixedClock(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }
}
