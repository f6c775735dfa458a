package org.aioschedule.gateway.soak;

import java.time.Duration;
import java.util.List;

/** A configured job of the soak: every {@code period} on the {@link LedgerTask}, with a delivery and a policy. */
public record SoakJob(String id, Duration period, String delivery, String policy) {

    /** The soak's jobs: both deliveries, the three misfire policies, periods of one and two seconds. */
    public static final List<SoakJob> ALL = List.of(
            new SoakJob("soak-alo-all", Duration.ofSeconds(2), "AT_LEAST_ONCE", "RUN_ALL"),
            new SoakJob("soak-alo-once", Duration.ofSeconds(1), "AT_LEAST_ONCE", "RUN_ONCE"),
            new SoakJob("soak-amo-skip", Duration.ofSeconds(1), "AT_MOST_ONCE", "SKIP"),
            new SoakJob("soak-amo-all", Duration.ofSeconds(2), "AT_MOST_ONCE", "RUN_ALL"));

    public boolean atLeastOnce() {
        return delivery.equals("AT_LEAST_ONCE");
    }

    /** The console command that adds it, as the web UI's + dialog does. */
    public String addCommand() {
        return "kura:add org.aioschedule.Job " + id + " task.pid=" + LedgerTask.PID + " \"schedule=every "
                + period.getSeconds() + " seconds\" misfire.policy=" + policy + " delivery=" + delivery
                + " tags=soak-cfg-0";
    }
}
