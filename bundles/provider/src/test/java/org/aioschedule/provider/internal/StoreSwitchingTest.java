package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.aioschedule.Job;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.aioschedule.kura.emulator.internal.KeyValueDbServiceEmulator;
import org.aioschedule.provider.internal.store.KuraStore;
import org.aioschedule.provider.internal.store.MapKeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store in use changes with the configuration and with the Kura DB services that come and go; the state of
 * every job goes with it, and nothing is rebuilt when nothing changed.
 */
class StoreSwitchingTest {

    private static final String H2_PID = "org.eclipse.kura.db.H2DbService";
    private static final String KV_PID = "org.eclipse.kura.db.keyvalue.KeyValueDbService";

    @TempDir
    Path data;
    private final Gateway gateway = new Gateway();
    private H2DbServiceEmulator h2;
    private KeyValueDbServiceEmulator keyValue;

    @AfterEach
    void close() throws Exception {
        gateway.close();
        if (h2 != null) {
            Emulators.stop(h2);
        }
        if (keyValue != null) {
            Emulators.stop(keyValue);
        }
    }

    /** A configured job and an API job (whose definition lives only in the store) that have run. */
    private void jobsHaveRun() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addTask("org.example.task");
        gateway.addJob(Gateway.job("greeter"));
        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));
        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    private Map<String, Long> runCounts() {
        return Map.of("greeter", gateway.scheduler.job("greeter").map(Job::runCount).orElse(-1L),
                "api", gateway.scheduler.job("api").map(Job::runCount).orElse(-1L));
    }

    private H2DbServiceEmulator h2File() throws Exception {
        h2 = Emulators.h2("jdbc:h2:file:" + data.resolve("db/kuradb").toAbsolutePath());
        return h2;
    }

    @Test
    void shouldCarryStateFromMemoryToTheFileStoreWhenTheConfigurationChanges() throws Exception {
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "memory"));
        jobsHaveRun();

        Path directory = data.resolve("jobs");
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "store.type", "file",
                "store.file.path", directory.toString()));

        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=file: the file store in " + directory)
                .contains("the state of 2 jobs was carried over from memory");
        gateway.close();
        try (JobStore file = new FileJobStore(directory)) {
            assertThat(file.load().records()).containsOnlyKeys("greeter", "api");
        }
    }

    @Test
    void shouldCarryTheEndsWaitingInTheCommitWindowToTheNewStore() throws Exception {
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "file",
                "store.file.path", data.resolve("first").toString(), "store.commit.seconds", 3600L));
        jobsHaveRun();

        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), "store.type", "file",
                "store.file.path", data.resolve("second").toString(), "store.commit.seconds", 3600L));

        assertThat(gateway.scheduler.storeStatus()).contains("the state of 2 jobs was carried over");
        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    @Test
    void shouldCarryStateFromTheFileStoreToAFileBackedH2WhenItArrives() throws Exception {
        gateway.scheduler.setSystemService(SchedulerComponentTest.system(data.toString()));
        gateway.start();
        jobsHaveRun();
        SchedulerEngine onFile = gateway.scheduler.engine();

        gateway.scheduler.setKuraStore(KuraDbServices.DB, KuraStore.database(h2File(), H2_PID));

        assertThat(gateway.scheduler.engine()).isNotSameAs(onFile);
        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID
                + " jdbc:h2:file:").contains("the state of 2 jobs was carried over from file " + data);
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 3L));
        gateway.close();
        try (JobStore db = KuraStore.database(h2, H2_PID).open()) {
            assertThat(db.load().records()).containsOnlyKeys("greeter", "api");
        }
    }

    @Test
    void shouldCarryStateFromTheDatabaseToTheKeyValueServiceWhenItArrivesAndBackWhenItLeaves() throws Exception {
        gateway.scheduler.setKuraStore(KuraDbServices.DB, KuraStore.database(h2File(), H2_PID));
        gateway.start();
        jobsHaveRun();

        keyValue = Emulators.keyValue(data);
        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, KuraStore.keyValue(keyValue, KV_PID));

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura KeyValueDbService " + KV_PID
                + " (the first durable store)").contains("the state of 2 jobs was carried over from Kura DB");
        assertThat(keyValue.getAsString("org.aioschedule/api")).contains("\"runCount\":2");
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, null);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID)
                .contains("the state of 2 jobs was carried over from Kura KeyValueDbService");
        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 3L));
    }

    @Test
    void shouldNotRebuildWhenTheSameServiceIsBoundAgainOrKuraRepeatsTheConfiguration() throws Exception {
        H2DbServiceEmulator db = h2File();
        gateway.scheduler.setKuraStore(KuraDbServices.DB, KuraStore.database(db, H2_PID));
        gateway.start();
        SchedulerEngine engine = gateway.scheduler.engine();

        gateway.scheduler.modified(Gateway.schedulerDefaults());
        gateway.scheduler.setKuraStore(KuraDbServices.DB, KuraStore.database(db, H2_PID));

        assertThat(gateway.scheduler.engine()).isSameAs(engine);
    }

    @Test
    void shouldKeepTheStoreWhenOnlyItsReasonChanges() {
        MapKeyValue service = new MapKeyValue();
        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, KuraStore.keyValue(service, KV_PID));
        gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "store.type", "kura.keyvalue"));
        SchedulerEngine engine = gateway.scheduler.engine();
        service.connected = false;

        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, KuraStore.keyValue(service, KV_PID));

        assertThat(gateway.scheduler.engine()).isSameAs(engine);
        assertThat(gateway.scheduler.storeStatus()).contains("is not connected now");
    }

    @Test
    void shouldSayWhenTheStoreFailsAndWhenItWorksAgain() {
        MapKeyValue service = new MapKeyValue();
        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, KuraStore.keyValue(service, KV_PID));
        gateway.start();
        gateway.addTask("org.example.task");
        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        service.connected = false;
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        assertThat(gateway.scheduler.storeStatus()).contains("; FAILING (the last write failed: Kura "
                + "KeyValueDbService " + KV_PID + " is not connected): jobs keep running");
        assertThat(gateway.scheduler.problems()).anySatisfy(problem -> assertThat(problem).contains("FAILING"));
        assertThat(gateway.scheduler.job("api").get().runCount()).isEqualTo(2);

        service.connected = true;
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        assertThat(gateway.scheduler.storeStatus()).doesNotContain("FAILING");
        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(service.getAsString("org.aioschedule/api")).contains("\"runCount\":3");
    }

    @Test
    void shouldCarryOverWhatAFailingStoreCouldNotWrite() {
        MapKeyValue service = new MapKeyValue();
        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, KuraStore.keyValue(service, KV_PID));
        gateway.start();
        gateway.addTask("org.example.task");
        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));
        service.connected = false;
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        gateway.scheduler.setKuraStore(KuraDbServices.KEYVALUE, null);

        assertThat(gateway.scheduler.job("api").get().runCount()).isEqualTo(2);
        assertThat(gateway.scheduler.storeStatus()).contains("in use: memory")
                .contains("the state of 1 jobs was carried over from Kura KeyValueDbService");
    }
}
