package org.aioschedule;

/** What happens to runs missed beyond the grace period (device off, task absent, clock jumped forward). */
public enum MisfirePolicy {
    /** Coalesce all missed runs into one run now (the default). */
    RUN_ONCE,
    /** Run none of them; wait for the next slot. */
    SKIP,
    /** Run each missed run, one after another, up to a bound; the rest are reported missed. */
    RUN_ALL
}
