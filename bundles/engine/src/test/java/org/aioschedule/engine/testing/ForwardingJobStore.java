package org.aioschedule.engine.testing;

import java.util.Collection;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;

/**
 * A store (a {@link MemoryJobStore} unless given) behind a store whose methods a test overrides to fail, pause or
 * observe.
 */
public class ForwardingJobStore implements JobStore {

    protected final JobStore delegate;

    public ForwardingJobStore() {
        this(new MemoryJobStore());
    }

    public ForwardingJobStore(JobStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public boolean isDurable() {
        return delegate.isDurable();
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
