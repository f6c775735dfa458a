package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import org.aioschedule.Job;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The examples of micropython-aioschedule's README, as a user would try them first. */
class SeedExamplesTest {

    private final Harness h = new Harness("2026-11-24T10:00:00Z");

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void shouldRunJobEveryMinuteAndJobWithArgumentEveryTenSeconds() {
        RecordingTask job = h.task("job");
        RecordingTask withArgument = h.task("job_with_argument");
        h.engine.every(1).minutes().run("job");
        h.engine.every(10).seconds().run("job_with_argument", Collections.singletonMap("name", "MicroPython"));

        h.runFor(Duration.ofMinutes(3), Duration.ofSeconds(1));

        assertThat(job.runs()).isEqualTo(3);
        assertThat(withArgument.runs()).isEqualTo(18);
        assertThat(withArgument.arguments.get(0)).containsEntry("name", "MicroPython");
        assertThat(withArgument.slots.get(1)).isEqualTo(Instant.parse("2026-11-24T10:00:20Z"));
    }

    @Test
    void shouldTellIdleTimeUntilNextRunForDeepSleep() {
        h.task("job");
        assertThat(h.engine.idleTime()).isEmpty();
        h.engine.every(1).minutes().run("job");
        h.time.advance(Duration.ofSeconds(15));

        assertThat(h.engine.idleTime()).contains(Duration.ofSeconds(45));
        h.time.advance(Duration.ofMinutes(2));
        assertThat(h.engine.idleTime()).contains(Duration.ZERO);
    }

    @Test
    void shouldKeepScheduleAndLastRunAcrossSaveAndLoad() {
        RecordingTask job = h.task("job");
        h.engine.every(30).minutes().run("job");
        h.engine.every().hour().run("job");
        h.engine.every().day().at("10:30").run("job");
        h.engine.every().wednesday().at("13:15").run("job");
        h.runFor(Duration.ofMinutes(30), Duration.ofMinutes(1));
        h.engine.flush();

        h.restart();

        assertThat(h.engine.jobs()).extracting(Job::schedule).containsExactly("every 30 minutes",
                "every hour", "every day at 10:30", "every wednesday at 13:15");
        Job halfHourly = h.engine.jobs().get(0);
        assertThat(halfHourly.lastRun()).contains(Instant.parse("2026-11-24T10:30:00Z"));
        assertThat(halfHourly.runCount()).isEqualTo(1);
        h.runFor(Duration.ofMinutes(30), Duration.ofMinutes(1));
        assertThat(job.runs()).isEqualTo(4);
    }

    @Test
    void shouldRunPendingThenSleepLikeABootRunSleepDevice() {
        RecordingTask job = h.task("job");
        h.task("job_with_argument");
        h.engine.every(1).minutes().run("job");
        h.engine.every(10).seconds().run("job_with_argument");
        h.engine.flush();

        for (int boot = 0; boot < 7; boot++) {
            h.restart();
            h.pending();
            h.engine.flush();
            Duration sleep = h.engine.idleTime().orElseThrow(AssertionError::new);
            h.time.advance(sleep);
        }

        assertThat(job.runs()).isEqualTo(1);
        assertThat(h.engine.job("job-1").get().runCount()).isEqualTo(1);
        assertThat(h.engine.job("job_with_argument-2").get().runCount()).isEqualTo(6);
    }
}
