package org.aioschedule;

/** What a run cut short by power loss or a crash means. */
public enum Delivery {
    /** The run is repeated, once, after restart (the default). */
    AT_LEAST_ONCE,
    /** The slot is claimed durably before the task starts; a cut run is not repeated. */
    AT_MOST_ONCE
}
