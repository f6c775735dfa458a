package org.aioschedule.engine.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** PLACEHOLDER: replaced by the store work. */
public final class MemoryJobStore implements JobStore {
    private final Map<String, String> records = new LinkedHashMap<>();

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
        return new LoadResult(new LinkedHashMap<>(records), new ArrayList<>());
    }

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) {
        records.putAll(upserts);
        deletes.forEach(records::remove);
    }

    @Override
    public synchronized void quarantine(String id, String record, String reason) {
        records.remove(id);
    }

    @Override
    public void close() {
    }
}
