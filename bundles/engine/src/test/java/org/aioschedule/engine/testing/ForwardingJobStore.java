package org.aioschedule.engine.testing;

import java.util.Collection;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;

/** A {@link MemoryJobStore} behind a store whose methods a test overrides to fail, pause or observe. */
public class ForwardingJobStore implements JobStore {

    protected final MemoryJobStore delegate = new MemoryJobStore();

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public boolean isDurable() {
        return false;
    }

    @Override
    public LoadResult load() throws StoreException {
        return delegate.load();
    }

    @Override
    public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        delegate.write(upserts, deletes);
    }

    @Override
    public void quarantine(String id, String record, String reason) throws StoreException {
        delegate.quarantine(id, record, reason);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
