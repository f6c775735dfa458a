package org.aioschedule.provider.internal;

import static org.aioschedule.provider.internal.StoreScenario.H2_PID;
import static org.aioschedule.provider.internal.StoreScenario.h2File;
import static org.aioschedule.provider.internal.StoreScenario.h2Memory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.store.DriverManagerDb;
import org.aioschedule.provider.internal.store.StoreLocationFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code auto} chooses another store than at the last start (a durable store appeared or went away while the
 * gateway was off), the state in the store used before is found through the location file in kura.data and carried
 * over; when that store cannot be opened, the scheduler says where the state was left and how to get it back.
 */
class StoreRememberingTest {

    @TempDir
    Path data;
    private Gateway gateway = new Gateway();
    private StoreScenario scenario = new StoreScenario(gateway);

    @AfterEach
    void close() {
        gateway.close();
    }

    /** Kura reboots: nothing of the framework survives but kura.data, the databases' files and the configuration. */
    private void reboot() {
        gateway.close();
        gateway = new Gateway();
        scenario = new StoreScenario(gateway);
    }

    private Path fileStore() {
        return data.resolve("aioschedule");
    }

    private String remembered() throws IOException {
        return new String(Files.readAllBytes(fileStore().resolve(StoreLocationFile.NAME)), "ISO-8859-1");
    }

    @Test
    void shouldCarryTheFileStoresStateIntoTheDatabaseMadeDurableWhileTheGatewayWasOff() throws Exception {
        scenario.activate(data, null);
        scenario.jobsHaveRun();
        assertThat(remembered()).contains("store.kind=file");

        reboot();
        String file = h2File(data, "kuradb");
        scenario.activate(data, new DriverManagerDb(file));
        scenario.defineJobs();

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID + " " + file)
                .contains("the state of 2 jobs was carried over from the file store in " + fileStore()
                        + " (where it was at the last stop)");
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(remembered()).contains("store.kind=db").doesNotContain("left.");
    }

    @Test
    void shouldSayWhereTheStateWasLeftAndCarryItOverWhenTheDatabaseComesBack() throws Exception {
        String file = h2File(data, "kuradb");
        scenario.activate(data, new DriverManagerDb(file));
        scenario.jobsHaveRun();

        reboot();
        DriverManagerDb db = new DriverManagerDb(h2Memory("kuradb"));
        scenario.activate(data, db);
        scenario.defineJobs();

        String left = "the job state was left in Kura DB " + H2_PID + " " + file + ", which cannot be opened now ("
                + H2_PID + " now opens jdbc:h2:mem:";
        assertThat(gateway.scheduler.problems()).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("Scheduler org.aioschedule.Scheduler: " + left)
                .contains("set its db.connector.url back to " + file));
        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: the file store in " + fileStore())
                .contains("WARNING: " + left);
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 0L, "api", -1L));
        assertThat(remembered()).contains("store.kind=file").contains("left.kind=db");

        scenario.applyUrl(db, file);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID + " " + file)
                .contains("the state of 2 jobs was carried over from Kura DB " + H2_PID + " " + file
                        + " (where it had been left)");
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(remembered()).contains("store.kind=db").doesNotContain("left.");
    }

    @Test
    void shouldCarryTheDatabasesStateOverWhenItsServiceRegistersAfterTheSchedulerStarted() throws Exception {
        String file = h2File(data, "kuradb");
        scenario.activate(data, new DriverManagerDb(file));
        scenario.jobsHaveRun();

        reboot();
        gateway.scheduler.setSystemService(SchedulerComponentTest.system(data.toString()));
        gateway.scheduler.activate(KuraDbReferencesTest.context(scenario.reference, new DriverManagerDb(file)),
                Gateway.schedulerDefaults());
        scenario.defineJobs();
        assertThat(gateway.scheduler.problems()).singleElement().satisfies(problem -> assertThat(problem)
                .contains("the job state was left in Kura DB " + H2_PID + " " + file + ", which cannot be opened "
                        + "now (no BaseDbService " + H2_PID + " is bound now)"));

        gateway.scheduler.bindBaseDbService(scenario.reference);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID + " " + file)
                .contains("(where it had been left)");
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
        assertThat(gateway.scheduler.problems()).isEmpty();
    }

    @Test
    void shouldSayWhereTheStateWasLeftWhenTheFileStoresDirectoryIsGone() throws Exception {
        Path elsewhere = data.resolve("elsewhere");
        scenario.activate(data, null, "store.file.path", elsewhere.toString());
        scenario.jobsHaveRun();

        reboot();
        deleteTree(elsewhere);
        scenario.activate(data, null);

        assertThat(gateway.scheduler.problems()).singleElement().satisfies(problem -> assertThat(problem)
                .contains("the job state was left in the file store in " + elsewhere + ", which cannot be opened "
                        + "now (the directory " + elsewhere + " does not exist now)")
                .contains("To get it back: make the directory " + elsewhere + " available again"));
    }

    @Test
    void shouldCarryNothingWhenTheStoreBeforeKeptNothingAcrossARestart() throws Exception {
        DriverManagerDb memory = new DriverManagerDb(h2Memory("kuradb"));
        scenario.activate(data, memory, "store.type", "kura.db");
        scenario.jobsHaveRun();
        assertThat(remembered()).contains("store.kind=db").contains("store.durable=false");

        reboot();
        scenario.activate(data, null);

        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(gateway.scheduler.storeStatus()).doesNotContain("carried over");
    }

    @Test
    void shouldLeaveOnlyTheCarriedStateInTheNewStore() throws Exception {
        try (JobStore stale = new FileJobStore(fileStore())) {
            stale.write(Collections.singletonMap("ghost", "{\"a stale record\":1}"), Collections.emptySet());
        }
        DriverManagerDb db = new DriverManagerDb(h2File(data, "kuradb"));
        scenario.activate(data, db);
        scenario.jobsHaveRun();

        scenario.applyUrl(db, h2Memory("kuradb"));

        gateway.close();
        try (JobStore store = new FileJobStore(fileStore())) {
            assertThat(store.load().records()).containsOnlyKeys("greeter", "api");
        }
    }

    @Test
    void shouldWriteTheLocationFileWhole() throws Exception {
        StoreLocationFile file = new StoreLocationFile(data);
        assertThat(file.read().store).isNull();
        scenario.activate(data, new DriverManagerDb(h2File(data, "kuradb")));

        StoreLocationFile.Contents contents = new StoreLocationFile(fileStore()).read();

        assertThat(contents.store.toString()).isEqualTo("Kura DB " + H2_PID + " " + h2File(data, "kuradb"));
        assertThat(contents.store.durable).isTrue();
        assertThat(contents.left).isNull();
        try (java.util.stream.Stream<Path> files = Files.list(fileStore())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(StoreLocationFile.NAME);
        }
    }

    @Test
    void shouldRefuseALocationFileThatNamesNoKindOfStore() throws Exception {
        Files.write(data.resolve(StoreLocationFile.NAME), "store.kind=floppy\n".getBytes("ISO-8859-1"));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new StoreLocationFile(data).read()))
                .isInstanceOf(IOException.class).hasMessageContaining(StoreLocationFile.NAME)
                .hasMessageContaining("store.kind=floppy is not a store kind; expected one of file, db, keyvalue, "
                        + "memory, for example store.kind=file");
    }

    private static void deleteTree(Path root) throws IOException, StoreException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
