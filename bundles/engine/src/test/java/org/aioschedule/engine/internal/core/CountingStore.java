package org.aioschedule.engine.internal.core;

import java.util.Collection;
import java.util.Map;

import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.testing.ForwardingJobStore;

/** A memory store that counts the write batches it gets and reads back what was written; closing keeps it. */
final class CountingStore extends ForwardingJobStore {

    volatile long batches;

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        batches++;
        delegate.write(upserts, deletes);
    }

    String record(String id) {
        try {
            return delegate.load().records().get(id);
        } catch (StoreException e) {
            throw new IllegalStateException("a memory store cannot fail to load", e);
        }
    }

    @Override
    public void close() {
    }
}
