package org.aioschedule.provider.internal.store;

import org.aioschedule.engine.store.JobStore;
import org.eclipse.kura.db.BaseDbService;

/** A Kura {@code BaseDbService} (H2, SQLite) as a candidate store: durable when its database is file-backed. */
final class DbKuraStore implements KuraStore {

    private final BaseDbService service;
    private final String pid;

    DbKuraStore(Object service, String pid) {
        this.service = (BaseDbService) service;
        this.pid = String.valueOf(pid);
    }

    @Override
    public String kind() {
        return "BaseDbService";
    }

    @Override
    public String pid() {
        return pid;
    }

    /** Opens one connection to read the database URL. */
    @Override
    public Probe probe() {
        JdbcJobStore store = new JdbcJobStore(service, pid);
        try {
            boolean durable = store.isDurable();
            String why = durable ? "" : store.url() != null ? "is in memory" : "cannot be reached";
            return new Probe(durable, store.description(), why, StoreLocation.database(pid, store.url()));
        } finally {
            store.close();
        }
    }

    @Override
    public JobStore open() {
        return new JdbcJobStore(service, pid);
    }

    @Override
    public JobStore open(StoreLocation location) {
        return new JdbcJobStore(service, pid, location == null ? null : location.url);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DbKuraStore && ((DbKuraStore) o).service == service && ((DbKuraStore) o).pid.equals(pid);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(service) * 31 + pid.hashCode();
    }

    @Override
    public String toString() {
        return "BaseDbService " + pid;
    }
}
