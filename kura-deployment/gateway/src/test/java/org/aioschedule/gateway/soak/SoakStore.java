package org.aioschedule.gateway.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A durable store the soak runs on: the console commands that choose it on the first boot, what
 * {@code schedule:store} says while it is in use, and the command that switches to it (and back) mid-soak.
 */
public enum SoakStore {

    FILE("in use: file "),
    H2_FILE("in use: Kura DB org.eclipse.kura.db.H2DbService jdbc:h2:file:"),
    SQLITE_FILE("in use: Kura DB soak.sqlite jdbc:sqlite:file:"),
    KEYVALUE("in use: Kura KeyValueDbService"),
    /** The file store with a commit window of {@value #WINDOW_SECONDS} s ({@code store.commit.seconds}). */
    FILE_COMMIT_WINDOW("in use: file ");

    static final int WINDOW_SECONDS = 3;

    private static final String SCHEDULER = "kura:apply org.aioschedule.Scheduler ";

    /** What {@code schedule:store} says while this store is in use. */
    public final String inUse;

    SoakStore(String inUse) {
        this.inUse = inUse;
    }

    /** The commit window the scheduler runs with on this store. */
    public Duration window() {
        return this == FILE_COMMIT_WINDOW ? Duration.ofSeconds(WINDOW_SECONDS) : Duration.ZERO;
    }

    /** The commands that make this store the one in use, for a gateway whose kura.data is {@code data}. */
    public List<String> setup(Path data) {
        switch (this) {
            case FILE:
                return List.of(SCHEDULER + "store.type=file");
            case FILE_COMMIT_WINDOW:
                return List.of(SCHEDULER + "store.type=file store.commit.seconds=" + WINDOW_SECONDS);
            case H2_FILE:
                return List.of("kura:apply org.eclipse.kura.db.H2DbService db.connector.url=jdbc:h2:file:"
                        + data.resolve("db/kuradb"), SCHEDULER + "store.type=kura.db");
            case SQLITE_FILE:
                return List.of("kura:add org.eclipse.kura.db.SQLiteDbService soak.sqlite db.mode=PERSISTED db.path="
                        + data.resolve("soak.sqlite"), SCHEDULER
                        + "store.type=kura.db \"BaseDbService.target=(kura.service.pid=soak.sqlite)\"");
            default:
                return List.of(SCHEDULER + "store.type=kura.keyvalue");
        }
    }

    /** The command that switches back to this store once it is set up. */
    public String switchBack() {
        return SCHEDULER + "store.type=" + storeType();
    }

    /** The other durable store the soak switches to and back (the file store, or for it the key-value store). */
    public SoakStore other() {
        return this == FILE || this == FILE_COMMIT_WINDOW ? KEYVALUE : FILE;
    }

    private String storeType() {
        switch (this) {
            case FILE:
            case FILE_COMMIT_WINDOW:
                return "file";
            case KEYVALUE:
                return "kura.keyvalue";
            default:
                return "kura.db";
        }
    }
}
