package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.JobState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Task services found by PID, and the jobs their aioschedule.schedule property defines. */
class TaskWhiteboardTest {

    private final Gateway gateway = new Gateway().start();

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldFindTaskByFirstOfKuraServicePidServicePidComponentName() {
        assertThat(TaskWhiteboard.pidOf(Gateway.with(Gateway.taskProperties("c"), "service.pid", "s",
                "kura.service.pid", "k"))).isEqualTo("k");
        assertThat(TaskWhiteboard.pidOf(Gateway.with(Gateway.taskProperties("c"), "service.pid", "s")))
                .isEqualTo("s");
        assertThat(TaskWhiteboard.pidOf(Gateway.taskProperties("c"))).isEqualTo("c");
    }

    @Test
    void shouldScheduleTaskFromItsScheduleProperty() {
        RecordingTask task = gateway.addTask("org.example.ticker", "aioschedule.schedule", "every 10 seconds");

        gateway.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        Job job = gateway.scheduler.job("org.example.ticker").get();
        assertThat(job.source()).isEqualTo(JobSource.WHITEBOARD);
        assertThat(task.count()).isEqualTo(3);
    }

    @Test
    void shouldNameJobsOfSeveralSchedulesPidThenPidHashN() {
        gateway.addTask("org.example.ticker", "aioschedule.schedule",
                new String[] {"every 10 seconds", "every 5 to 10 minutes", "every day at 10:30"});

        assertThat(gateway.scheduler.jobs()).extracting(Job::id).containsExactlyInAnyOrder("org.example.ticker",
                "org.example.ticker#2", "org.example.ticker#3");
        assertThat(gateway.scheduler.job("org.example.ticker#2").get().schedule()).isEqualTo("every 5 to 10 minutes");
    }

    @Test
    void shouldReleaseWhiteboardJobsWhenTaskGoesAndKeepTheirState() {
        Map<String, Object> properties = Gateway.taskProperties("org.example.ticker", "aioschedule.schedule",
                "every 10 seconds");
        RecordingTask task = new RecordingTask();
        gateway.scheduler.addTask(task, properties);
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));

        gateway.scheduler.removeTask(task, properties);
        assertThat(gateway.scheduler.jobs()).isEmpty();
        gateway.scheduler.addTask(task, properties);

        assertThat(gateway.scheduler.job("org.example.ticker").get().runCount()).isEqualTo(2);
    }

    @Test
    void shouldLetConfiguredJobWaitForItsTask() {
        Map<String, Object> properties = Gateway.taskProperties("org.aioschedule.examples.job_with_argument");
        RecordingTask task = new RecordingTask();
        gateway.scheduler.addTask(task, properties);
        gateway.addJob(Gateway.job("greeter"));

        gateway.scheduler.removeTask(task, properties);
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        assertThat(gateway.scheduler.job("greeter").get().state()).isEqualTo(JobState.WAITING_FOR_TASK);
        assertThat(gateway.scheduler.taskPids()).isEmpty();
    }

    @Test
    void shouldFollowChangedScheduleProperty() {
        RecordingTask task = new RecordingTask();
        gateway.scheduler.addTask(task, Gateway.taskProperties("org.example.ticker", "aioschedule.schedule",
                new String[] {"every 10 seconds", "every 20 seconds"}));

        gateway.scheduler.updatedTask(task, Gateway.taskProperties("org.example.ticker", "aioschedule.schedule",
                "every 1 minute"));

        assertThat(gateway.scheduler.jobs()).extracting(Job::id).containsExactly("org.example.ticker");
        assertThat(gateway.scheduler.job("org.example.ticker").get().schedule()).isEqualTo("every minute");
    }

    @Test
    void shouldReportBadScheduleProperty() {
        gateway.addTask("org.example.ticker", "aioschedule.schedule", "every tuesday at 25:00");

        assertThat(gateway.scheduler.problems()).singleElement().satisfies(message -> assertThat(message)
                .startsWith("Task org.example.ticker, job org.example.ticker: invalid aioschedule.schedule "
                        + "\"every tuesday at 25:00\""));
        assertThat(gateway.events.topic("FAILED")).hasSize(1);
    }

    /** Issue 10: the engine's {@code Invalid schedule "..."} stood after the whiteboard's own naming of it. */
    @Test
    void shouldNameTheRejectedSchedulePropertyOnce() {
        gateway.addTask("org.example.ticker", "aioschedule.schedule", "every 10 sekonds");

        assertThat(gateway.scheduler.problems()).singleElement().satisfies(message -> {
            assertThat(message).doesNotContain("Invalid schedule");
            assertThat(message.split("every 10 sekonds", -1)).hasSize(2);
        });
    }

    @Test
    void shouldNotDefineCancelledWhiteboardJobAgainOnRebuild() {
        gateway.addTask("org.example.ticker", "aioschedule.schedule", "every 10 seconds");

        gateway.scheduler.cancel("org.example.ticker");
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "executor.threads", 1));

        assertThat(gateway.scheduler.jobs()).isEmpty();
    }
}
