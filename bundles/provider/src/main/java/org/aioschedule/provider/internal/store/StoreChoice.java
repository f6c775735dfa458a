package org.aioschedule.provider.internal.store;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.config.StoreType;

/**
 * Which store holds the job state, and why, in one line for the log and {@code schedule:store}: a value, compared to
 * decide whether anything must change.
 * <p>
 * {@code auto} takes the first durable one of: the {@code KeyValueDbService} (if connected), the database of the
 * {@code BaseDbService} (if file-backed), the file store in {@code store.file.path} or else
 * {@code <kura.data>/aioschedule}; when none is, memory, with a warning that says how to fix it. An explicit type
 * whose service is present is used even when it is not durable now, with a warning; one whose service is absent falls
 * back as {@code auto} does, with a warning. {@code file} without a directory and {@code memory} give memory, with a
 * warning. Choosing does no I/O except asking a database service for its URL; {@link #open()} opens the store.
 */
public final class StoreChoice {

    /** What kind of store. */
    public enum Kind {
        KEYVALUE, DB, FILE, MEMORY
    }

    static final String DATA_SUBDIRECTORY = "aioschedule";
    static final String DEFAULT_DB_PID = "org.eclipse.kura.db.H2DbService";
    static final String FIX = "Fix: make the database service %s file-backed (an H2DbService: set db.connector.url "
            + "to a file URL such as jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb; a SQLite service: set "
            + "db.mode=PERSISTED and db.path=/opt/eclipse/kura/data/db/kura.sqlite), or set store.file.path to a "
            + "directory such as /opt/eclipse/kura/data/aioschedule";
    private static final String LOST = "job state is kept in memory only and is lost at every restart";

    public final Kind kind;
    /** The service for {@link Kind#KEYVALUE} and {@link Kind#DB}, else null. */
    public final KuraStore service;
    /** The directory for {@link Kind#FILE}, else null. */
    public final Path directory;
    /** Why, in one line. */
    public final String reason;
    /** Whether the reason is a warning: nothing durable, or not what was asked for. */
    public final boolean warning;
    /** Where the state goes: for a database, the database its service opened when asked. */
    public final StoreLocation location;

    private StoreChoice(Kind kind, KuraStore service, Path directory, String reason, boolean warning,
            StoreLocation location) {
        this.kind = kind;
        this.service = service;
        this.directory = directory;
        this.reason = reason;
        this.warning = warning;
        this.location = location;
    }

    /**
     * @param type              the configured {@code store.type}
     * @param storeFilePath     the configured {@code store.file.path}, empty or null for the default
     * @param kuraDataDirectory Kura's durable {@code kura.data} directory (never the bundle data area), or null
     * @param keyValue          the bound {@code KeyValueDbService}, or null
     * @param db                the bound {@code BaseDbService}, or null
     */
    public static StoreChoice choose(StoreType type, String storeFilePath, String kuraDataDirectory,
            KuraStore keyValue, KuraStore db) {
        Objects.requireNonNull(type, "type");
        Inputs in = new Inputs(storeFilePath, kuraDataDirectory, keyValue, db);
        String why = "store.type=" + type.value();
        switch (type) {
            case KURA_KEYVALUE:
                if (keyValue == null) {
                    return fallBack(why + " but there is no KeyValueDbService", in);
                }
                return explicit(Kind.KEYVALUE, keyValue, why, "writes fail until it connects", null);
            case KURA_DB:
                if (db == null) {
                    return fallBack(why + " but there is no BaseDbService", in);
                }
                return explicit(Kind.DB, db, why, LOST, db.pid());
            case FILE:
                List<String> skipped = new ArrayList<>();
                Path directory = in.fileDirectory(skipped);
                return directory != null ? file(why + ": ", directory, in, false)
                        : memory(why + " but " + skipped.get(0), in);
            case MEMORY:
                return new StoreChoice(Kind.MEMORY, null, null, why + ": " + LOST, true, StoreLocation.MEMORY);
            default:
                return auto(why, in);
        }
    }

    private static StoreChoice explicit(Kind kind, KuraStore service, String why, String consequence, String dbPid) {
        KuraStore.Probe probe = service.probe();
        if (probe.durable) {
            return new StoreChoice(kind, service, null, why + ": " + probe.description, false, probe.location);
        }
        String fix = dbPid == null ? "" : ". " + String.format(FIX, dbPid);
        return new StoreChoice(kind, service, null, why + ": " + probe.description + " " + probe.notDurable + " now: "
                + consequence + fix, true, probe.location);
    }

