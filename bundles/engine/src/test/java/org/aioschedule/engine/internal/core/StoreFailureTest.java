package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.testing.ForwardingJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.Test;

/** One unreadable record never erases the rest; a failing store never stops the jobs. */
class StoreFailureTest {

    @Test
    void shouldQuarantineAnUnreadableRecordAndLoadTheOthers() throws StoreException {
        MemoryJobStore store = new MemoryJobStore();
        try (Harness h = new Harness("2026-11-24T10:00:00Z", ZoneId.of("UTC"), store)) {
            h.task("task");
            h.engine.every(10).seconds().id("good").run("task");
            h.engine.every(10).seconds().id("bad").run("task");
            h.engine.flush();
            store.write(java.util.Collections.singletonMap("bad", "{\"schema\":1,\"id\":\"bad\",\"sourc"),
                    java.util.Collections.<String>emptyList());
            store.write(java.util.Collections.singletonMap("weird", "{\"schema\":1,\"id\":\"weird\",\"source\":"
                    + "\"API\",\"task\":\"t\",\"schedule\":\"every 3 fortnights\"}"),
                    java.util.Collections.<String>emptyList());

            java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            h.engine.close();
            h.engine = h.builder().listener(new org.aioschedule.engine.JobListener() {
                @Override
                public void problem(String jobId, String message) {
                    heard.add(jobId);
                }
            }).build();

            assertThat(heard).containsExactlyInAnyOrder("bad", "weird");
            assertThat(h.engine.jobs()).extracting(org.aioschedule.Job::id).containsExactly("good");
            assertThat(h.engine.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("bad"))
                    .anySatisfy(p -> assertThat(p).contains("weird"));
            assertThat(store.load().records()).containsOnlyKeys("good");
        }
    }

    @Test
    void shouldKeepRunningFromMemoryWhileTheStoreFailsAndWriteWhenItIsBack() throws StoreException {
        FlakyStore store = new FlakyStore();
        try (Harness h = new Harness("2026-11-24T10:00:00Z", ZoneId.of("UTC"), store)) {
            RecordingTask task = h.task("task");
            h.engine.every(10).seconds().id("j").run("task");
            store.failing = true;
            h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));
            assertThat(task.runs()).isEqualTo(3);

            store.failing = false;
            h.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

            assertThat(store.load().records().get("j")).contains("\"runCount\":3");
        }
    }

    private static final class FlakyStore extends ForwardingJobStore {
        volatile boolean failing;

        @Override
        public String description() {
            return "flaky";
        }

        @Override
        public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
            if (failing) {
                throw new StoreException("disk unplugged");
            }
            delegate.write(upserts, deletes);
        }

        @Override
        public void close() {
        }
    }
}
