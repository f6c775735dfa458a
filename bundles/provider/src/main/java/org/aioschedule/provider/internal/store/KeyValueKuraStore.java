package org.aioschedule.provider.internal.store;

import org.aioschedule.engine.store.JobStore;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;

/** Kura's {@code KeyValueDbService} as a candidate store: durable while connected. */
final class KeyValueKuraStore implements KuraStore {

    private final KeyValueDbService service;
    private final String pid;

    KeyValueKuraStore(Object service, String pid) {
        this.service = (KeyValueDbService) service;
        this.pid = String.valueOf(pid);
    }

    @Override
    public String kind() {
        return "KeyValueDbService";
    }

    @Override
    public String pid() {
        return pid;
    }

    @Override
    public Probe probe() {
        String description = "Kura KeyValueDbService " + pid;
        boolean connected;
        try {
            connected = service.isConnected();
        } catch (RuntimeException e) {
            connected = false;
        }
        return new Probe(connected, description, connected ? "" : "is not connected", StoreLocation.keyValue(pid));
    }

    @Override
    public JobStore open() {
        return new KeyValueJobStore(service, pid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValueKuraStore && ((KeyValueKuraStore) o).service == service
                && ((KeyValueKuraStore) o).pid.equals(pid);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(service) * 31 + pid.hashCode();
    }

    @Override
    public String toString() {
        return "KeyValueDbService " + pid;
    }
}
