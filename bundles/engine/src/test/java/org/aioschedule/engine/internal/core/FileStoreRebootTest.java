package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;

import org.aioschedule.Job;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.testing.RecordingTask;
import org.aioschedule.engine.testing.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's save_flash/load_flash, on the real file store: the schedule is created once and survives reboots. */
class FileStoreRebootTest {

    @TempDir
    Path dir;

    private final TestTime time = TestTime.at("2026-11-24T10:00:00Z");
    private final RecordingTask job = new RecordingTask();

    private SchedulerEngine boot(FileJobStore store) {
        return Schedulers.builder().clock(time).ticker(time).zone(ZoneId.of("Europe/Rome")).store(store).manual()
                .tasks(pid -> Optional.of(job)).build();
    }

    @Test
    void shouldCreateTheScheduleOnceAndContinueItAfterEveryReboot() throws Exception {
        try (FileJobStore store = new FileJobStore(dir); SchedulerEngine scheduler = boot(store)) {
            scheduler.every(1).minutes().id("job").run("job");
            scheduler.every(10).seconds().id("job_with_argument")
                    .run("job_with_argument", Collections.singletonMap("name", "MicroPython"));
            scheduler.every().day().at("10:30").id("daily").run("job");
            scheduler.flush();
        }
        for (int boot = 0; boot < 12; boot++) {
            try (FileJobStore store = new FileJobStore(dir); SchedulerEngine scheduler = boot(store)) {
                scheduler.runPending();
                scheduler.flush();
                time.advance(scheduler.idleTime().orElseThrow(AssertionError::new));
            }
        }

        try (FileJobStore store = new FileJobStore(dir); SchedulerEngine scheduler = boot(store)) {
            Job withArgument = scheduler.job("job_with_argument").get();
            assertThat(withArgument.runCount()).isEqualTo(11);
            assertThat(withArgument.arguments()).containsEntry("name", "MicroPython");
            assertThat(scheduler.job("job").get().runCount()).isEqualTo(1);
            assertThat(scheduler.job("daily").get().nextRun()).contains(Instant.parse("2026-11-24T09:30:00Z")
                    .plus(Duration.ofDays(1)));
        }
    }
}
