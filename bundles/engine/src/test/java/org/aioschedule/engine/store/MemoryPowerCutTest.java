package org.aioschedule.engine.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.engine.testing.ForwardingJobStore;

/** Power cuts inside the commit window on a memory store: what the engine wrote before the cut is what survives. */
class MemoryPowerCutTest extends PowerCutContract {

    private final Map<Path, JobStore> stores = new HashMap<>();

    @Override
    protected JobStore open(Path directory) {
        return stores.computeIfAbsent(directory, d -> new ForwardingJobStore() {
            @Override
            public void close() {
            }
        });
    }

    @Override
    protected int iterations() {
        return 200;
    }
}
