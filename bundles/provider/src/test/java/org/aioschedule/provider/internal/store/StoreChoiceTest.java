package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.config.StoreType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class StoreChoiceTest {

    private static final String KV_PID = "kv.pid";
    private static final String DB_PID = "org.eclipse.kura.db.H2DbService";

    @TempDir
    Path dir;
    private final MapKeyValue kvService = new MapKeyValue();
    private KuraStore kv;
    private KuraStore fileDb;
    private KuraStore memoryDb;
    private final KuraStore deadDb = KuraStore.database(new DriverManagerDb("jdbc:nothing-here:x"), DB_PID);
    private Connection keepMemoryDbAlive;
    private String kuraData;
    private StoreChoice choice;
    private JobStore opened;

    @BeforeEach
    void databases() throws SQLException {
        kv = KuraStore.keyValue(kvService, KV_PID);
        fileDb = KuraStore.database(new DriverManagerDb("jdbc:sqlite:" + dir.resolve("kura.sqlite")), DB_PID);
        String memoryUrl = "jdbc:sqlite:file:mem-" + UUID.randomUUID() + "?mode=memory&cache=shared";
        keepMemoryDbAlive = DriverManager.getConnection(memoryUrl);
        memoryDb = KuraStore.database(new DriverManagerDb(memoryUrl), DB_PID);
        kuraData = dir.resolve("kura-data").toString();
    }

    @AfterEach
    void close() throws SQLException {
        if (opened != null) {
            opened.close();
        }
        keepMemoryDbAlive.close();
    }

    private StoreChoice choose(StoreType type, KuraStore keyValue, KuraStore db, String data, String path)
            throws StoreException {
        choice = StoreChoice.choose(type, path, data, keyValue, db);
        if (opened != null) {
            opened.close();
        }
        opened = choice.open();
        return choice;
    }

    @Test
    void autoTakesTheConnectedKeyValueServiceFirst() throws Exception {
        choose(StoreType.AUTO, kv, fileDb, kuraData, null);
        assertThat(opened).isInstanceOf(KeyValueJobStore.class);
        assertThat(choice.warning).isFalse();
        assertThat(choice.isDurable()).isTrue();
        assertThat(choice.reason).isEqualTo("store.type=auto: Kura KeyValueDbService kv.pid (the first durable "
                + "store)");
    }

    @Test
    void autoTakesAFileBackedDatabaseWhenThereIsNoKeyValueService() throws Exception {
        choose(StoreType.AUTO, null, fileDb, kuraData, null);
        assertThat(opened).isInstanceOf(JdbcJobStore.class);
        assertThat(choice.warning).isFalse();
        assertThat(choice.reason).startsWith("store.type=auto: Kura DB " + DB_PID + " jdbc:sqlite:")
                .endsWith("(the first durable store; no KeyValueDbService)");
    }

    @Test
    void autoSkipsADisconnectedKeyValueServiceAndAnInMemoryDatabaseForTheFileStore() throws Exception {
        kvService.connected = false;
        String path = dir.resolve("configured").toString();
        choose(StoreType.AUTO, kv, memoryDb, kuraData, path);
        assertThat(opened).isInstanceOf(FileJobStore.class);
        assertThat(opened.description()).isEqualTo("file " + path);
        assertThat(choice.warning).isFalse();
        assertThat(choice.reason).startsWith("store.type=auto: the file store in " + path + " (store.file.path) "
                + "(the first durable store; ").contains("KeyValueDbService kv.pid is not connected")
                .contains("mode=memory&cache=shared is in memory");
    }

    @Test
    void autoPutsTheFileStoreUnderKuraDataWhenNoPathIsConfigured() throws Exception {
        choose(StoreType.AUTO, null, null, kuraData, " ");
        assertThat(opened.description()).isEqualTo("file " + Path.of(kuraData, "aioschedule"));
        assertThat(choice.reason).contains("(kura.data)").contains("no KeyValueDbService, no BaseDbService");
    }

    @Test
    void autoWithNothingDurableWarnsAndSaysHowToFixIt() throws Exception {
        choose(StoreType.AUTO, null, memoryDb, null, null);
        assertThat(opened).isInstanceOf(MemoryJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.isDurable()).isFalse();
        assertThat(choice.reason).startsWith("store.type=auto: no durable store (no KeyValueDbService; Kura DB "
                + DB_PID).contains("is in memory; no store.file.path and no kura.data directory")
                .contains("lost at every restart")
                .contains("make the database service " + DB_PID + " file-backed (an H2DbService: set "
                        + "db.connector.url to a file URL such as jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb; "
                        + "a SQLite service: set db.mode=PERSISTED and db.path=")
                .endsWith("or set store.file.path to a directory such as /opt/eclipse/kura/data/aioschedule")
                .doesNotContain("\n");
    }

    @Test
    void autoSkipsAnUnreachableDatabase() throws Exception {
        choose(StoreType.AUTO, null, deadDb, null, null);
        assertThat(opened).isInstanceOf(MemoryJobStore.class);
        assertThat(choice.reason).contains("cannot be reached;").doesNotContain("now now");
    }

    @Test
    void aFileStoreThatCannotOpenFailsToOpenNotToChoose() throws Exception {
        Path notADirectory = Files.createFile(dir.resolve("plain-file"));
        StoreChoice file = StoreChoice.choose(StoreType.AUTO, notADirectory.toString(), null, null, null);
        assertThat(file.kind).isEqualTo(StoreChoice.Kind.FILE);
        org.assertj.core.api.Assertions.assertThatThrownBy(file::open).isInstanceOf(StoreException.class);
    }

    @Test
    void keyValueIsUsedWhenAskedForAndWarnsWhenNotConnected() throws Exception {
        choose(StoreType.KURA_KEYVALUE, kv, null, null, null);
        assertThat(opened).isInstanceOf(KeyValueJobStore.class);
        assertThat(choice.warning).isFalse();
        assertThat(choice.reason).isEqualTo("store.type=kura.keyvalue: Kura KeyValueDbService kv.pid");
        kvService.connected = false;
        choose(StoreType.KURA_KEYVALUE, kv, null, null, null);
        assertThat(opened).isInstanceOf(KeyValueJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.reason).contains("is not connected now");
    }

    @Test
    void keyValueAskedForButAbsentFallsBackAsAutoDoes() throws Exception {
        choose(StoreType.KURA_KEYVALUE, null, fileDb, null, null);
        assertThat(opened).isInstanceOf(JdbcJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.reason).startsWith("store.type=kura.keyvalue but there is no KeyValueDbService; "
                + "falling back as store.type=auto does: Kura DB");
    }

    @Test
    void databaseIsUsedWhenAskedForAndWarnsWhenInMemory() throws Exception {
        choose(StoreType.KURA_DB, kv, fileDb, null, null);
        assertThat(opened).isInstanceOf(JdbcJobStore.class);
        assertThat(choice.warning).isFalse();
        choose(StoreType.KURA_DB, kv, memoryDb, null, null);
        assertThat(opened).isInstanceOf(JdbcJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.reason).contains("is in memory now").contains("db.connector.url");
    }

    @Test
    void databaseAskedForButAbsentFallsBackAsAutoDoes() throws Exception {
        choose(StoreType.KURA_DB, null, null, kuraData, null);
        assertThat(opened).isInstanceOf(FileJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.reason).startsWith("store.type=kura.db but there is no BaseDbService; falling "
                + "back as store.type=auto does: the file store in ");
    }

    @Test
    void fileUsesThePathThenKuraDataElseMemoryWithAWarning() throws Exception {
        String path = dir.resolve("configured").toString();
        choose(StoreType.FILE, kv, fileDb, kuraData, path);
        assertThat(choice.reason).isEqualTo("store.type=file: the file store in " + path + " (store.file.path)");
        assertThat(choice.warning).isFalse();
        choose(StoreType.FILE, kv, fileDb, kuraData, null);
        assertThat(choice.reason).isEqualTo("store.type=file: the file store in " + Path.of(kuraData, "aioschedule")
                + " (kura.data)");
        choose(StoreType.FILE, kv, fileDb, null, "");
        assertThat(opened).isInstanceOf(MemoryJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.reason).startsWith("store.type=file but no store.file.path and no kura.data");
    }

    @Test
    void memoryIsMemoryWithAWarning() throws Exception {
        choose(StoreType.MEMORY, kv, fileDb, kuraData, null);
        assertThat(opened).isInstanceOf(MemoryJobStore.class);
        assertThat(choice.warning).isTrue();
        assertThat(choice.toString()).isEqualTo("store.type=memory: job state is kept in memory only and is lost at "
                + "every restart");
    }

    @Test
    void theSameInputsGiveAnEqualChoiceAndAnotherServiceObjectAnotherStore() {
        StoreChoice first = StoreChoice.choose(StoreType.AUTO, null, kuraData, kv, fileDb);
        StoreChoice again = StoreChoice.choose(StoreType.AUTO, null, kuraData, KuraStore.keyValue(kvService, KV_PID),
                fileDb);
        assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
        StoreChoice otherService = StoreChoice.choose(StoreType.AUTO, null, kuraData,
                KuraStore.keyValue(new MapKeyValue(), KV_PID), fileDb);
        assertThat(otherService.sameStore(first)).isFalse();
        kvService.connected = false;
        StoreChoice disconnected = StoreChoice.choose(StoreType.KURA_KEYVALUE, null, kuraData, kv, fileDb);
        StoreChoice connected = StoreChoice.choose(StoreType.AUTO, null, kuraData, kv, fileDb);
        assertThat(disconnected).isNotEqualTo(first);
        assertThat(disconnected.sameStore(first)).as("same service, another reason").isTrue();
        assertThat(connected.kind).isEqualTo(StoreChoice.Kind.DB);
    }

    /** Kura applies a new URL to the same service object (H2DbServiceImpl.updated): that is another store. */
    @Test
    void shouldTellTheSameServiceOpeningAnotherDatabaseFromTheSameStore() throws Exception {
        String first = "jdbc:sqlite:" + dir.resolve("first.sqlite");
        DriverManagerDb service = new DriverManagerDb(first);
        KuraStore db = KuraStore.database(service, DB_PID);
        StoreChoice before = choose(StoreType.KURA_DB, null, db, kuraData, null);
        opened.write(java.util.Collections.singletonMap("a", "1"), java.util.Collections.emptySet());

        service.moveTo("jdbc:sqlite:" + dir.resolve("second.sqlite"));
        StoreChoice after = StoreChoice.choose(StoreType.KURA_DB, null, kuraData, null, db);

        assertThat(after.sameStore(before)).isFalse();
        assertThat(after.sameStore(StoreChoice.choose(StoreType.KURA_DB, null, kuraData, null, db))).isTrue();
        assertThat(before.location.toString()).isEqualTo("Kura DB " + DB_PID + " " + first);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> opened.load()))
                .isInstanceOf(StoreMovedException.class).hasMessageContaining("now opens jdbc:sqlite:"
                        + dir.resolve("second.sqlite") + ", not this store's database; nothing was written there");
        assertThat(DriverManagerDb.rows("jdbc:sqlite:" + dir.resolve("second.sqlite"))).isEqualTo(-1);
    }
}
