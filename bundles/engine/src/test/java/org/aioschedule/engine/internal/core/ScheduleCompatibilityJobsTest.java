package org.aioschedule.engine.internal.core;

import static org.aioschedule.engine.internal.core.Wall.BERLIN;
import static org.aioschedule.engine.internal.core.Wall.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.aioschedule.Job;
import org.aioschedule.JobBuilder;
import org.aioschedule.JobState;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job table of dbader/schedule 1.2.2 ({@code test_next_run_with_tag}, {@code test_get_by_tag},
 * {@code test_clear_by_tag}, {@code test_cancel_job*}, {@code test_run_all}, {@code test_time_range},
 * {@code test_until_time}), as our API exposes it.
 */
class ScheduleCompatibilityJobsTest {

    private Harness h;
    private RecordingTask task;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private void givenBerlinTime(String local) {
        h = new Harness(berlin(local).toString(), BERLIN, new MemoryJobStore());
        task = h.task("job");
    }

    private void whenRunAll() {
        try {
            h.engine.runAll(Duration.ZERO).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("runAll did not complete", e);
        }
    }

    private void whenPendingRunAt(String local) {
        h.time.advanceTo(berlin(local));
        h.pending();
    }

    private Job current(Job job) {
        return h.engine.job(job.id()).orElseThrow(() -> new AssertionError("job gone: " + job));
    }

    private RecordingTask selfCancellingTask(String pid) {
        return h.task(pid).answering(context -> {
            context.cancelJob();
            return null;
        });
    }

    @Test
    void shouldTellNextRunOfTheEarliestJobWithATag() {
        givenBerlinTime("2014-06-28T12:00");

        Job every5Seconds = h.engine.every(5).seconds().tag("tag1").run("job");
        h.engine.every(2).hours().tag("tag1", "tag2").run("job");
        Job everyMinute = h.engine.every(1).minutes().tag("tag1", "tag3", "tag2").run("job");

        assertThat(h.engine.nextRun("tag1")).isEqualTo(every5Seconds.nextRun()).contains(berlin("2014-06-28T12:00:05"));
        assertThat(h.engine.nextRun("tag2")).isEqualTo(everyMinute.nextRun()).contains(berlin("2014-06-28T12:01"));
        assertThat(h.engine.nextRun("tag3")).isEqualTo(everyMinute.nextRun());
        assertThat(h.engine.nextRun("tag4")).isEmpty();
    }

