package org.aioschedule.gateway.soak;

/** Where in the gateway's life the soak cuts the power. */
public enum KillPoint {
    /** At a random instant after the JVM starts, mostly before the gateway is up. */
    BOOT,
    /** At a random instant while the jobs run. */
    RUN,
    /** Shortly after a run began: inside the run, or while its end is written to the store. */
    WRITE,
    /** Right after {@code kura:apply org.aioschedule.Scheduler store.type=...} switches the store. */
    SWITCH,
    /** Right after {@code kura:apply} changes a job's configuration. */
    CONFIG
}
