package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.engine.internal.core.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** What the engine reports, as EventAdmin events. */
class EventPublisherTest {

    private final Gateway gateway = new Gateway().start();

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldPostFailedWithErrorForThrowingTask() {
        gateway.scheduler.addTask(context -> {
            throw new IllegalStateException("sensor unplugged");
        }, Gateway.taskProperties("org.example.failing"));
        gateway.scheduler.every(10).seconds().id("failing").run("org.example.failing");

        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        Event failed = gateway.events.topic("FAILED").get(0);
        assertThat(failed.getProperty("job.id")).isEqualTo("failing");
        assertThat((String) failed.getProperty("error")).contains("sensor unplugged");
    }

    @Test
    void shouldPostTimedOutRunAsFailedWithTimedOutError() {
        EventPublisher publisher = new EventPublisher();
        RecordingEventAdmin admin = new RecordingEventAdmin();
        publisher.setEventAdmin(admin);
        Job job = gateway.scheduler.every(10).seconds().id("slow").run("org.example.slow");
        Instant start = Instant.parse("2026-11-24T10:00:00Z");

        publisher.finished(job, start, outcome(Result.TIMED_OUT, start, start.plusSeconds(60), "after PT1M"));
        publisher.finished(job, start, outcome(Result.SKIPPED, start, start, "still running"));

        assertThat(admin.topic("FAILED")).singleElement().satisfies(event -> {
            assertThat(event.getProperty("error")).isEqualTo("timed out: after PT1M");
            assertThat(event.getProperty("duration.ms")).isEqualTo(60_000L);
            assertThat(event.getProperty("scheduled.time")).isEqualTo(start.toEpochMilli());
        });
        assertThat(admin.topic("SKIPPED")).singleElement().satisfies(event -> assertThat(
                event.getProperty("error")).isEqualTo("still running"));
    }

    @Test
    void shouldPostMissedAndSkipped() {
        EventPublisher publisher = new EventPublisher();
        RecordingEventAdmin admin = new RecordingEventAdmin();
        publisher.setEventAdmin(admin);
        Job job = gateway.scheduler.every(10).seconds().id("x").run("org.example.none");

        publisher.missed(job, Instant.parse("2026-11-24T10:00:00Z"), 3);

        assertThat(admin.topic("MISSED")).singleElement().satisfies(event -> assertThat(
                event.getProperty("scheduled.time")).isEqualTo(Instant.parse("2026-11-24T10:00:00Z").toEpochMilli()));
    }

    @Test
    void shouldPostNothingWithoutEventAdmin() {
        EventPublisher publisher = new EventPublisher();
        RecordingEventAdmin admin = new RecordingEventAdmin();
        publisher.setEventAdmin(admin);
        publisher.unsetEventAdmin(admin);

        publisher.invalidConfiguration("job", "task", "message");

        assertThat(admin.events).isEmpty();
    }

    private static RunOutcome outcome(Result result, Instant start, Instant end, String error) {
        return new Outcome(result, start, end, error);
    }
}
