package org.aioschedule.provider.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.StoreException;

/** Opens the store at a remembered {@link StoreLocation} again, through the services bound now. */
public final class StoreLocator {

    private StoreLocator() {
    }

    /**
     * @param where    a remembered location
     * @param keyValue the bound {@code KeyValueDbService}, or null
     * @param db       the bound {@code BaseDbService}, or null
     * @return the store there (the caller closes it), or null when nothing there survives a restart
     * @throws StoreException saying why it cannot be opened now
     */
    public static JobStore open(StoreLocation where, KuraStore keyValue, KuraStore db) throws StoreException {
        switch (where.kind) {
            case FILE:
                Path directory = Paths.get(where.name);
                if (!Files.isDirectory(directory)) {
                    throw new StoreException("the directory " + directory + " does not exist now");
                }
                return new FileJobStore(directory);
            case DB:
                check(where, db, "BaseDbService");
                return db.open(where);
            case KEYVALUE:
                check(where, keyValue, "KeyValueDbService");
                return keyValue.open(where);
            default:
                return null;
        }
    }

    private static void check(StoreLocation where, KuraStore service, String kind) throws StoreException {
        if (service == null || !service.pid().equals(where.name)) {
            throw new StoreException("no " + kind + " " + where.name + " is bound now"
                    + (service == null ? "" : " (bound: " + service.pid() + ")"));
        }
        KuraStore.Probe probe = service.probe();
        if (!where.equals(probe.location)) {
            throw new StoreException(probe.location.url == null ? probe.description + " cannot be reached now"
                    : where.name + " now opens " + probe.location.url);
        }
        if (!probe.durable) {
            throw new StoreException(probe.description + " " + probe.notDurable + " now");
        }
    }

    /** What an operator can do so that the state at {@code where} is found again. */
    public static String howToGetBack(StoreLocation where) {
        switch (where.kind) {
            case FILE:
                return "make the directory " + where.name + " available again";
            case DB:
                return "make " + where.name + " open that database again (H2: set its db.connector.url back to "
                        + where.url + "; SQLite: its db.path and db.mode)";
            case KEYVALUE:
                return "bind and connect the KeyValueDbService " + where.name + " again";
            default:
                return "nothing: it was in memory";
        }
    }
}
