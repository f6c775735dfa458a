package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.aioschedule.itests.GatewayViews.GatewayEvent;
import org.aioschedule.itests.GatewayViews.JobView;
import org.aioschedule.itests.GatewayViews.TaskRun;
import org.junit.Rule;
import org.junit.Test;

/**
 * Kura's reboot (KURA.md, fact 1): the framework storage and ConfigurationAdmin are wiped, configuration comes back
 * only from the newest snapshot, the deployment packages of {@code dpa.properties} are installed again through
 * DeploymentAdmin, and {@code kura.data}
 * (where the file store keeps job state) survives. Jobs continue from their stored state; slots missed while the
 * gateway was off follow each job's misfire policy.
 */
public class KuraRebootIT {

    private static final String JOB_FACTORY = "org.aioschedule.Job";
    private static final String SCHEDULER = "org.aioschedule.Scheduler";
    private static final String GREETING_TASK = "org.aioschedule.examples.job_with_argument";
    private static final String EXAMPLE_WHITEBOARD_JOB = "org.aioschedule.examples.job";

    private KuraGateway gateway;

    @Rule
    public final GatewayRule kura = new GatewayRule();

    @Test
    public void shouldRestoreConfigurationFromSnapshotAndContinueJobsWithTheirStateAfterReboot() throws Exception {
        gateway = kura.startWithPackages("reboot-state", true);
        List<TaskRun> heartbeats = new CopyOnWriteArrayList<>();
        gateway.registerTask("itest.heartbeat", "every 1 second", heartbeats::add);
        gateway.createJob("itest.greeter", job("every 1 second", "RUN_ONCE"), true);
        assertTrue(gateway.shell("schedule:run " + EXAMPLE_WHITEBOARD_JOB).startsWith("Job " + EXAMPLE_WHITEBOARD_JOB
                + " ran: SUCCEEDED"));
        gateway.await(() -> kura.runCount("itest.greeter") >= 4 && heartbeats.size() >= 2,
                "4 greeter runs, 2 heartbeats");
        gateway.createJob("itest.unsaved", job("every 1 hour", "RUN_ONCE"), false);
        gateway.await(() -> kura.job("itest.unsaved") != null, "job itest.unsaved scheduled");
        JobView example = kura.job(EXAMPLE_WHITEBOARD_JOB);
        JobView greeter = kura.job("itest.greeter");

        gateway.reboot();

        gateway.await(() -> kura.job("itest.greeter") != null, "itest.greeter restored from the snapshot");
        assertEquals("reinstalled from dpa.properties through DeploymentAdmin", "osgi-dp:org.aioschedule.provider",
                gateway.bundle("org.aioschedule.provider").getLocation());
        assertEquals("osgi-dp:org.aioschedule.examples", gateway.bundle("org.aioschedule.examples").getLocation());
        assertEquals("a configuration made after the newest snapshot is lost, as on Kura", null,
                kura.job("itest.unsaved"));
        assertTrue(gateway.configuration(SCHEDULER).containsKey("kura.service.pid"));
        JobView exampleAfter = kura.job(EXAMPLE_WHITEBOARD_JOB);
        assertEquals("whiteboard job keeps its run count", example.runCount, exampleAfter.runCount);
        assertEquals("whiteboard job keeps its last run", example.lastRun, exampleAfter.lastRun);
        assertEquals("whiteboard job keeps its slot (no drift, no reset)", example.nextRun, exampleAfter.nextRun);

        gateway.registerTask("itest.heartbeat", "every 1 second", heartbeats::add);
        gateway.await(() -> runs(heartbeats, 2).size() >= 1, "a heartbeat after the reboot");
        TaskRun lastBefore = runs(heartbeats, 1).get(runs(heartbeats, 1).size() - 1);
        TaskRun firstAfter = runs(heartbeats, 2).get(0);
        assertEquals("the first run after the reboot sees the last run before it: " + heartbeats,
                lastBefore.startTime.toEpochMilli(), firstAfter.lastRun.get().toEpochMilli());

        gateway.await(() -> !succeeded("itest.greeter", 2).isEmpty(), "itest.greeter runs after the reboot");
        JobView greeterAfter = kura.job("itest.greeter");
        long runsAfterBoot = succeeded("itest.greeter", 2).size();
        assertTrue("run count continues from the stored " + greeter + ": " + greeterAfter,
                greeterAfter.runCount > greeter.runCount
                        && greeterAfter.runCount <= greeter.runCount + 1 + runsAfterBoot + 1);
    }

    @Test
    public void shouldFollowEachJobsMisfirePolicyForSlotsMissedWhileOff() throws Exception {
        gateway = kura.startWithPackages("reboot-misfire", true);
        Map<String, Object> grace = new HashMap<>();
        grace.put("misfire.grace.seconds", 1);
        gateway.updateConfiguration(SCHEDULER, grace);
        gateway.createJob("itest.once", job("every 1 second", "RUN_ONCE"), true);
        gateway.createJob("itest.skip", job("every 1 second", "SKIP"), true);
        gateway.createJob("itest.all", job("every 1 second", "RUN_ALL"), true);
        gateway.await(() -> kura.runCount("itest.once") >= 2 && kura.runCount("itest.skip") >= 2
                && kura.runCount("itest.all") >= 2, "two runs of each job");

        gateway.reboot(Duration.ofSeconds(5));

        assertEquals(1, gateway.configuration(SCHEDULER).get("misfire.grace.seconds"));
        long bootAt = gateway.bootStartedAt();
        for (String id : new String[] {"itest.once", "itest.skip", "itest.all"}) {
            gateway.await(() -> succeeded(id, 2).stream().anyMatch(e -> e.scheduledTime() >= bootAt + 2_000),
                    id + " runs on its schedule again after the reboot");
        }
        assertEquals("RUN_ONCE: one run for the slots missed while off", 1, runsForSlotsBefore("itest.once", bootAt));
        assertEquals("SKIP: no run for them", 0, runsForSlotsBefore("itest.skip", bootAt));
        assertTrue("RUN_ALL: one run each (5 s off, 1 s interval)", runsForSlotsBefore("itest.all", bootAt) >= 4);
        assertFalse("SKIP reports the missed slots", gateway.events(e -> e.boot == 2 && e.is("MISSED", "itest.skip"))
                .isEmpty());
    }

    private static Map<String, Object> job(String schedule, String misfirePolicy) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("task.pid", GREETING_TASK);
        properties.put("schedule", schedule);
        properties.put("misfire.policy", misfirePolicy);
        return properties;
    }

    private List<GatewayEvent> succeeded(String id, int boot) {
        return gateway.events(e -> e.boot == boot && e.is("SUCCEEDED", id));
    }

    private long runsForSlotsBefore(String id, long bootAt) {
        return succeeded(id, 2).stream().filter(e -> e.scheduledTime() < bootAt).count();
    }

    private static List<TaskRun> runs(List<TaskRun> runs, int boot) {
        return runs.stream().filter(run -> run.boot == boot).collect(Collectors.toList());
    }
}
