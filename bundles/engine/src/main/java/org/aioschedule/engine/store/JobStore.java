package org.aioschedule.engine.store;

import java.util.Collection;
import java.util.Map;

/** Where the engine keeps job records (opaque strings keyed by job id). PLACEHOLDER: replaced by the store work. */
public interface JobStore extends AutoCloseable {
    String description();

    boolean isDurable();

    LoadResult load() throws StoreException;

    void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException;

    void quarantine(String id, String record, String reason) throws StoreException;

    @Override
    void close();
}
