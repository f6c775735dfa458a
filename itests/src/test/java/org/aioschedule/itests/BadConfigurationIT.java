package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;
import org.eclipse.kura.KuraException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.LogService;

/**
 * Generated bad values for the ADs of both components sent through the emulated ConfigurationService on Kura's
 * composition, unchecked as Kura's REST and MQTT send them (Kura 5.4.1's ConfigurationServiceImpl
 * .updateConfiguration does not validate a third-party component: KURA.md, fact 15): each one the component takes
 * or names in schedule:problems; no framework ERROR event, no error from SCR or aioschedule, no component failing to
 * activate; a healthy job of another bundle runs on. The one error SCR logs itself: a bad {@code *.target} filter,
 * which SCR reads from the configuration before the component sees it (counted and printed, and named by the
 * component in schedule:problems too). Values ConfigAdmin itself refuses (as it would on Kura) are counted apart.
 * CI sends 16 values from seed 20261206 ({@code -Daioschedule.badinput.itest.values=N} and
 * {@code -Daioschedule.badinput.seed=S} for others).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadConfigurationIT extends KuraJobsSupport {

    private static final int VALUES = Integer.getInteger("aioschedule.badinput.itest.values", 16);
    private static final long SEED = Long.getLong("aioschedule.badinput.seed", 20261206L);
    private static final long PROBLEM_WAIT_MILLIS = 3_000;
    private static final List<String> SCHEDULER_KEYS = Arrays.asList("enabled", "store.type",
            "KeyValueDbService.target", "BaseDbService.target", "store.file.path", "misfire.policy",
            "misfire.grace.seconds", "delivery", "executor.threads", "task.timeout.seconds", "timezone",
            "waiting.retention.days");
    private static final List<String> JOB_KEYS = Arrays.asList("enabled", "task.pid", "schedule", "arguments", "tags",
            "misfire.policy", "delivery", "timeout.seconds", "max.instances");

    private final List<TaskContext> steadyRuns = new CopyOnWriteArrayList<>();
    private final List<String> frameworkErrors = new CopyOnWriteArrayList<>();
    private final List<String> logErrors = new CopyOnWriteArrayList<>();
    private final List<String> scrTargetErrors = new CopyOnWriteArrayList<>();
    private final FrameworkListener frameworkListener = this::frameworkEvent;
    private final LogListener logListener = this::logEntry;
    private ServiceRegistration<Task> steadyTask;
    private Map<String, Object> schedulerDefaults;

    @Before
    public void watch() throws Exception {
        context.addFrameworkListener(frameworkListener);
        logReader().addLogListener(logListener);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("kura.service.pid", "itest.steady.task");
        steadyTask = context.registerService(Task.class, run -> {
            steadyRuns.add(run);
            return null;
        }, properties);
        schedulerDefaults = new HashMap<>(configurationService.getComponentConfiguration(SCHEDULER)
                .getConfigurationProperties());
    }

    @After
    public void unwatch() throws Exception {
        configurationService.updateConfiguration(SCHEDULER, schedulerDefaults, false);
        steadyTask.unregister();
        logReader().removeLogListener(logListener);
        context.removeFrameworkListener(frameworkListener);
    }

    @Test
    public void shouldNameEveryBadValueWhileAHealthyJobRunsOn() throws Exception {
        create("itest.steady", "task.pid", "itest.steady.task", "schedule", "every 1 second");
        Probe.await(() -> steadyRuns.size() >= 2, "the steady job runs");
        Random random = new Random(SEED);
        int named = 0;
        int refused = 0;
        for (int i = 0; i < VALUES; i++) {
            boolean toScheduler = random.nextBoolean();
            String key = pick(random, toScheduler ? SCHEDULER_KEYS : JOB_KEYS);
            Object value = ItestBadValues.value(random, key);
            String what = "seed " + SEED + " value " + i + ": " + (toScheduler ? "Scheduler " : "Job ") + key + " = "
                    + ItestBadValues.shown(value);
            try {
                send(toScheduler, "itest.odd" + i, key, value);
            } catch (KuraException e) {
                refused++;
                continue;
            }
            named += named(toScheduler ? "Scheduler " + SCHEDULER : "Job itest.odd" + i, key, what) ? 1 : 0;
            int runs = steadyRuns.size();
            Probe.await(() -> steadyRuns.size() > runs, what + ": the steady job runs on");
        }
        System.out.printf("BadConfigurationIT: seed %d, %d values: %d named, %d taken, %d refused by ConfigAdmin; "
                + "SCR's own errors for a bad .target filter: %d%n", SEED, VALUES, named, VALUES - named - refused,
                refused, scrTargetErrors.size());
        assertEquals("framework ERROR events", Collections.emptyList(), frameworkErrors);
        assertEquals("errors logged by SCR or aioschedule bundles", Collections.emptyList(), logErrors);
        assertEquals("components that failed to activate", Collections.emptyList(), failedComponents());
        assertTrue("some values were named", named > 0);
    }

    private void send(boolean toScheduler, String jobName, String key, Object value) throws Exception {
        if (toScheduler) {
            Map<String, Object> properties = new HashMap<>(schedulerDefaults);
            properties.put(key, value);
            configurationService.updateConfiguration(SCHEDULER, properties, false);
        } else {
            create(jobName, "schedule", "every 1 hour", key, value);
        }
    }

    /** Waits (bounded) for the problem naming the key; false when none came, that is the value was taken. */
    private boolean named(String owner, String key, String what) throws InterruptedException {
        String expected = owner + ": invalid " + key + " \"";
        long deadline = System.currentTimeMillis() + PROBLEM_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            String problems = shell("schedule:problems");
            for (String line : problems.split("\n")) {
                if (line.contains(expected)) {
                    assertTrue(what + ": " + line, line.contains("example") && line.length() < 2_000);
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    private void create(String name, Object... keyValues) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        configurationService.createFactoryConfiguration(FACTORY, name, properties, false);
    }

    private List<String> failedComponents() {
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(
                ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = context.getService(reference);
        List<String> failed = new ArrayList<>();
        for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(component)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failed.add(component.name + " " + configuration.properties.get("kura.service.pid"));
                }
            }
        }
        context.ungetService(reference);
        return failed;
    }

    private LogReaderService logReader() {
        return context.getService(context.getServiceReference(LogReaderService.class));
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR) {
            frameworkErrors.add(event.getBundle().getSymbolicName() + ": " + event.getThrowable());
        }
    }

    @SuppressWarnings("deprecation")
    private void logEntry(LogEntry entry) {
        String bundle = entry.getBundle() == null ? "" : String.valueOf(entry.getBundle().getSymbolicName());
        if (entry.getLevel() != LogService.LOG_ERROR || !bundle.startsWith("org.aioschedule")
                && !bundle.equals("org.apache.felix.scr")) {
            return;
        }
        String text = ItestBadValues.shown(bundle + ": " + entry.getMessage() + " " + entry.getException());
        if (String.valueOf(entry.getMessage()).contains("Invalid syntax in target property")) {
            scrTargetErrors.add(text);
        } else {
            logErrors.add(text);
        }
    }

    private static String pick(Random random, List<String> keys) {
        return keys.get(random.nextInt(keys.size()));
    }
}
