package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.aioschedule.Job;
import org.aioschedule.JobState;
import org.aioschedule.Scheduler;
import org.aioschedule.kura.emulator.KuraEmulatorControl;
import org.aioschedule.kura.emulator.metatype.KuraAttribute;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.aioschedule.kura.emulator.metatype.KuraOption;
import org.apache.felix.service.command.CommandProcessor;
import org.eclipse.kura.clock.ClockService;
import org.eclipse.kura.configuration.ConfigurationService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Kura-facing scenarios on Kura's runtime with the emulator: metatype as Kura reads it, the task bundle going and
 * coming back, Kura's clock event, a bad job configuration, and switching the store at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KuraScenariosIT {

    private static final String FACTORY = "org.aioschedule.Job";
    private static final String SCHEDULER = "org.aioschedule.Scheduler";
    private static final String EXAMPLES = "org.aioschedule.examples";
    private static final String EXAMPLE_WHITEBOARD_JOB = "org.aioschedule.examples.job";
    private static final String CLOCK_TOPIC = "org/eclipse/kura/clock";
    private static final long WAIT_MILLIS = 15_000;

    @Rule
    public final FrameworkDiagnostics diagnostics = new FrameworkDiagnostics();

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationService configurationService;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private Scheduler scheduler;

    @Inject
    private CommandProcessor commands;

    @Inject
    private KuraEmulatorControl emulator;

    @Inject
    private ClockService clockService;

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> handler;

    @Configuration
    public Option[] config() {
        return KuraRuntime.composition("scenarios");
    }

    @Before
    public void listen() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, new String[] {"org/aioschedule/job/*", CLOCK_TOPIC});
        handler = context.registerService(EventHandler.class, events::add, properties);
    }

    @After
    public void cleanUp() throws Exception {
        handler.unregister();
        Bundle examples = bundle(EXAMPLES);
        if (examples.getState() != Bundle.ACTIVE) {
            examples.start();
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("store.type", "auto");
        defaults.put("store.file.path", "");
        configurationService.updateConfiguration(SCHEDULER, defaults);
        for (String pid : configurationService.getConfigurableComponentPids()) {
            if (pid.startsWith("itest.")) {
                configurationService.deleteFactoryConfiguration(pid, false);
            }
        }
    }

    @Test
    public void shouldReadEveryAttributeOfBothMetatypesFromTheRunningBundleWithAUsableDefault() throws Exception {
        assertEquals(Bundle.ACTIVE, bundle("org.aioschedule.provider").getState());
        List<String> problems = new ArrayList<>();
        for (String pid : new String[] {SCHEDULER, FACTORY}) {
            Optional<KuraOcd> ocd = emulator.componentOcd(pid);
            assertTrue("Kura's discovery read no OCD for " + pid, ocd.isPresent());
            assertFalse(pid + " has attributes", ocd.get().attributes().isEmpty());
            for (KuraAttribute attribute : ocd.get().attributes()) {
                checkDefault(pid, attribute, problems);
            }
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());

        Dictionary<String, Object> seeded = configAdmin.getConfiguration(SCHEDULER, "?").getProperties();
        for (Map.Entry<String, Object> entry : emulator.componentOcd(SCHEDULER).get().defaults().entrySet()) {
            assertNotNull("seeded " + entry.getKey(), seeded.get(entry.getKey()));
            assertEquals(entry.getKey(), entry.getValue().getClass(), seeded.get(entry.getKey()).getClass());
        }
        configurationService.createFactoryConfiguration(FACTORY, "itest.defaults", new HashMap<>(), false);
        await(() -> scheduler.job("itest.defaults").isPresent(), "a job on the defaults alone is scheduled");
        assertEquals("every 10 seconds", scheduler.job("itest.defaults").get().schedule());
        assertFalse(shell("schedule:problems").contains("itest.defaults"));
    }

    @Test
    public void shouldWaitForTaskWhileTaskBundleIsStoppedAndResumeWhenItStarts() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.greeter", schedule("every 1 second"), false);
        awaitEvent("SUCCEEDED", "itest.greeter", 0);
        assertTrue(shell("schedule:run " + EXAMPLE_WHITEBOARD_JOB).contains("SUCCEEDED"));
        Job whiteboard = scheduler.job(EXAMPLE_WHITEBOARD_JOB).get();

        bundle(EXAMPLES).stop();

        await(() -> scheduler.job("itest.greeter").get().state() == JobState.WAITING_FOR_TASK,
                "itest.greeter waits for its task");
        assertFalse("the whiteboard job goes with its task", scheduler.job(EXAMPLE_WHITEBOARD_JOB).isPresent());
        int seen = events.size();

        bundle(EXAMPLES).start();

        awaitEvent("SUCCEEDED", "itest.greeter", seen);
        await(() -> scheduler.job(EXAMPLE_WHITEBOARD_JOB).isPresent(), "the whiteboard job is back");
        Job back = scheduler.job(EXAMPLE_WHITEBOARD_JOB).get();
        assertEquals("kept its run count", whiteboard.runCount(), back.runCount());
        assertEquals("kept its last run", whiteboard.lastRun(), back.lastRun());
        assertEquals("kept its slot", whiteboard.nextRun(), back.nextRun());
    }

    @Test
    public void shouldPostKuraClockEventThatTheSchedulerHandles() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.ticking", schedule("every 1 second"), false);
        awaitEvent("SUCCEEDED", "itest.ticking", 0);
        assertTrue(providerHandlesClockTopic());

        emulator.syncClock();

        Event clock = awaitEvent(e -> CLOCK_TOPIC.equals(e.getTopic()), 0, "a clock event");
        assertTrue("Kura's ClockEvent has empty properties: " + names(clock),
                names(clock).isEmpty() || (names(clock).size() == 1 && names(clock).contains("event.topics")));
        assertNotNull(clockService.getLastSync());
        awaitEvent("SUCCEEDED", "itest.ticking", events.indexOf(clock) + 1);
        assertEquals(JobState.SCHEDULED, scheduler.job("itest.ticking").get().state());
    }

    @Test
    public void shouldReportUnparseableScheduleAndKeepOtherJobsRunning() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.fortnightly", schedule("every 3 fortnights"),
                false);
        configurationService.createFactoryConfiguration(FACTORY, "itest.steady", schedule("every 1 second"), false);

        Event failed = awaitEvent("FAILED", "itest.fortnightly", 0);
        awaitEvent("SUCCEEDED", "itest.steady", events.indexOf(failed) + 1);

        String error = (String) failed.getProperty("error");
        assertTrue(error, error.contains("every 3 fortnights"));
        assertFalse(scheduler.job("itest.fortnightly").isPresent());
        assertTrue(shell("schedule:problems"), shell("schedule:problems").contains("Job itest.fortnightly:"));
        assertTrue(shell("schedule:list"), shell("schedule:list").contains("itest.steady"));
    }

    @Test
    public void shouldCarryJobStateOverWhenTheStoreIsSwitchedAtRuntime() throws Exception {
        configurationService.createFactoryConfiguration(FACTORY, "itest.counted", schedule("every 1 second"), false);
        await(() -> scheduler.job("itest.counted").map(Job::runCount).orElse(0L) >= 3, "three runs");
        Job before = scheduler.job("itest.counted").get();
        String pathB = Paths.get(System.getProperty("itest.work", "target/itest-work"), "scenarios", "store-b")
                .toAbsolutePath().toString();
        Map<String, Object> switchToB = new HashMap<>();
        switchToB.put("store.type", "file");
        switchToB.put("store.file.path", pathB);

        configurationService.updateConfiguration(SCHEDULER, switchToB);

        await(() -> shell("schedule:store").contains(pathB), "the store in " + pathB);
        await(() -> scheduler.job("itest.counted").isPresent(), "itest.counted on the new store");
        Job after = scheduler.job("itest.counted").get();
        assertTrue("run count " + before.runCount() + " before the switch, " + after.runCount() + " after",
                after.runCount() >= before.runCount());
        assertEquals(before.lastRun().isPresent(), after.lastRun().isPresent());
    }

    private static void checkDefault(String pid, KuraAttribute attribute, List<String> problems) {
        String where = pid + " AD " + attribute.id() + ": ";
        Object value;
        try {
            value = attribute.defaultValue();
        } catch (Exception e) {
            problems.add(where + "default does not convert: " + e.getMessage());
            return;
        }
        if (value == null) {
            if (attribute.required()) {
                problems.add(where + "required, without a default");
            }
            return;
        }
        if (!attribute.options().isEmpty() && attribute.options().stream().map(KuraOption::value)
                .noneMatch(attribute.defaultText()::equals)) {
            problems.add(where + "default " + attribute.defaultText() + " is not one of its options");
        }
        if (value instanceof Number && !within((Number) value, attribute.min(), attribute.max())) {
            problems.add(where + "default " + value + " outside [" + attribute.min() + ", " + attribute.max() + "]");
        }
    }

    private static boolean within(Number value, String min, String max) {
        double v = value.doubleValue();
        return (min == null || v >= Double.parseDouble(min)) && (max == null || v <= Double.parseDouble(max));
    }

    private boolean providerHandlesClockTopic() throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(EventHandler.class.getName(),
                "(event.topics=" + CLOCK_TOPIC + ")");
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                if ("org.aioschedule.provider".equals(ref.getBundle().getSymbolicName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(Event event) {
        List<String> names = new ArrayList<>();
        for (String name : event.getPropertyNames()) {
            names.add(name);
        }
        return names;
    }

    private static Map<String, Object> schedule(String schedule) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("schedule", schedule);
        return properties;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("No bundle " + symbolicName);
    }

    private Event awaitEvent(String result, String jobId, int from) throws InterruptedException {
        return awaitEvent(e -> e.getTopic().equals("org/aioschedule/job/" + result)
                && jobId.equals(e.getProperty("job.id")), from, result + " of " + jobId);
    }

    /** The first event at index {@code from} or later that matches, waiting a bounded time for it. */
    private Event awaitEvent(Predicate<Event> filter, int from, String what) throws InterruptedException {
        Event[] found = new Event[1];
        await(() -> {
            List<Event> seen = new ArrayList<>(events);
            for (int i = from; i < seen.size(); i++) {
                if (filter.test(seen.get(i))) {
                    found[0] = seen.get(i);
                    return true;
                }
            }
            return false;
        }, what);
        return found[0];
    }

    private String shell(String command) {
        return Probe.shell(commands, command);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Probe.await(condition, what, WAIT_MILLIS);
    }
}
