package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Delivery;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.aioschedule.engine.testing.TestTime;
import org.aioschedule.engine.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commit window (issue 11, {@code store.commit.seconds}): how runs ended waits up to the window for its write;
 * definitions and at-most-once claims never wait; flush and close write everything.
 */
class CommitWindowTest {

    private final CountingStore store = new CountingStore();
    private final Harness h = new Harness("2026-11-24T10:00:00Z", ZoneId.of("UTC"), store);

    @AfterEach
    void closeEngine() {
        h.close();
    }

    private void window(Duration window) {
        h.engine.close();
        h.engine = h.builder().commitWindow(window).build();
    }

    @Test
    void shouldWriteTheEndsOfRunsOnceTheWindowHasPassedInOneBatch() {
        window(Duration.ofSeconds(60));
        h.task("task");
        h.engine.every(10).seconds().id("j").run("task");
        h.engine.flush();
        long before = store.batches;

        h.runFor(Duration.ofSeconds(60), Duration.ofSeconds(10));
        assertThat(store.batches - before).as("batches within the window").isZero();
        h.runFor(Duration.ofSeconds(60), Duration.ofSeconds(10));

        assertThat(store.batches - before).as("batches for 12 runs in 2 minutes").isEqualTo(1);
        assertThat(store.record("j")).contains("\"runCount\":7");
        h.engine.flush();
        assertThat(store.record("j")).contains("\"runCount\":12");
    }

    @Test
    void shouldWriteAnAtMostOnceClaimAtOnceCarryingTheEndsThatWait() {
        window(Duration.ofHours(1));
        h.task("task");
        List<String> seen = new CopyOnWriteArrayList<>();
        h.task("once").answering(context -> {
            seen.add(store.record("j") + " | " + store.record("once"));
            return null;
        });
        h.engine.every(10).seconds().id("j").run("task");
        h.engine.every(25).seconds().id("once").delivery(Delivery.AT_MOST_ONCE).run("once");
        h.engine.flush();

        h.runFor(Duration.ofSeconds(25), Duration.ofSeconds(5));

        assertThat(seen).singleElement().asString().contains("\"runCount\":2")
                .contains("\"inFlight\":" + Instant.parse("2026-11-24T10:00:25Z").getEpochSecond());
    }

    @Test
    void shouldNeverDelayDefinitionsPausesAndCancels() {
        window(Duration.ofHours(1));
        h.task("task");
        h.engine.every(10).minutes().id("j").run("task");
        h.pending();
        assertThat(store.record("j")).as("defined").isNotNull();

        h.engine.pause("j");
        h.pending();
        assertThat(store.record("j")).contains("\"paused\":true");

        h.engine.cancel("j");
        h.pending();
        assertThat(store.record("j")).as("cancelled").isNull();
    }

    @Test
    void shouldWriteEverythingAtCloseAndFlush() {
        window(Duration.ofHours(1));
        RecordingTask task = h.task("task");
        h.engine.every(10).seconds().id("j").run("task");
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(10));
        h.engine.flush();
        assertThat(store.record("j")).contains("\"runCount\":3");

        h.runFor(Duration.ofSeconds(20), Duration.ofSeconds(10));
        h.restart();
        h.runFor(Duration.ofSeconds(10), Duration.ofSeconds(10));

        assertThat(task.runs()).isEqualTo(6);
        assertThat(h.engine.job("j").get().runCount()).isEqualTo(6);
    }

    @Test
    void shouldHaveTheDispatcherWriteWhenTheWindowCloses() {
        TestTime time = TestTime.at("2026-11-24T10:00:00Z");
        RecordingTask task = new RecordingTask();
        try (SchedulerEngine engine = Schedulers.builder().clock(time).ticker(time).store(store)
                .tasks(pid -> Optional.of(task)).commitWindow(Duration.ofSeconds(60)).build()) {
            engine.every(10).seconds().id("j").run("task");
            engine.flush();
            time.advance(Duration.ofSeconds(10));
            engine.checkClock();
            Waits.until(() -> engine.job("j").get().runCount() == 1, Duration.ofSeconds(10), "the run ended");
            assertThat(store.record("j")).doesNotContain("runCount\":1");

            time.advance(Duration.ofSeconds(60));
            engine.checkClock();

            // the slot due at the same instant may end before the write, so the record may hold one run or two
            Waits.until(() -> !String.valueOf(store.record("j")).contains("\"runCount\":0"), Duration.ofSeconds(10),
                    "the end written once the window passed");
        }
    }

    @Test
    void shouldRefuseACommitWindowThatIsNegativeOrLongerThanADay() {
        for (Duration bad : new Duration[] {Duration.ofSeconds(-1), Duration.ofDays(2), null}) {
            assertThatThrownBy(() -> Schedulers.builder().commitWindow(bad))
                    .isInstanceOf(ScheduleValueException.class).hasMessageContaining("commitWindow(" + bad + ")")
                    .hasMessageContaining("for example commitWindow(Duration.ofMinutes(5))");
        }
    }
}
