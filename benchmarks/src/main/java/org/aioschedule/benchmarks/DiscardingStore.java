package org.aioschedule.benchmarks;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;

/** A store that keeps nothing: what the engine alone holds once its writes are done. */
final class DiscardingStore implements JobStore {

    @Override
    public String description() {
        return "discarding (benchmark)";
    }

    @Override
    public boolean isDurable() {
        return false;
    }

    @Override
    public LoadResult load() {
        return new LoadResult(Collections.<String, String>emptyMap(), Collections.<String>emptyList());
    }

    @Override
    public void write(Map<String, String> upserts, Collection<String> deletes) {
        // kept nowhere
    }

    @Override
    public void quarantine(String id, String record, String reason) {
        // kept nowhere
    }

    @Override
    public void close() {
        // nothing held
    }
}
