package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Gogo commands of scope schedule, as text. */
class ScheduleCommandsTest {

    private final Gateway gateway = new Gateway().start();
    private final ScheduleCommands shell = new ScheduleCommands();
    private RecordingTask task;

    @BeforeEach
    void wire() {
        shell.setHost(gateway.scheduler);
        task = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldListJobsAndConfiguredJobsThatAreNotScheduled() {
        gateway.addJob(Gateway.job("broken", "schedule", "every 10 sekonds"));

        String list = shell.list();

        assertThat(list).contains("ID").contains("greeter").contains("SCHEDULED").contains("every 10 seconds");
        assertThat(list).contains("broken").contains("NOT SCHEDULED").contains("schedule:problems");
        assertThat(shell.list("seed")).contains("greeter");
        assertThat(shell.list("other")).doesNotContain("greeter");
    }

    @Test
    void shouldShowJobDetails() {
        assertThat(shell.info("greeter")).contains("Job:").contains("greeter").contains("configuration")
                .contains("org.aioschedule.examples.job_with_argument").contains("MicroPython");
        assertThat(shell.info("nope")).isEqualTo("Error: no job \"nope\"; schedule:list shows the ids");
    }

    @Test
    void shouldRunJobNowAndSayHowItEnded() {
        assertThat(shell.run("greeter")).startsWith("Job greeter ran: SUCCEEDED");
        assertThat(task.count()).isEqualTo(1);
        assertThat(shell.run("nope")).startsWith("Error: No job \"nope\"");
    }

    @Test
    void shouldPauseAndResume() {
        assertThat(shell.pause("greeter")).startsWith("Job greeter paused");
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertThat(task.count()).isZero();
        assertThat(shell.resume("greeter")).startsWith("Job greeter resumed; next run");
    }

    @Test
    void shouldRefuseToCancelConfiguredJobAndSayWhatToDo() {
        assertThat(shell.cancel("greeter")).startsWith("Error: Job \"greeter\" comes from configuration");
        gateway.scheduler.every(10).seconds().id("api").run("org.example.task");
        assertThat(shell.cancel("api")).isEqualTo("Job api cancelled");
        assertThat(shell.cancel("api")).startsWith("Error: no job \"api\"");
    }

    @Test
    void shouldTellNextRunTasksStoreAndProblems() {
        assertThat(shell.next()).startsWith("Next: job greeter at 2026-11-24T10:00:10Z (in 10 s)");
        assertThat(shell.tasks()).contains("org.aioschedule.examples.job_with_argument");
        assertThat(shell.store()).startsWith("Store: store.type=auto");
        assertThat(shell.problems()).isEqualTo("No problems");
    }

    @Test
    void shouldSayWhenSchedulerIsNotRunning() {
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "enabled", false));

        assertThat(shell.list()).startsWith("The scheduler is not running: none: the scheduler is disabled");
        assertThat(shell.run("greeter")).startsWith("The scheduler is not running");
    }
}
