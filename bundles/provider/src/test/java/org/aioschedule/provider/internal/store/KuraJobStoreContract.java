package org.aioschedule.provider.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.aioschedule.engine.store.DamageableJobStoreContract;
import org.aioschedule.engine.store.JobStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The engine's store contract for the stores over Kura's services: their service goes through {@link #faults}, and
 * a failed write names Kura. Each test opens its own databases in its own directory, so the classes run in parallel.
 */
@Execution(ExecutionMode.CONCURRENT)
abstract class KuraJobStoreContract extends DamageableJobStoreContract {

    final Faults faults = new Faults();

    @Override
    protected void failAfter(int operations) {
        faults.failAfter(operations);
    }

    @Override
    protected void disarmFaults() {
        faults.disarm();
    }

    @Override
    protected String failedWriteMentions() {
        return "Kura";
    }

    @Test
    void theContractsAwkwardIdsStraddleTheHashedKeyLimit() {
        assertThat(JobStoreContract.PROVIDER_PLAIN_KEY_LIMIT).isEqualTo(StoreText.MAX_PLAIN_KEY);
        assertThat(JobStoreContract.awkwardStrings()).anyMatch(s -> s.length() == StoreText.MAX_PLAIN_KEY)
                .anyMatch(s -> s.length() == StoreText.MAX_PLAIN_KEY + 1);
    }
}