    private static StoreChoice auto(String why, Inputs in) {
        List<String> skipped = new ArrayList<>();
        if (in.keyValue == null) {
            skipped.add("no KeyValueDbService");
        } else {
            KuraStore.Probe probe = in.keyValue.probe();
            if (probe.durable) {
                return new StoreChoice(Kind.KEYVALUE, in.keyValue, null, why + ": " + probe.description
                        + " (the first durable store)", false, probe.location);
            }
            skipped.add(probe.description + " " + probe.notDurable);
        }
        if (in.db == null) {
            skipped.add("no BaseDbService");
        } else {
            KuraStore.Probe probe = in.db.probe();
            if (probe.durable) {
                return new StoreChoice(Kind.DB, in.db, null, why + ": " + probe.description
                        + " (the first durable store; " + String.join(", ", skipped) + ")", false, probe.location);
            }
            skipped.add(probe.description + " " + probe.notDurable);
        }
        Path directory = in.fileDirectory(skipped);
        if (directory != null) {
            return file(why + ": ", directory, in, false, " (the first durable store; " + String.join(", ", skipped)
                    + ")");
        }
        return memory(why + ": no durable store (" + String.join("; ", skipped) + ")", in);
    }

    private static StoreChoice fallBack(String why, Inputs in) {
        StoreChoice auto = auto("falling back as store.type=auto does", in);
        return new StoreChoice(auto.kind, auto.service, auto.directory, why + "; " + auto.reason, true,
                auto.location);
    }

    private static StoreChoice file(String why, Path directory, Inputs in, boolean warning) {
        return file(why, directory, in, warning, "");
    }

    private static StoreChoice file(String why, Path directory, Inputs in, boolean warning, String more) {
        String source = in.storeFilePath != null ? " (store.file.path)" : " (kura.data)";
        return new StoreChoice(Kind.FILE, null, directory, why + "the file store in " + directory + source + more,
                warning, StoreLocation.file(directory.toAbsolutePath().toString()));
    }

    private static StoreChoice memory(String why, Inputs in) {
        String dbPid = in.db == null ? DEFAULT_DB_PID : in.db.pid();
        return new StoreChoice(Kind.MEMORY, null, null, why + "; " + LOST + ". " + String.format(FIX, dbPid), true,
                StoreLocation.MEMORY);
    }

    /**
     * Opens the chosen store.
     *
     * @throws StoreException if the file store's directory cannot be used
     */
    public JobStore open() throws StoreException {
        switch (kind) {
            case KEYVALUE:
            case DB:
                return service.open(location);
            case FILE:
                return new FileJobStore(directory);
            default:
                return new MemoryJobStore();
        }
    }

    /**
     * Whether {@code other} is the same store (the same service and database, directory, or memory), for any reason:
     * a database service that now opens another database is another store.
     */
    public boolean sameStore(StoreChoice other) {
        return other != null && kind == other.kind && Objects.equals(service, other.service)
                && Objects.equals(directory, other.directory) && location.equals(other.location);
    }

    /** Whether writes are expected to survive a restart. */
    public boolean isDurable() {
        return kind != Kind.MEMORY && !warning;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoreChoice)) {
            return false;
        }
        StoreChoice other = (StoreChoice) o;
        return sameStore(other) && reason.equals(other.reason) && warning == other.warning;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, service, directory, reason);
    }

    @Override
    public String toString() {
        return reason;
    }

    private static final class Inputs {
        final String storeFilePath;
        final String kuraDataDirectory;
        final KuraStore keyValue;
        final KuraStore db;

        Inputs(String storeFilePath, String kuraDataDirectory, KuraStore keyValue, KuraStore db) {
            this.storeFilePath = blankToNull(storeFilePath);
            this.kuraDataDirectory = blankToNull(kuraDataDirectory);
            this.keyValue = keyValue;
            this.db = db;
        }

        Path fileDirectory(List<String> skipped) {
            if (storeFilePath != null) {
                return Paths.get(storeFilePath);
            }
            if (kuraDataDirectory != null) {
                return Paths.get(kuraDataDirectory, DATA_SUBDIRECTORY);
            }
            skipped.add("no store.file.path and no kura.data directory for the file store");
            return null;
        }

        private static String blankToNull(String s) {
            return s == null || s.trim().isEmpty() ? null : s.trim();
        }
    }
}
