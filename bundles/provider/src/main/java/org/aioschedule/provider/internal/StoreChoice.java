package org.aioschedule.provider.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.config.StoreType;

/** Which store the scheduler uses, and why, in words for the log and the shell. */
final class StoreChoice {

    static final String DATA_SUBDIRECTORY = "aioschedule";

    /** {@link StoreType#FILE} or {@link StoreType#MEMORY}: what is used. */
    final StoreType type;
    /** The file store's directory; null for memory. */
    final Path directory;
    final String reason;
    /** True when the reason should be a warning (nothing durable, or a fallback). */
    final boolean warning;

    private StoreChoice(StoreType type, Path directory, String reason, boolean warning) {
        this.type = type;
        this.directory = directory;
        this.reason = reason;
        this.warning = warning;
    }

    /**
     * Chooses the store for {@code options}. {@code kuraDataDirectory} is Kura's durable {@code kura.data}
     * directory (never the bundle data area, which Kura wipes at every start), or null when unknown.
     */
    static StoreChoice select(SchedulerOptions options, String kuraDataDirectory) {
        switch (options.storeType) {
            case MEMORY:
                return new StoreChoice(StoreType.MEMORY, null, "store.type=memory: job state is kept in memory "
                        + "only and is lost at every restart", true);
            case FILE:
                return file(options, kuraDataDirectory, "store.type=file");
            case KURA_KEYVALUE:
            case KURA_DB:
                StoreChoice auto = auto(options, kuraDataDirectory);
                return new StoreChoice(auto.type, auto.directory, "store.type=" + options.storeType.value()
                        + " comes with the Kura DB stores, not in this version; falling back as auto does: "
                        + auto.reason, true);
            default:
                return auto(options, kuraDataDirectory);
        }
    }

    private static StoreChoice auto(SchedulerOptions options, String kuraDataDirectory) {
        return file(options, kuraDataDirectory, "store.type=auto");
    }

    private static StoreChoice file(SchedulerOptions options, String kuraDataDirectory, String why) {
        if (!options.storeFilePath.isEmpty()) {
            Path directory = Paths.get(options.storeFilePath);
            return new StoreChoice(StoreType.FILE, directory, why + ": the file store in " + directory
                    + " (store.file.path)", false);
        }
        if (kuraDataDirectory != null && !kuraDataDirectory.trim().isEmpty()) {
            Path directory = Paths.get(kuraDataDirectory.trim(), DATA_SUBDIRECTORY);
            return new StoreChoice(StoreType.FILE, directory, why + ": the file store in " + directory
                    + " (kura.data)", false);
        }
        return new StoreChoice(StoreType.MEMORY, null, why + ": no durable store (no Kura SystemService, no "
                + "kura.data property, no store.file.path); job state is kept in memory only and is lost at every "
                + "restart; set store.file.path, for example /opt/eclipse/kura/data/aioschedule", true);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoreChoice)) {
            return false;
        }
        StoreChoice other = (StoreChoice) o;
        return type == other.type && Objects.equals(directory, other.directory) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, directory, reason);
    }

    @Override
    public String toString() {
        return reason;
    }
}
