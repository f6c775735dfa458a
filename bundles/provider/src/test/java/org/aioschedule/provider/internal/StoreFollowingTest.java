package org.aioschedule.provider.internal;

import static org.aioschedule.provider.internal.StoreScenario.H2_PID;
import static org.aioschedule.provider.internal.StoreScenario.h2File;
import static org.aioschedule.provider.internal.StoreScenario.h2Memory;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.provider.internal.store.DriverManagerDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store follows the database service it uses. Kura's H2DbService and SQLite provider apply a new URL inside
 * {@code updated} without registering the service again (kura/org.eclipse.kura.core/OSGI-INF/h2db.xml,
 * modified="updated"; core/db/H2DbServiceImpl.java updateInternal/shutdownIfUrlOrUserChanged; the SQLite provider's
 * SqliteDbServiceImpl.updated): SCR then only changes the service's properties, and getConnection returns connections
 * to the new database, while the old one is out of the service's view.
 */
class StoreFollowingTest {

    @TempDir
    Path data;
    private final StoreScenario.Held held = new StoreScenario.Held();
    private Gateway gateway = new Gateway();
    private StoreScenario scenario = new StoreScenario(gateway);

    @AfterEach
    void close() {
        gateway.close();
    }

    private void heldFollower() {
        gateway = new Gateway(held);
        scenario = new StoreScenario(gateway);
    }