    @Test
    void shouldListJobsByTag() {
        givenBerlinTime("2014-06-28T12:00");
        Job first = h.engine.every().second().tag("job1", "tag1").run("job");
        Job second = h.engine.every().second().tag("job2", "tag2", "tag4").run("job");
        Job third = h.engine.every().second().tag("job3", "tag3", "tag4").run("job");

        assertThat(h.engine.jobs()).extracting(Job::id).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(h.engine.jobs("tag1")).extracting(Job::id).containsExactly(first.id());
        assertThat(h.engine.jobs("tag4")).extracting(Job::id).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(h.engine.jobs("tag5")).isEmpty();
        assertThat(h.engine.clear()).isEqualTo(3);
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldClearJobsByTagThenAll() {
        givenBerlinTime("2014-06-28T12:00");
        h.engine.every().second().tag("tag1").run("job");
        h.engine.every().second().tag("tag1", "tag2").run("job");
        h.engine.every().second().tag("tag3", "tag3", "tag3", "tag2").run("job");
        whenRunAll();
        assertThat(h.engine.jobs()).hasSize(3);

        assertThat(h.engine.clear("tag3")).isEqualTo(1);
        assertThat(h.engine.jobs()).hasSize(2);
        assertThat(h.engine.clear("tag1")).isEqualTo(2);
        assertThat(h.engine.jobs()).isEmpty();
        h.engine.every().second().run("job");
        h.engine.every().second().run("job");
        assertThat(h.engine.clear()).isEqualTo(2);
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldRemoveJobWhoseTaskCancelsItAndCancelOthersById() {
        givenBerlinTime("2014-06-28T12:00");
        RecordingTask stop = selfCancellingTask("stop");
        Job stopping = h.engine.every().second().run("stop");
        Job kept = h.engine.every().second().run("job");

        whenRunAll();

        assertThat(stop.runs()).isEqualTo(1);
        assertThat(h.engine.job(stopping.id())).isEmpty();
        assertThat(h.engine.jobs()).extracting(Job::id).containsExactly(kept.id());
        assertThat(h.engine.cancel("Not a job")).isFalse();
        assertThat(h.engine.jobs()).hasSize(1);
        assertThat(h.engine.cancel(kept.id())).isTrue();
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldRemoveEverySelfCancellingJobOnRunAll() {
        givenBerlinTime("2014-06-28T12:00");
        selfCancellingTask("stop");
        for (int i = 0; i < 3; i++) {
            h.engine.every().second().run("stop");
        }

        whenRunAll();

        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldRunEveryJobOnceOnRunAll() {
        givenBerlinTime("2014-06-28T12:00");
        h.engine.every().minute().run("job");
        h.engine.every().hour().run("job");
        h.engine.every().day().at("11:00").run("job");

        whenRunAll();

        assertThat(task.runs()).isEqualTo(3);
    }

    @Test
    void shouldKeepNextRunsAfterRunAllUnlikeSchedule() {
        givenBerlinTime("2014-06-28T12:00");
        Job minute = h.engine.every().minute().run("job");
        Job daily = h.engine.every().day().at("11:00").run("job");
        h.time.advance(Duration.ofSeconds(30));

        whenRunAll();

        assertThat(current(minute).nextRun()).contains(berlin("2014-06-28T12:01"));
        assertThat(current(daily).nextRun()).contains(berlin("2014-06-29T11:00"));
        assertThat(current(minute).lastRun()).contains(berlin("2014-06-28T12:00:30"));
    }

    @Test
    void shouldPassJobArgumentsToTheTask() {
        givenBerlinTime("2014-06-28T12:00");
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("args", Arrays.asList(1, 2, "three"));
        arguments.put("foo", 23);
        arguments.put("bar", Collections.emptyMap());
        h.engine.every().second().run("job", arguments);

        whenRunAll();

        assertThat(task.arguments).hasSize(1);
        assertThat(task.arguments.get(0)).containsOnlyKeys("args", "foo", "bar")
                .containsEntry("bar", Collections.emptyMap());
        assertThat(((Number) task.arguments.get(0).get("foo")).intValue()).isEqualTo(23);
        assertThat(task.arguments.get(0).get("args")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3)
                .contains("three");
    }

    @Test
    void shouldIgnoreJobDefinitionsNeverCompleted() {
        givenBerlinTime("2014-06-28T12:00");

        h.engine.every();
        h.engine.every(10).seconds();
        h.time.advance(Duration.ofMinutes(1));
        h.pending();

        assertThat(h.engine.jobs()).isEmpty();
        assertThat(task.runs()).isZero();
    }

    @Test
    void shouldDrawFirstRunOfRandomIntervalWithinItsRange() {
        givenBerlinTime("2014-06-28T12:00");
        h.engine.close();
        h.engine = h.builder().random(new Random(42)).build();

        Set<Instant> firstRuns = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            firstRuns.add(h.engine.every(5).to(30).minutes().run("job").nextRun().get());
        }

        assertThat(firstRuns).hasSizeGreaterThan(1).allSatisfy(first -> assertThat(first)
                .isBetween(berlin("2014-06-28T12:05"), berlin("2014-06-28T12:30")));
    }

    @Test
    void shouldRedrawRandomIntervalForEachRun() {
        givenBerlinTime("2014-06-28T12:00");
        h.engine.close();
        h.engine = h.builder().random(new Random(7)).build();
        h.engine.every(5).to(30).minutes().run("job");

        h.runFor(Duration.ofHours(6), Duration.ofSeconds(10));

        Set<Duration> gaps = new HashSet<>();
        for (int i = 1; i < task.slots.size(); i++) {
            gaps.add(Duration.between(task.slots.get(i - 1), task.slots.get(i)));
        }
        assertThat(task.runs()).isBetween(12, 72);
        assertThat(gaps).hasSizeGreaterThan(1)
                .allSatisfy(gap -> assertThat(gap).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(30)));
    }

    @Test
    void shouldReadDeadlineGivenInEveryForm() {
        givenBerlinTime("2020-01-01T10:00");

        assertThat(scheduleUntil(b -> b.until(LocalDateTime.of(3000, 1, 1, 20, 30))))
                .isEqualTo("every 10 minutes until 3000-01-01T19:30:00Z");
        assertThat(scheduleUntil(b -> b.until(LocalDateTime.of(3000, 1, 1, 20, 30, 50))))
                .isEqualTo("every 10 minutes until 3000-01-01T19:30:50Z");
        assertThat(scheduleUntil(b -> b.until(LocalTime.of(12, 30))))
                .isEqualTo("every 10 minutes until " + berlin("2020-01-01T12:30"));
        assertThat(scheduleUntil(b -> b.until(LocalTime.of(12, 30, 50))))
                .isEqualTo("every 10 minutes until " + berlin("2020-01-01T12:30:50"));
        assertThat(scheduleUntil(b -> b.until(Duration.ofDays(40).plusHours(5).plusMinutes(12).plusSeconds(42))))
                .isEqualTo("every 10 minutes until " + berlin("2020-02-10T15:12:42"));
        assertThat(scheduleUntil(b -> b.until("10:30")))
                .isEqualTo("every 10 minutes until " + berlin("2020-01-01T10:30"));
        assertThat(scheduleUntil(b -> b.until("10:30:50")))
                .isEqualTo("every 10 minutes until " + berlin("2020-01-01T10:30:50"));
        assertThat(scheduleUntil(b -> b.until("3000-01-01 10:30")))
                .isEqualTo("every 10 minutes until 3000-01-01T09:30:00Z");
        assertThat(scheduleUntil(b -> b.until("3000-01-01 10:30:50")))
                .isEqualTo("every 10 minutes until 3000-01-01T09:30:50Z");
    }

    private String scheduleUntil(UnaryOperator<JobBuilder> deadline) {
        return deadline.apply(h.engine.every(10).minutes()).run("job").schedule();
    }

    @Test
    void shouldKeepJobListedAsFinishedAfterItsDeadlineUnlikeSchedule() {
        givenBerlinTime("2020-01-01T11:35:10");
        Job job = h.engine.every(5).seconds().until(LocalTime.of(11, 35, 20)).run("job");

        whenPendingRunAt("2020-01-01T11:35:15");
        assertThat(current(job).state()).isEqualTo(JobState.SCHEDULED);
        whenPendingRunAt("2020-01-01T11:35:20");
        h.runFor(Duration.ofMinutes(1), Duration.ofSeconds(1));

        assertThat(task.slots).containsExactly(berlin("2020-01-01T11:35:15"), berlin("2020-01-01T11:35:20"));
        assertThat(h.engine.jobs()).extracting(Job::id).containsExactly(job.id());
        assertThat(current(job).state()).isEqualTo(JobState.FINISHED);
        assertThat(current(job).nextRun()).isEmpty();
    }

    @Test
    void shouldNotRunMissedSlotOnceTheDeadlineHasPassed() {
        givenBerlinTime("2020-01-01T11:35:10");
        Job job = h.engine.every(5).seconds().until(LocalTime.of(11, 35, 20)).run("job");

        whenPendingRunAt("2020-01-01T11:35:50");

        assertThat(task.runs()).isZero();
        assertThat(current(job).state()).isEqualTo(JobState.FINISHED);
    }
}
