package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;

/**
 * What operators do to a Kura gateway over its life, followed by reboots: upgrading the {@code org.aioschedule}
 * package in place through DeploymentAdmin, then Apply on a job in the web UI; and the persistence recipe (make the
 * H2 instance file-backed through its configuration), then back to memory. Read back as Kura's web UI reads it
 * (getComponentConfiguration) and as the shell shows it.
 */
public class KuraLifecycleIT {

    private static final String H2_PID = "org.eclipse.kura.db.H2DbService";
    private static final String GREETING_TASK = "org.aioschedule.examples.job_with_argument";

    private KuraGateway gateway;

    @Rule
    public final GatewayRule kura = new GatewayRule();

    @Test
    public void shouldKeepAJobAndItsStateThroughAPackageUpgradeAnApplyAndAReboot() throws Exception {
        gateway = kura.startWithPackages("upgrade", true);
        gateway.createJob("itest.kept", jobProperties("every 1 second"), true);
        gateway.await(() -> kura.runCount("itest.kept") >= 2, "two runs of itest.kept");
        Path upgrade = PackageUpgrade.write(bundles().resolve("org.aioschedule.dp"),
                gateway.home().resolve("release/org.aioschedule.dp"), "0.2.0", "org.aioschedule.provider", "0.1.1");

        gateway.deploy(upgrade);

        assertEquals("0.1.1", gateway.bundle("org.aioschedule.provider").getVersion().toString());
        gateway.await(() -> kura.job("itest.kept") != null, "itest.kept back after the upgrade");
        gateway.updateConfiguration("itest.kept", Collections.singletonMap("schedule", "every 2 seconds"));
        gateway.await(() -> kura.job("itest.kept") != null && "every 2 seconds".equals(kura.job("itest.kept").schedule),
                "the new schedule applied to itest.kept after the upgrade");
        assertEquals("every 2 seconds", webUiValue("itest.kept", "schedule"));
        long runsBefore = kura.runCount("itest.kept");

        gateway.reboot();

        gateway.await(() -> kura.job("itest.kept") != null, "itest.kept restored after the reboot");
        assertEquals("0.1.1", gateway.bundle("org.aioschedule.provider").getVersion().toString());
        assertEquals("every 2 seconds", kura.job("itest.kept").schedule);
        assertEquals("every 2 seconds", webUiValue("itest.kept", "schedule"));
        assertTrue("run count continues from " + runsBefore + ": " + kura.job("itest.kept"),
                kura.job("itest.kept").runCount >= runsBefore);
    }

    @Test
    public void shouldCarryTheStateIntoTheH2FileMadeDurableAndWarnWhenItGoesBackToMemory() throws Exception {
        gateway = kura.startWithPackages("h2-recipe", false);
        gateway.createJob("itest.counted", jobProperties("every 1 second"), true);
        gateway.await(() -> kura.runCount("itest.counted") >= 3, "three runs of itest.counted in the file store");
        assertTrue(gateway.shell("schedule:store"), gateway.shell("schedule:store").contains("the file store"));
        String fileUrl = "jdbc:h2:file:" + gateway.dataDirectory().resolve("db/kuradb");

        gateway.updateConfiguration(H2_PID, Collections.singletonMap("db.connector.url", fileUrl));

        gateway.await(() -> inUse().contains(fileUrl), "the store follows the H2 instance to its file: " + store());
        assertTrue(store(), store().contains("carried over from file"));
        long runsBefore = kura.runCount("itest.counted");
        assertTrue("the state was carried over: " + kura.job("itest.counted"), runsBefore >= 3);
        gateway.reboot();
        gateway.await(() -> kura.job("itest.counted") != null, "itest.counted after the reboot");
        gateway.await(() -> inUse().contains(fileUrl), "the H2 file chosen again at boot: " + store());
        assertTrue("the state carries on: " + kura.job("itest.counted"),
                kura.job("itest.counted").runCount >= runsBefore);

        gateway.updateConfiguration(H2_PID, Collections.singletonMap("db.connector.url", "jdbc:h2:mem:kuradb"));

        gateway.await(() -> inUse().startsWith("file "), "auto moves the state to the file store: " + store());
        long runsInMemoryMove = kura.runCount("itest.counted");
        assertTrue("the state was carried over: " + kura.job("itest.counted"), runsInMemoryMove >= runsBefore);
        gateway.await(() -> kura.runCount("itest.counted") > runsInMemoryMove, "itest.counted runs on");
        gateway.updateConfiguration("org.aioschedule.Scheduler", Collections.singletonMap("store.type", "kura.db"));
        gateway.await(() -> store().contains("jdbc:h2:mem:kuradb is in memory now"),
                "store.type=kura.db on the database in memory: schedule:store warns: " + store());
    }

    /** What {@code schedule:store} says is in use now, without why or from where. */
    private String inUse() {
        String text = store();
        int start = text.indexOf("; in use: ");
        if (start < 0) {
            return "";
        }
        String rest = text.substring(start + "; in use: ".length());
        int end = rest.indexOf("; ");
        return end < 0 ? rest : rest.substring(0, end);
    }

    private String store() {
        try {
            return gateway.shell("schedule:store");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value the web UI shows for {@code key} in the form of {@code pid}. */
    private Object webUiValue(String pid, String key) throws InterruptedException {
        Object form = Reflect.call(gateway.configurationService(), "getComponentConfiguration", pid);
        Map<?, ?> properties = (Map<?, ?>) Reflect.call(form, "getConfigurationProperties");
        return properties == null ? null : properties.get(key);
    }

    private static Path bundles() {
        return Paths.get(System.getProperty("itest.bundles", "target/bundles"));
    }

    private static Map<String, Object> jobProperties(String schedule) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("task.pid", GREETING_TASK);
        properties.put("schedule", schedule);
        return properties;
    }

}
