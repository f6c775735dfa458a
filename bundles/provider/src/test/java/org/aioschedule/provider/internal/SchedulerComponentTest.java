package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.aioschedule.ScheduleException;
import org.aioschedule.engine.SchedulerEngine;
import org.eclipse.kura.system.SystemService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The singleton scheduler: options, rebuilds, store choice, the Scheduler service. */
class SchedulerComponentTest {

    private final Gateway gateway = new Gateway();

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldKeepEngineWhenKuraRepeatsTheSameConfiguration() {
        gateway.start();
        SchedulerEngine engine = gateway.scheduler.engine();

        gateway.scheduler.modified(Gateway.schedulerDefaults());

        assertThat(gateway.scheduler.engine()).isSameAs(engine);
    }

    @Test
    void shouldRebuildEngineAndDefineJobsAgainWhenOptionsChange() {
        gateway.start();
        RecordingTask task = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));
        gateway.addTask("org.example.ticker", "aioschedule.schedule", "every 30 seconds");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));
        SchedulerEngine engine = gateway.scheduler.engine();

        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "executor.threads", 2));

        assertThat(gateway.scheduler.engine()).isNotSameAs(engine);
        assertThat(gateway.scheduler.jobs()).extracting(job -> job.id())
                .containsExactlyInAnyOrder("greeter", "org.example.ticker");
        assertThat(gateway.scheduler.job("greeter").get().runCount()).as("state kept across the rebuild")
                .isEqualTo(1);
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));
        assertThat(task.count()).isEqualTo(2);
    }

    @Test
    void shouldRunNothingWhileDisabledAndResumeWhenEnabled() {
        gateway.start();
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));

        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "enabled", false));

        assertThat(gateway.scheduler.isEnabled()).isFalse();
        assertThatThrownBy(() -> gateway.scheduler.jobs()).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("enabled=true");
        gateway.scheduler.modified(Gateway.schedulerDefaults());
        assertThat(gateway.scheduler.job("greeter")).isPresent();
    }

    @Test
    void shouldForgetStateOfJobDeletedWhileDisabled() {
        gateway.start();
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        JobComponent job = gateway.addJob(Gateway.job("greeter"));
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "enabled", false));

        Gateway.delete(job);
        gateway.scheduler.modified(Gateway.schedulerDefaults());
        gateway.addJob(Gateway.job("greeter"));

        assertThat(gateway.scheduler.job("greeter").get().runCount()).isZero();
    }

    @Test
    void shouldReportBadSchedulerValuesAndUseDefaults() {
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "executor.threads", "0",
                "timezone", "Mars/Olympus", "store.type", "cloud"));

        assertThat(gateway.scheduler.problems()).containsExactly(
                "Scheduler org.aioschedule.Scheduler: invalid store.type \"cloud\": use one of auto, kura.keyvalue, "
                        + "kura.db, file, memory, for example store.type=auto",
                "Scheduler org.aioschedule.Scheduler: invalid executor.threads \"0\": use a whole number from 1 "
                        + "to 64, for example executor.threads=4",
                "Scheduler org.aioschedule.Scheduler: invalid timezone \"Mars/Olympus\": use an IANA zone id, UTC "
                        + "or an offset, for example timezone=Europe/Rome (empty for the system zone)");
        assertThat(gateway.scheduler.isEnabled()).isTrue();
        assertThat(gateway.events.topic("FAILED")).as("not a job: logged, not posted").isEmpty();
    }

    @Test
    void shouldChooseFileStoreUnderKuraDataDirectory(@TempDir Path data) {
        gateway.scheduler.setSystemService(system(data.toString()));
        gateway.start();

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: the file store in "
                + data.resolve("aioschedule") + " (kura.data) (the first durable store; no KeyValueDbService, no "
                + "BaseDbService); in use: file ").doesNotContain("memory");
        assertThat(data.resolve("aioschedule")).isDirectory();
        assertThat(gateway.scheduler.problems()).isEmpty();
    }

    @Test
    void shouldPreferStoreFilePath(@TempDir Path data, @TempDir Path elsewhere) {
        gateway.scheduler.setSystemService(system(data.toString()));
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "file",
                "store.file.path", elsewhere.toString()));

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=file: the file store in " + elsewhere);
    }

    @Test
    void shouldFallBackAsAutoDoesWhenTheAskedForServiceIsAbsent(@TempDir Path data) {
        gateway.scheduler.setSystemService(system(data.toString()));
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "kura.keyvalue"));

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=kura.keyvalue but there is no "
                + "KeyValueDbService; falling back as store.type=auto does: the file store in " + data);
    }

    @Test
    void shouldFallBackToMemoryAndSayWhyWhenFileStoreCannotOpen(@TempDir Path data) throws Exception {
        Path notADirectory = Files.createFile(data.resolve("occupied"));
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.file.path",
                notADirectory.toString()));

        assertThat(gateway.scheduler.storeStatus()).contains("in use: memory");
        assertThat(gateway.scheduler.problems()).singleElement().satisfies(message -> assertThat(message)
                .contains("cannot open the file store in " + notADirectory).contains("store.file.path"));
        assertThat(gateway.scheduler.isEnabled()).isTrue();
    }

    @Test
    void shouldKeepJobStateAcrossGatewayRestartInFileStore(@TempDir Path data) {
        gateway.scheduler.setSystemService(system(data.toString()));
        gateway.start();
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
        gateway.close();

        try (Gateway rebooted = new Gateway()) {
            rebooted.scheduler.setSystemService(system(data.toString()));
            rebooted.start();
            rebooted.addJob(Gateway.job("greeter"));

            assertThat(rebooted.scheduler.job("greeter").get().runCount()).isEqualTo(2);
        }
    }

    @Test
    void shouldWarnWhenNothingDurableIsKnown() {
        gateway.start();

        assertThat(gateway.scheduler.storeStatus()).contains("no durable store").contains("store.file.path");
    }

    @Test
    void shouldHonourMemoryStore() {
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "memory"));

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=memory: job state is kept in memory");
    }

    @Test
    void shouldServeTheSchedulerApi() {
        gateway.start();
        RecordingTask task = gateway.addTask("org.example.task");

        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        assertThat(task.count()).isEqualTo(2);
        assertThat(gateway.scheduler.cancel("api")).isTrue();
    }

    @Test
    void shouldReleaseAllJobsWhenDeactivated() {
        gateway.start();
        gateway.addJob(Gateway.job("greeter"));

        gateway.scheduler.deactivate();

        assertThat(gateway.scheduler.isEnabled()).isFalse();
        assertThat(gateway.scheduler.storeStatus()).contains("not active");
    }

    static SystemService system(String dataDirectory) {
        return new SystemService() {
            @Override
            public String getKuraSnapshotsDirectory() {
                return "/opt/eclipse/kura/user/snapshots";
            }

            @Override
            public int getKuraSnapshotsCount() {
                return 10;
            }

            @Override
            public String getKuraDataDirectory() {
                return dataDirectory;
            }

            @Override
            public Properties getProperties() {
                return new Properties();
            }
        };
    }
}
