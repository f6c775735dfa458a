package org.aioschedule.provider.internal.store;

import org.aioschedule.engine.store.JobStore;

/**
 * A Kura service that can hold the job store: a {@code KeyValueDbService} or a {@code BaseDbService}, known by its
 * {@code kura.service.pid}.
 * <p>
 * Class-space rule: the Kura DB packages are optional imports (the key-value package exists only on Kura 5.3+), so
 * this interface and its factories mention no Kura type; the implementations, which do, are loaded only when such a
 * service is bound. Two instances are equal when they wrap the same service object under the same pid.
 */
public interface KuraStore {

    /** {@code KeyValueDbService} or {@code BaseDbService}: the name of the DS reference it came through. */
    String kind();

    String pid();

    /** Asks the service now whether what it stores is durable (connected; file-backed); never throws. */
    Probe probe();

    /** A store over the service; opening does no I/O. */
    JobStore open();

    /**
     * A store over the service at {@code location} (as a {@link #probe()} found it): a database store refuses to
     * work on another database than the one it was opened for.
     */
    default JobStore open(StoreLocation location) {
        return open();
    }

    /** A key-value store over {@code service}, which must be a {@code KeyValueDbService}. */
    static KuraStore keyValue(Object service, String pid) {
        return new KeyValueKuraStore(service, pid);
    }

    /** A JDBC store over {@code service}, which must be a {@code BaseDbService}. */
    static KuraStore database(Object service, String pid) {
        return new DbKuraStore(service, pid);
    }

    /** What a {@link #probe()} found. */
    final class Probe {
        /** True when writes would survive a restart now. */
        public final boolean durable;
        /** E.g. {@code Kura DB org.eclipse.kura.db.H2DbService jdbc:h2:mem:kuradb}. */
        public final String description;
        /** Why it is not durable now (e.g. {@code is in memory}, {@code is not connected}); empty when durable. */
        public final String notDurable;
        /** Where the service keeps what it stores now. */
        public final StoreLocation location;

        Probe(boolean durable, String description, String notDurable, StoreLocation location) {
            this.durable = durable;
            this.description = description;
            this.notDurable = notDurable;
            this.location = location;
        }
    }
}
