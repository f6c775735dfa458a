package org.aioschedule.benchmarks;

import java.time.Duration;

/**
 * One scheduler in the side-by-side runs. A peer is set up once and then given rounds in turn with the others, so
 * that every peer sees the same machine load; {@link #lateness} builds and tears down a scheduler of its own.
 */
interface Peer extends AutoCloseable {

    /** The name printed in the results, with the store and the settings that matter. */
    String name();

    /**
     * Makes {@code jobs} no-op jobs due at one instant, releases them, and returns the jobs per second from the
     * release to the end of the last run. {@link Runs#expect} is set by the caller.
     */
    double throughputRound(int jobs) throws Exception;

    /**
     * Sets up {@code jobs} jobs every second on the real clock, lets them run through
     * {@link Runs#measureLateness} (each run records its start minus its scheduled time in {@link Runs#lateness()}),
     * tears them down, and returns what was recorded.
     */
    Lateness lateness(int jobs, Duration warmup, Duration measured) throws Exception;

    @Override
    void close() throws Exception;
}
