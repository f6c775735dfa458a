package org.aioschedule;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** How one run of a job ended. */
@ProviderType
public interface RunOutcome {

    Result result();

    Instant start();

    Instant end();

    /** For a failed or timed-out run, what went wrong. */
    Optional<String> error();

    enum Result {
        SUCCEEDED,
        FAILED,
        TIMED_OUT,
        /** Not started: the job was still running and {@code maxInstances} was reached. */
        SKIPPED
    }
}
