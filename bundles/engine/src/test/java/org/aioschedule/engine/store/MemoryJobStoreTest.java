package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MemoryJobStoreTest extends JobStoreContract {

    @Override
    protected JobStore open() {
        return new MemoryJobStore();
    }

    @Override
    protected JobStore reopen(JobStore current) {
        return current;
    }

    @Override
    protected boolean expectDurable() {
        return false;
    }

    @Test
    void isNotDurableAndRemembersQuarantineReasons() throws StoreException {
        MemoryJobStore memory = (MemoryJobStore) store;
        assertThat(memory.isDurable()).isFalse();
        memory.write(Map.of("a", "1"), List.of());
        memory.quarantine("a", "1", "bad");
        assertThat(memory.quarantined()).containsExactly("a: bad");
    }
}
