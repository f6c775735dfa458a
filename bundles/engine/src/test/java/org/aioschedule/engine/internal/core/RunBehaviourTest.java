package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.aioschedule.Delivery;
import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.JobState;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.ScheduleException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How runs start, end, overlap, time out, fail, and survive restarts. */
class RunBehaviourTest {

    private final Harness h = new Harness("2026-11-24T10:00:00Z");
    private final RecordingTask task = h.task("task");

    @AfterEach
    void close() {
        h.close();
    }

    private Job job() {
        return h.engine.jobs().get(0);
    }

    @Test
    void shouldRecordAFailureAndKeepRunningOtherJobs() {
        h.task("broken").failing(new IllegalStateException("sensor unplugged"));
        h.engine.every(10).seconds().id("broken").run("broken");
        h.engine.every(10).seconds().id("fine").run("task");
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        Job broken = h.engine.job("broken").get();
        assertThat(broken.consecutiveFailures()).isEqualTo(3);
        assertThat(broken.lastOutcome().get().result()).isEqualTo(Result.FAILED);
        assertThat(broken.lastOutcome().get().error()).hasValueSatisfying(e -> assertThat(e).contains("unplugged"));
        assertThat(task.runs()).isEqualTo(3);
    }

    @Test
    void shouldSkipAnOverlappingRunAndReportIt() {
        CompletableFuture<Void> slow = new CompletableFuture<>();
        task.answering(context -> slow);
        h.engine.every(10).seconds().run("task");
        h.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));

        assertThat(task.runs()).isEqualTo(1);
        assertThat(job().state()).isEqualTo(JobState.RUNNING);
        assertThat(job().lastOutcome().get().result()).isEqualTo(Result.SKIPPED);
        slow.complete(null);
        assertThat(job().lastOutcome().get().result()).isEqualTo(Result.SUCCEEDED);
    }

    @Test
    void shouldTimeOutARunAndCancelIt() {
        task.never();
        h.engine.every(10).seconds().timeout(Duration.ofSeconds(3)).run("task");
        h.runFor(Duration.ofSeconds(14), Duration.ofSeconds(1));

        assertThat(task.contexts.get(0).isCancelled()).isTrue();
        assertThat(job().lastOutcome().get().result()).isEqualTo(Result.TIMED_OUT);
        assertThat(job().state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void shouldUnscheduleAJobWhoseTaskCancelsIt() {
        task.answering(context -> {
            context.cancelJob();
            return null;
        });
        h.engine.every(10).seconds().run("task");
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(task.runs()).isEqualTo(1);
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldWaitForAMissingTaskAndRunOnceWhenItAppears() {
        h.engine.every(10).seconds().run("later");
        assertThat(job().state()).isEqualTo(JobState.WAITING_FOR_TASK);
        h.runFor(Duration.ofMinutes(5), Duration.ofSeconds(10));

        RecordingTask later = h.task("later");
        h.engine.taskAvailable("later");
        h.pending();

        assertThat(later.runs()).isEqualTo(1);
        assertThat(job().state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void shouldReportAWaitingJobOnceAndKeepItsWaitingTimeAcrossRestarts() {
        h.engine.every(10).seconds().id("j").run("later");
        h.runFor(Duration.ofMinutes(2), Duration.ofSeconds(10));
        h.engine.flush();
        h.restart();
        h.runFor(Duration.ofMinutes(1), Duration.ofSeconds(10));

        assertThat(h.engine.problems()).hasSize(1).first().asString().contains("waits for its task later")
                .contains("2026-11-24T10:00:00Z");
    }

    @Test
    void shouldRemoveAnApiJobWaitingLongerThanTheRetentionButKeepConfiguredJobs() {
        h.engine.close();
        h.engine = h.builder().waitingRetention(Duration.ofDays(30)).build();
        h.engine.every().hour().id("api").run("gone");
        h.engine.schedule("every hour", JobSource.CONFIGURATION).id("configured").run("gone");
        h.runFor(Duration.ofDays(29), Duration.ofHours(12));
        assertThat(h.engine.jobs()).hasSize(2);

        h.runFor(Duration.ofDays(2), Duration.ofHours(12));

        assertThat(h.engine.jobs()).extracting(Job::id).containsExactly("configured");
        assertThat(h.engine.problems()).anySatisfy(p -> assertThat(p).contains("api").contains("retention"));
    }

    @Test
    void shouldRerunOnceARunCutByPowerLossWithAtLeastOnceDelivery() {
        RecordingTask after = runHangsThenTaskIsReplaced(Delivery.AT_LEAST_ONCE);

        h.crash();
        h.pending();

        assertThat(after.slots).containsExactly(Instant.parse("2026-11-24T11:00:00Z"));
        h.pending();
        assertThat(after.runs()).isEqualTo(1);
    }

    /**
     * Found by the power-cut soak (issue 13): the restored state was written without the cut run's mark before the
     * rerun started, so a second power cut in between lost the rerun.
     */
    @Test
    void shouldStillRerunACutRunWhenASecondPowerCutComesBeforeTheRerun() {
        RecordingTask after = runHangsThenTaskIsReplaced(Delivery.AT_LEAST_ONCE);

        h.crash();
        h.engine.pause("hourly");
        h.engine.resume("hourly");
        h.engine.flush();
        h.crash();
        h.pending();

        assertThat(after.slots).containsExactly(Instant.parse("2026-11-24T11:00:00Z"));
        h.engine.flush();
        h.crash();
        h.pending();
        assertThat(after.runs()).as("the rerun ended: not repeated again").isEqualTo(1);
    }

    @Test
    void shouldNotRerunARunCutByPowerLossWithAtMostOnceDelivery() {
        RecordingTask after = runHangsThenTaskIsReplaced(Delivery.AT_MOST_ONCE);

        h.crash();
        h.pending();

        assertThat(after.runs()).isZero();
        assertThat(job().lastOutcome().get().error()).hasValueSatisfying(e -> assertThat(e).contains("at-most-once"));
    }

    @Test
    void shouldRerunARunCancelledByShutdownWithAtLeastOnceDelivery() {
        RecordingTask after = runHangsThenTaskIsReplaced(Delivery.AT_LEAST_ONCE);

        h.restart();
        h.pending();

        assertThat(task.contexts.get(0).isCancelled()).isTrue();
        assertThat(after.slots).containsExactly(Instant.parse("2026-11-24T11:00:00Z"));
    }

    /** The hourly job's 11:00 run starts and never ends; the task that answers after a restart is returned. */
    private RecordingTask runHangsThenTaskIsReplaced(Delivery delivery) {
        task.never();
        h.engine.every().hour().id("hourly").delivery(delivery).run("task");
        h.time.advance(Duration.ofHours(1));
        h.pending();
        RecordingTask after = new RecordingTask();
        h.tasks.put("task", after);
        return after;
    }

    @Test
    void shouldPauseAndResumeAndPersistThePause() {
        h.engine.every(10).seconds().id("j").run("task");
        h.engine.pause("j");
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(task.runs()).isZero();
        h.engine.flush();
        h.restart();
        assertThat(job().state()).isEqualTo(JobState.PAUSED);

        h.engine.resume("j");
        h.pending();
        assertThat(task.runs()).isEqualTo(1);
    }

    @Test
    void shouldListClearAndQueryJobsByTag() {
        h.engine.every(5).seconds().tag("tag1").run("task");
        h.engine.every(2).hours().tag("tag1", "tag2").run("task");
        h.engine.every(1).minutes().tag("tag1", "tag3", "tag2").run("task");

        assertThat(h.engine.nextRun("tag1")).contains(Instant.parse("2026-11-24T10:00:05Z"));
        assertThat(h.engine.nextRun("tag2")).contains(Instant.parse("2026-11-24T10:01:00Z"));
        assertThat(h.engine.nextRun("tag4")).isEmpty();
        assertThat(h.engine.jobs("tag2")).hasSize(2);
        assertThat(h.engine.clear("tag2")).isEqualTo(2);
        assertThat(h.engine.jobs()).hasSize(1);
    }

    @Test
    void shouldFinishAJobPastItsDeadline() {
        h.engine.every(5).seconds().until(Duration.ofSeconds(12)).run("task");
        h.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(task.runs()).isEqualTo(2);
        assertThat(job().state()).isEqualTo(JobState.FINISHED);
        assertThat(job().nextRun()).isEmpty();
    }

    @Test
    void shouldRefuseADeadlineBeforeTheFirstRun() {
        assertThatThrownBy(() -> h.engine.every().hour().until(Duration.ofMinutes(30)).run("task"))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("would never run");
        assertThat(h.engine.jobs()).isEmpty();
    }

    @Test
    void shouldKeepStateWhenTheSameIdIsScheduledAgain() {
        h.engine.every(10).seconds().id("j").run("task");
        h.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
        h.engine.every(10).seconds().id("j").tag("new").run("task");

        assertThat(job().runCount()).isEqualTo(2);
        assertThat(job().tags()).containsExactly("new");
        assertThat(job().nextRun()).contains(Instant.parse("2026-11-24T10:00:30Z"));
    }

    @Test
    void shouldRefuseToCancelAConfiguredJob() {
        h.engine.schedule("every 10 seconds", JobSource.CONFIGURATION).id("cfg").run("task");

        assertThatThrownBy(() -> h.engine.cancel("cfg")).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("configuration");
        assertThat(h.engine.clear()).isZero();
        assertThat(h.engine.remove("cfg")).isTrue();
    }

    @Test
    void shouldRunNowWithoutMovingTheSchedule() {
        h.engine.every().hour().id("j").run("task");
        h.engine.runNow("j");

        assertThat(task.runs()).isEqualTo(1);
        assertThat(job().nextRun()).contains(Instant.parse("2026-11-24T11:00:00Z"));
        assertThatThrownBy(() -> h.engine.runNow("nope")).isInstanceOf(ScheduleException.class);
    }

    @Test
    void shouldRunAllJobsOnce() throws Exception {
        h.engine.every().minute().run("task");
        h.engine.every().hour().run("task");
        h.engine.every().day().at("11:00").run("task");
        h.engine.runAll(Duration.ZERO).toCompletableFuture().get();

        assertThat(task.runs()).isEqualTo(3);
    }

    @Test
    void shouldRunACronJobInItsZone() {
        h.engine.schedule("cron 0 15 10 ? * MON-FRI Europe/Rome").run("task");
        h.runFor(Duration.ofDays(7), Duration.ofMinutes(15));

        assertThat(task.slots).hasSize(5).allSatisfy(slot -> assertThat(slot.atZone(java.time.ZoneId.of(
                "Europe/Rome")).toLocalTime()).isEqualTo(java.time.LocalTime.of(10, 15)));
        assertThat(job().schedule()).isEqualTo("cron 0 15 10 ? * MON-FRI Europe/Rome");
    }

    @Test
    void shouldRejectArgumentsThatJsonCannotHold() {
        assertThatThrownBy(() -> h.engine.every().hour()
                .run("task", java.util.Collections.singletonMap("when", new Object())))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("arguments.when");
    }
}
