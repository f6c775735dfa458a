package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aioschedule.RunOutcome;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.ScheduleException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.testing.ForwardingJobStore;
import org.aioschedule.engine.testing.RecordingTask;
import org.aioschedule.engine.testing.TestTime;
import org.junit.jupiter.api.Test;

/** {@code Job.recentRuns()} and {@code Scheduler.nextRuns(...)} on a manual engine with a settable clock. */
class RecentRunsTest {

    private final TestTime time = TestTime.at("2026-12-06T10:00:00Z");
    private final RecordingTask task = new RecordingTask();
    private final CountingStore store = new CountingStore();

    private SchedulerEngine engine(int historyRuns) {
        return Schedulers.builder().clock(time).ticker(time).zone(ZoneOffset.UTC).store(store).manual()
                .historyRuns(historyRuns).tasks(pid -> Optional.of(task)).build();
    }

    private void runFor(SchedulerEngine scheduler, int seconds) {
        runFor(scheduler, time, seconds);
    }

    private static void runFor(SchedulerEngine scheduler, TestTime clock, int seconds) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            scheduler.runPending().toCompletableFuture().join();
        }
    }

    @Test
    void shouldListTheLastRunsNewestFirstWithTheirOutcomes() {
        try (SchedulerEngine scheduler = engine(20)) {
            scheduler.every(1).second().id("tick").run("task");
            runFor(scheduler, 2);
            task.failing(new IllegalStateException("disk full"));
            runFor(scheduler, 1);

            List<RunOutcome> runs = scheduler.job("tick").get().recentRuns();

            assertThat(runs).extracting(RunOutcome::result).containsExactly(Result.FAILED, Result.SUCCEEDED,
                    Result.SUCCEEDED);
            assertThat(runs.get(0).error().get()).contains("disk full");
            assertThat(runs.get(0).start()).isEqualTo(Instant.parse("2026-12-06T10:00:03Z"));
            assertThat(runs.get(0)).isEqualTo(scheduler.job("tick").get().lastOutcome().get());
        }
    }

    @Test
    void shouldKeepAtMostTheConfiguredNumberOfRunsAndNoneWithZero() {
        try (SchedulerEngine scheduler = engine(3)) {
            scheduler.every(1).second().id("tick").run("task");
            runFor(scheduler, 7);
            assertThat(scheduler.job("tick").get().recentRuns()).hasSize(3).extracting(RunOutcome::start)
                    .containsExactly(time.instant(), time.instant().minusSeconds(1), time.instant().minusSeconds(2));
        }
        try (SchedulerEngine scheduler = engine(0)) {
            runFor(scheduler, 2);
            assertThat(scheduler.job("tick").get().recentRuns()).isEmpty();
            assertThat(scheduler.job("tick").get().runCount()).isEqualTo(9);
        }
    }

    @Test
    void shouldSurviveARestartWithoutAnExtraWrite() {
        CountingStore without = new CountingStore();
        TestTime otherTime = TestTime.at("2026-12-06T10:00:00Z");
        try (SchedulerEngine scheduler = Schedulers.builder().clock(otherTime).ticker(otherTime)
                .zone(ZoneOffset.UTC).store(without).manual().historyRuns(0).tasks(pid -> Optional.of(task))
                .build()) {
            scheduler.every(1).second().id("tick").run("task");
            runFor(scheduler, otherTime, 6);
        }
        try (SchedulerEngine scheduler = engine(20)) {
            scheduler.every(1).second().id("tick").run("task");
            runFor(scheduler, 6);
        }
        assertThat(store.writes).as("the history rides in the writes of the runs' end states")
                .isEqualTo(without.writes);
        assertThat(store.lastRecord).contains("\"history\":[[\"SUCCEEDED\"");
        assertThat(without.lastRecord).doesNotContain("history");

        try (SchedulerEngine scheduler = engine(20)) {
            assertThat(scheduler.job("tick").get().recentRuns()).hasSize(6);
        }
        try (SchedulerEngine scheduler = engine(2)) {
            assertThat(scheduler.job("tick").get().recentRuns()).as("cut to the new limit").hasSize(2);
        }
    }

    @Test
    void shouldListTheComingRunsWithoutChangingAnything() {
        try (SchedulerEngine scheduler = engine(20)) {
            scheduler.every(10).minutes().id("ten").run("task");
            scheduler.every(5).to(10).minutes().id("random").run("task");
            scheduler.every(1).minute().until(time.instant().plus(Duration.ofMinutes(3))).id("ending").run("task");
            Instant first = scheduler.job("ten").get().nextRun().get();
            Instant nextRandom = scheduler.job("random").get().nextRun().get();

            List<Instant> ten = scheduler.nextRuns("ten", first.plus(Duration.ofMinutes(30)), 10);

            assertThat(ten).containsExactly(first, first.plus(Duration.ofMinutes(10)),
                    first.plus(Duration.ofMinutes(20)), first.plus(Duration.ofMinutes(30)));
            assertThat(scheduler.nextRuns("ten", first.plus(Duration.ofDays(1)), 2)).hasSize(2);
            assertThat(scheduler.nextRuns("random", first.plus(Duration.ofDays(1)), 10)).containsExactly(nextRandom);
            assertThat(scheduler.nextRuns("ending", first.plus(Duration.ofDays(1)), 10)).hasSize(3);
            assertThat(scheduler.job("ten").get().nextRun()).contains(first);
            scheduler.pause("ten");
            assertThat(scheduler.nextRuns("ten", first.plus(Duration.ofDays(1)), 10)).isEmpty();
        }
    }

    @Test
    void shouldRefuseAnUnknownJobOrABadMax() {
        try (SchedulerEngine scheduler = engine(20)) {
            scheduler.every(10).minutes().id("ten").run("task");
            Instant day = time.instant().plus(Duration.ofDays(1));

            assertThatThrownBy(() -> scheduler.nextRuns("nope", day, 10)).isInstanceOf(ScheduleException.class)
                    .hasMessageContaining("nope");
            assertThatThrownBy(() -> scheduler.nextRuns("ten", day, 1001)).isInstanceOf(ScheduleValueException.class)
                    .hasMessageContaining("max from 0 to 1000").hasMessageContaining("for example");
            assertThatThrownBy(() -> Schedulers.builder().historyRuns(-1)).isInstanceOf(ScheduleValueException.class)
                    .hasMessageContaining("historyRuns(20)");
        }
    }

    /** Counts the store's writes and keeps the last record written. */
    static final class CountingStore extends ForwardingJobStore {

        int writes;
        String lastRecord = "";

        @Override
        public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
            writes++;
            List<String> records = new ArrayList<>(upserts.values());
            if (!records.isEmpty()) {
                lastRecord = records.stream().collect(Collectors.joining("\n"));
            }
            super.write(upserts, deletes);
        }
    }
}
