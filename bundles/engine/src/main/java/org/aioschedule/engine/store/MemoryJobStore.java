package org.aioschedule.engine.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A store that keeps records in memory only: fast, for tests and for gateways that need no persistence. */
public final class MemoryJobStore implements JobStore {

    private final Map<String, String> records = new HashMap<>();
    private final List<String> quarantined = new ArrayList<>();
    private boolean closed;

    @Override
    public String description() {
        return "memory (not durable)";
    }

    @Override
    public boolean isDurable() {
        return false;
    }

    @Override
    public synchronized LoadResult load() {
        checkOpen();
        return new LoadResult(records, Collections.<String>emptyList());
    }

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) {
        checkOpen();
        Batches.check(upserts, deletes);
        Batches.apply(records, upserts, deletes);
    }

    @Override
    public synchronized void quarantine(String id, String record, String reason) {
        checkOpen();
        Objects.requireNonNull(id, "id");
        quarantined.add(id + ": " + reason);
        records.remove(id);
    }

    /** @return "id: reason" of every record quarantined since this store was created */
    public synchronized List<String> quarantined() {
        return new ArrayList<>(quarantined);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed: " + description());
        }
    }
}
