package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.aioschedule.Job;
import org.aioschedule.Scheduler;
import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;

/**
 * The bundles on Kura's runtime with the Kura emulator: a Job instance created the way the web UI's "+" dialog does
 * (ConfigurationService.createFactoryConfiguration: defaults merged, kura.service.pid set) runs the example task of
 * another bundle; bad values are reported as FAILED events; the shell shows it all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraFactoryJobIT extends KuraJobsSupport {

    private static final String GREETING_TASK = "org.aioschedule.examples.job_with_argument";
    private static final long WAIT_MILLIS = 15_000;

    @Test
    public void shouldRunOnTheCompositionTheBuildSelected() {
        String[] expected = KuraRuntime.expectedFrameworkAndScr();
        Bundle framework = context.getBundle(0);
        String running = framework.getSymbolicName() + " " + framework.getVersion();
        assertTrue(KuraRuntime.name() + " composition expects " + expected[0] + ", runs " + running,
                running.startsWith(expected[0]));
        String scr = Arrays.stream(context.getBundles())
                .filter(bundle -> "org.apache.felix.scr".equals(bundle.getSymbolicName()))
                .map(bundle -> bundle.getSymbolicName() + " " + bundle.getVersion()).findFirst().orElse("no SCR");
        assertTrue(KuraRuntime.name() + " composition expects " + expected[1] + ", runs " + scr,
                scr.startsWith(expected[1]));
    }

    @Test
    public void shouldRunExampleTaskOfJobCreatedAsTheKuraWebUiDoes() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.greeter",
                Collections.singletonMap("schedule", "every 1 second"), true);

        Event succeeded = events.await("SUCCEEDED", "itest.greeter");

        assertEquals(GREETING_TASK, succeeded.getProperty("task.pid"));
        Job job = scheduler.job("itest.greeter").get();
        assertEquals("MicroPython", job.arguments().get("name"));
        assertTrue(job.runCount() >= 1);
        assertTrue("Kura's ConfigurationService tracks the instance by its kura.service.pid",
                configurationService.getConfigurableComponentPids().contains("itest.greeter"));
        assertTrue(configurationService.getConfigurableComponentPids().contains("org.aioschedule.Scheduler"));
    }

    @Test
    public void shouldReportBadValueAndKeepOtherJobsRunning() throws Exception {
        Map<String, Object> bad = new HashMap<>();
        bad.put("schedule", "every 1 second");
        bad.put("max.instances", "lots");
        configurationService.createFactoryConfiguration(FACTORY, "itest.broken", bad, false);
        configurationService.createFactoryConfiguration(FACTORY, "itest.fine",
                Collections.singletonMap("schedule", "every 1 second"), false);

        Event failed = events.await("FAILED", "itest.broken");
        events.await("SUCCEEDED", "itest.fine");

        assertTrue((String) failed.getProperty("error"),
                ((String) failed.getProperty("error")).contains("max.instances \"lots\""));
        assertFalse(scheduler.job("itest.broken").isPresent());
        assertTrue(shell("schedule:problems").contains("Job itest.broken: invalid max.instances \"lots\""));
    }

    @Test
    public void shouldForgetJobWhenItsConfigurationIsDeleted() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.shortlived",
                Collections.singletonMap("schedule", "every 1 hour"), false);
        await(() -> scheduler.job("itest.shortlived").isPresent(), "job itest.shortlived scheduled");

        configurationService.deleteFactoryConfiguration("itest.shortlived", false);

        await(() -> !scheduler.job("itest.shortlived").isPresent(), "job itest.shortlived removed");
    }

    @Test
    public void shouldAnswerShellCommands() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.listed",
                Collections.singletonMap("schedule", "every 1 hour"), false);
        await(() -> scheduler.job("itest.listed").isPresent(), "job itest.listed scheduled");

        assertTrue(shell("schedule:list").contains("itest.listed"));
        assertTrue(shell("schedule:list example").contains("itest.listed"));
        assertTrue(shell("schedule:info itest.listed").contains("every hour"));
        assertTrue(shell("schedule:run itest.listed").startsWith("Job itest.listed ran: SUCCEEDED"));
        assertTrue(shell("schedule:tasks").contains("org.aioschedule.examples.job"));
        String store = shell("schedule:store");
        assertTrue(store, store.contains("store.type=auto: Kura KeyValueDbService"));
        assertTrue(store, store.contains("(the first durable store)"));
        assertTrue(shell("schedule:list").contains("org.aioschedule.examples.job "));
        assertTrue(shell("schedule:cancel itest.listed").contains("comes from configuration"));
    }

    /** Kura takes a non-String service.pid with toString() and then loses the component (KURA.md, CORRECTED). */
    @Test
    public void shouldRegisterEachConfigurableComponentWithOneStringServicePid() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.typed",
                Collections.singletonMap("schedule", "every 1 hour"), false);
        await(() -> scheduler.job("itest.typed").isPresent(), "job itest.typed scheduled");

        Map<String, Object> servicePids = new HashMap<>();
        for (ServiceReference<?> reference : context.getServiceReferences(
                "org.eclipse.kura.configuration.ConfigurableComponent", null)) {
            Object kuraPid = reference.getProperty("kura.service.pid");
            if ("org.aioschedule.Scheduler".equals(kuraPid) || "itest.typed".equals(kuraPid)) {
                servicePids.put(kuraPid.toString(), reference.getProperty("service.pid"));
            }
        }

        assertEquals("org.aioschedule.Scheduler", servicePids.get("org.aioschedule.Scheduler"));
        Object jobPid = servicePids.get("itest.typed");
        assertTrue("service.pid of a job instance is " + describe(jobPid), jobPid instanceof String);
        assertTrue(jobPid + " is a configuration pid of the factory", ((String) jobPid).startsWith(FACTORY));
    }

    private static String describe(Object value) {
        return value == null ? "absent" : value.getClass().getName() + " " + value;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Probe.await(condition, what, WAIT_MILLIS);
    }
}
