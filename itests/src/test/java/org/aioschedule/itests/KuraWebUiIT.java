package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.ScheduleException;
import org.aioschedule.Scheduler;
import org.eclipse.kura.configuration.ComponentConfiguration;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.configuration.metatype.AD;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * What an operator does in Kura's web UI, through the ConfigurationService calls the web UI makes: open the form of
 * the Scheduler and of a job (getComponentConfiguration: the definition and the values it draws), Apply a new value
 * (updateConfiguration), and Apply a bad one, which Kura does not check. Runs on Kura's composition and on the
 * current one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraWebUiIT extends KuraJobsSupport {

    @After
    public void restoreThreads() throws Exception {
        configurationService.updateConfiguration(SCHEDULER, Collections.singletonMap("executor.threads", 4), false);
    }

    @Test
    public void shouldShowTheFormOfTheSchedulerAndOfAJobWithAValueForEveryAttribute() throws Exception {
        createJob("itest.form", "every 1 hour");

        assertFormIsComplete(SCHEDULER, SCHEDULER);
        assertFormIsComplete("itest.form", FACTORY);
        assertTrue(configurationService.getFactoryComponentPids().contains(FACTORY));
        assertEquals("every 1 hour", form("itest.form").getConfigurationProperties().get("schedule"));
    }

    @Test
    public void shouldGiveTheSchedulerAndAJobTheValueAppliedInTheForm() throws Exception {
        createJob("itest.applied", "every 1 hour");

        configurationService.updateConfiguration("itest.applied", Collections.singletonMap("schedule",
                "every 2 hours"));
        configurationService.updateConfiguration(SCHEDULER, Collections.singletonMap("enabled", false));

        Probe.await(() -> !running(), "the scheduler disabled by Apply");
        assertEquals(false, form(SCHEDULER).getConfigurationProperties().get("enabled"));
        configurationService.updateConfiguration(SCHEDULER, Collections.singletonMap("enabled", true));
        Probe.await(() -> running() && scheduler.job("itest.applied").isPresent(), "the scheduler enabled");
        Probe.await(() -> "every 2 hours".equals(scheduler.job("itest.applied").get().schedule()),
                "job itest.applied with its new schedule");
        assertEquals("every 2 hours", form("itest.applied").getConfigurationProperties().get("schedule"));
    }

    @Test
    public void shouldReportABadValueOfEitherWhileTheOtherJobsRun() throws Exception {
        createJob("itest.steady", "every 1 second");
        Map<String, Object> bad = new HashMap<>();
        bad.put("schedule", "every 1 second");
        bad.put("timeout.seconds", "soon");

        configurationService.updateConfiguration(SCHEDULER, Collections.singletonMap("executor.threads", 0));
        configurationService.createFactoryConfiguration(FACTORY, "itest.odd", bad, false);

        Probe.await(() -> shell("schedule:problems").contains(SCHEDULER + ": invalid executor.threads \"0\""),
                "executor.threads=0 reported");
        Probe.await(() -> shell("schedule:problems").contains("Job itest.odd: invalid timeout.seconds \"soon\""),
                "timeout.seconds=soon reported");
        events.clear();
        events.await("SUCCEEDED", "itest.steady");
        assertFalse(scheduler.job("itest.odd").isPresent());
    }

    private void assertFormIsComplete(String pid, String ocdId) throws Exception {
        ComponentConfiguration form = form(pid);
        assertNotNull("the web UI finds the configuration of " + pid, form.getConfigurationProperties());
        assertNotNull("the web UI finds the definition of " + pid, form.getDefinition());
        assertEquals(ocdId, form.getDefinition().getId());
        assertEquals(pid, form.getConfigurationProperties().get("kura.service.pid"));
        assertFalse(form.getDefinition().getAD().isEmpty());
        for (AD ad : form.getDefinition().getAD()) {
            String declared = ad.getDefault();
            if (declared != null && !declared.isEmpty()) {
                assertNotNull(pid + ": the form shows a value for " + ad.getId(),
                        form.getConfigurationProperties().get(ad.getId()));
            }
        }
    }

    private ComponentConfiguration form(String pid) throws Exception {
        ComponentConfiguration form = configurationService.getComponentConfiguration(pid);
        assertNotNull("Kura tracks " + pid, form);
        return form;
    }

    private void createJob(String name, String schedule) throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, name, Collections.singletonMap("schedule",
                schedule), false);
        Probe.await(() -> running() && scheduler.job(name).isPresent(), "job " + name + " scheduled");
    }

    /** Whether the scheduler runs: a disabled one answers every call with a ScheduleException. */
    private boolean running() {
        try {
            scheduler.jobs();
            return true;
        } catch (ScheduleException e) {
            return false;
        }
    }
}