    @Test
    void shouldFollowTheDatabaseToItsNewFileWhenKuraAppliesANewUrlInPlace() throws Exception {
        String before = h2File(data, "before");
        String after = h2File(data, "after");
        DriverManagerDb db = new DriverManagerDb(before);
        scenario.activate(data, db);
        scenario.jobsHaveRun();

        scenario.applyUrl(db, after);

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID + " " + after)
                .contains("in use: Kura DB " + H2_PID + " " + after)
                .contains("the state of 2 jobs was carried over from Kura DB " + H2_PID + " " + before);
        assertThat(DriverManagerDb.rows(after)).isEqualTo(2);
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 3L));
    }

    @Test
    void shouldCarryTheEnginesStateToTheFileStoreWhenTheDatabaseBecomesMemory() throws Exception {
        String file = h2File(data, "kuradb");
        DriverManagerDb db = new DriverManagerDb(file);
        scenario.activate(data, db);
        scenario.jobsHaveRun();

        scenario.applyUrl(db, h2Memory("kuradb"));

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: the file store in "
                + data.resolve("aioschedule")).contains("is in memory")
                .contains("the state of 2 jobs was carried over from Kura DB " + H2_PID + " " + file);
        assertThat(scenario.runCounts()).as("from the engine, not from the empty in-memory database")
                .isEqualTo(Map.of("greeter", 1L, "api", 2L));
        gateway.close();
        try (JobStore store = new FileJobStore(data.resolve("aioschedule"))) {
            assertThat(store.load().records()).containsOnlyKeys("greeter", "api");
        }
    }

    @Test
    void shouldWarnWhenTheDatabaseAskedForBecomesMemory() throws Exception {
        DriverManagerDb db = new DriverManagerDb(h2File(data, "kuradb"));
        scenario.activate(data, db, "store.type", "kura.db");
        scenario.jobsHaveRun();
        assertThat(gateway.scheduler.storeStatus()).doesNotContain("in memory");

        String memory = h2Memory("kuradb");
        scenario.applyUrl(db, memory);

        assertThat(gateway.scheduler.storeStatus())
                .startsWith("store.type=kura.db: Kura DB " + H2_PID + " jdbc:h2:mem:")
                .contains("is in memory now: job state is kept in memory only and is lost at every restart");
        assertThat(DriverManagerDb.rows(memory)).isEqualTo(2);
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    /**
     * Kura's SQLite provider (kura/org.eclipse.kura.db.sqlite.provider SqliteDbServiceImpl.updated, and
     * SqliteDbServiceOptions.getDbUrl: {@code jdbc:sqlite:file:<db.path>}, or {@code ?mode=memory&cache=shared} in
     * memory) publishes db.mode and db.path, not a URL: the URL comes from the connection.
     */
    @Test
    void shouldFollowASqliteDatabaseFromItsFileIntoMemory() throws Exception {
        String file = "jdbc:sqlite:file:" + data.resolve("sqlite.db").toAbsolutePath();
        DriverManagerDb db = new DriverManagerDb(file);
        scenario.activate(data, db);
        scenario.jobsHaveRun();
        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: Kura DB " + H2_PID + " " + file);

        scenario.applyUrl(db, "jdbc:sqlite:file:sqlitedb?mode=memory&cache=shared");

        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=auto: the file store in "
                + data.resolve("aioschedule")).contains("jdbc:sqlite:file:sqlitedb?mode=memory&cache=shared is in "
                        + "memory").contains("the state of 2 jobs was carried over from Kura DB " + H2_PID + " " + file);
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    /** Not every provider says anything: the URL each connection reports is checked before the batch. */
    @Test
    void shouldNoticeTheNewDatabaseAtTheNextBatchAndWriteNothingThere() throws Exception {
        heldFollower();
        String before = h2File(data, "before");
        String after = h2File(data, "after");
        DriverManagerDb db = new DriverManagerDb(before);
        scenario.activate(data, db, "store.type", "kura.db");
        scenario.jobsHaveRun();
        SchedulerEngine engine = gateway.scheduler.engine();

        db.moveTo(after);
        gateway.runFor(Duration.ofSeconds(5), Duration.ofSeconds(1));

        assertThat(held.size()).as("the re-choice is handed to another thread").isEqualTo(1);
        assertThat(gateway.scheduler.engine()).isSameAs(engine);
        assertThat(DriverManagerDb.rows(after)).as("nothing written into a database the scheduler did not choose")
                .isEqualTo(-1);
        assertThat(gateway.scheduler.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("now opens " + after));

        held.runAll();

        assertThat(gateway.scheduler.engine()).isNotSameAs(engine);
        assertThat(gateway.scheduler.storeStatus()).startsWith("store.type=kura.db: Kura DB " + H2_PID + " " + after)
                .contains("the state of 2 jobs was carried over from Kura DB " + H2_PID + " " + before)
                .doesNotContain("FAILING");
        assertThat(scenario.runCounts()).as("the run made while the batch was refused is kept")
                .isEqualTo(Map.of("greeter", 1L, "api", 3L));
        assertThat(DriverManagerDb.rows(after)).isEqualTo(2);
    }

    /** The writer that finds the move must not restart the engine it writes for: another thread does, bounded. */
    @Test
    void shouldChooseTheStoreAgainOnAnotherThreadWhenAWriteFindsTheMove() throws Exception {
        String after = h2File(data, "after");
        DriverManagerDb db = new DriverManagerDb(h2File(data, "before"));
        scenario.activate(data, db);
        scenario.jobsHaveRun();
        SchedulerEngine engine = gateway.scheduler.engine();

        db.moveTo(after);
        gateway.time.advance(Duration.ofSeconds(5));
        engine.runPending();

        StoreScenario.await(() -> gateway.scheduler.engine() != engine, Duration.ofSeconds(10));
        assertThat(gateway.scheduler.storeStatus()).contains("in use: Kura DB " + H2_PID + " " + after);
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 3L));
    }

    /**
     * With a running engine the move is found on its dispatcher thread, inside its write: the re-choice must not wait
     * there for the component's lock, nor the component for that write.
     */
    @Test
    void shouldFollowTheDatabaseWithoutDeadlockWhenTheDispatcherFindsTheMove() throws Exception {
        SchedulerComponent running = new SchedulerComponent();
        String after = h2File(data, "after");
        DriverManagerDb db = new DriverManagerDb(h2File(data, "before"));
        StoreScenario live = new StoreScenario(null, running);
        try {
            live.activate(data, db, "store.type", "kura.db");
            RecordingTask task = new RecordingTask();
            running.addTask(task, Gateway.taskProperties("org.example.task"));
            running.every(1).seconds().id("api").run("org.example.task");
            StoreScenario.await(() -> task.count() >= 1, Duration.ofSeconds(10));
            SchedulerEngine engine = running.engine();

            db.moveTo(after);

            StoreScenario.await(() -> running.engine() != engine, Duration.ofSeconds(10));
            int runs = task.count();
            StoreScenario.await(() -> task.count() > runs, Duration.ofSeconds(10));
            StoreScenario.await(() -> rowsIn(after) == 1, Duration.ofSeconds(10));
            assertThat(running.storeStatus()).contains("in use: Kura DB " + H2_PID + " " + after);
        } finally {
            running.deactivate();
        }
    }

    private static int rowsIn(String url) {
        try {
            return DriverManagerDb.rows(url);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAnswerScheduleStoreFromTheLiveServiceEvenWhenItSaidNothing() throws Exception {
        String file = h2File(data, "kuradb");
        DriverManagerDb db = new DriverManagerDb(file);
        scenario.activate(data, db);
        scenario.jobsHaveRun();
        ScheduleCommands commands = new ScheduleCommands();
        commands.setHost(gateway.scheduler);

        db.moveTo(h2Memory("kuradb"));

        assertThat(commands.store()).startsWith("Store: store.type=auto: the file store in "
                + data.resolve("aioschedule")).contains("carried over from Kura DB " + H2_PID + " " + file);
        assertThat(scenario.runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    @Test
    void shouldShowTheUrlOfTheDatabaseInUseFromActivationOn() {
        String file = h2File(data, "kuradb");
        scenario.activate(data, new DriverManagerDb(file), "store.type", "kura.db");

        assertThat(gateway.scheduler.storeStatus()).isEqualTo("store.type=kura.db: Kura DB " + H2_PID + " " + file
                + "; in use: Kura DB " + H2_PID + " " + file);
    }

    @Test
    void shouldKeepTheEngineWhenTheServicesPropertiesChangeButNotItsDatabase() {
        DriverManagerDb db = new DriverManagerDb(h2File(data, "kuradb"));
        scenario.activate(data, db);
        SchedulerEngine engine = gateway.scheduler.engine();

        scenario.applyUrl(db, db.url());

        assertThat(gateway.scheduler.engine()).isSameAs(engine);
    }
}
