package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The write budget (issue 11): a start claim only where a guarantee needs it, so that with the defaults a run costs
 * one batch, written after its task started; and a run cut by a power cut runs again all the same.
 */
class StartClaimTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    private final CountingStore store = new CountingStore();
    private final Harness h = new Harness(START.toString(), ZoneId.of("UTC"), store);
    private final List<String> seenAtStart = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeEngine() {
        h.close();
    }

    /** A task that notes, as it starts, the batches written so far and what the store holds for its job. */
    private RecordingTask observing(String pid) {
        return h.task(pid).answering(context -> {
            seenAtStart.add(store.batches + " " + store.record(context.jobId()));
            return null;
        });
    }

    @Test
    void shouldWriteOneBatchPerRunWithTheDefaultsAfterTheTaskStarted() {
        observing("task");
        h.engine.every(10).seconds().id("j").run("task");
        h.engine.flush();
        long before = store.batches;

        h.runFor(Duration.ofSeconds(100), Duration.ofSeconds(10));

        assertThat(store.batches - before).as("batches for 10 runs").isEqualTo(10);
        assertThat(seenAtStart).hasSize(10).allSatisfy(seen -> assertThat(seen).doesNotContain("inFlight"));
        assertThat(seenAtStart.get(0)).startsWith(before + " ");
    }

    @Test
    void shouldShareOneBatchBetweenRunsEndingTogether() {
        h.task("task");
        for (int i = 0; i < 5; i++) {
            h.engine.every(10).seconds().id("j" + i).run("task");
        }
        h.engine.flush();
        long before = store.batches;

        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(10));

        assertThat(store.batches - before).as("batches for 3 passes of 5 runs").isEqualTo(3);
        assertThat(store.record("j4")).contains("\"runCount\":3");
    }

    @Test
    void shouldWriteTheClaimOfAnAtMostOnceRunBeforeItsTaskStarts() {
        observing("task");
        h.engine.every(10).seconds().id("once").delivery(Delivery.AT_MOST_ONCE).run("task");
        h.engine.flush();

        h.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));

        assertThat(seenAtStart).singleElement().asString()
                .contains("\"inFlight\":" + Instant.parse("2026-11-24T10:00:10Z").getEpochSecond());
        assertThat(store.record("once")).doesNotContain("inFlight").contains("\"runCount\":1");
    }

    @Test
    void shouldClaimAnAtLeastOnceRunWhoseMisfirePolicyWouldDropItAfterAPowerCut() {
        observing("task");
        h.engine.every(10).seconds().id("skip").misfire(MisfirePolicy.SKIP).run("task");
        h.engine.every(10).seconds().id("deadline").until(Duration.ofHours(1)).run("task");
        h.engine.flush();

        h.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));

        assertThat(seenAtStart).hasSize(2).allSatisfy(seen -> assertThat(seen).contains("\"inFlight\""));
    }

    @Test
    void shouldClaimARunNowAndRunItAgainAfterAPowerCut() {
        RecordingTask task = h.task("task").never();
        h.engine.every().hour().id("hourly").run("task");
        h.engine.flush();
        h.time.advance(Duration.ofMinutes(5));
        h.engine.runNow("hourly");
        RecordingTask after = h.task("task");

        h.crash();
        h.pending();

        assertThat(task.slots).containsExactly(START.plus(Duration.ofMinutes(5)));
        assertThat(after.slots).containsExactly(START.plus(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @EnumSource(MisfirePolicy.class)
    void shouldRunACutRunAgainOnceAfterAPowerCutAndAnHourOffWhateverTheMisfirePolicy(MisfirePolicy policy) {
        RecordingTask task = h.task("task").never();
        h.engine.every(10).minutes().id("j").misfire(policy).run("task");
        h.engine.flush();
        h.time.advance(Duration.ofMinutes(10));
        h.pending();
        assertThat(task.slots).containsExactly(START.plus(Duration.ofMinutes(10)));
        RecordingTask after = h.task("task");

        h.time.advance(Duration.ofHours(1));
        h.crash();
        for (int pass = 0; pass < 10; pass++) {
            h.pending();
        }

        Instant cut = START.plus(Duration.ofMinutes(10));
        assertThat(after.slots).as("first run after the restart").first().isEqualTo(cut);
        assertThat(after.slots).as("runs after the restart").hasSize(policy == MisfirePolicy.RUN_ALL ? 7 : 1)
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldClaimTheFirstRunOfAJobWhoseStoredNextRunMovedAtRestart() {
        observing("task");
        h.engine.every(10).seconds().id("j").run("task");
        h.engine.flush();
        h.time.jump(Duration.ofDays(-400));
        h.restart();
        h.time.advance(Duration.ofSeconds(10));
        h.pending();
        h.time.advance(Duration.ofSeconds(10));
        h.pending();

        assertThat(seenAtStart).hasSize(2);
        assertThat(seenAtStart.get(0)).as("first run: its moved next run not yet written").contains("\"inFlight\"");
        assertThat(seenAtStart.get(1)).as("second run").doesNotContain("\"inFlight\"");
    }
}
