package org.aioschedule.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Job;
import org.aioschedule.JobState;
import org.aioschedule.Task;
import org.aioschedule.TaskContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;

/**
 * A task bundle stopped and started over and over (issue 13, misbehaving tasks) on Kura's composition: the example
 * bundle's tasks leave and come back while a healthy job of another bundle runs every second. The healthy job runs
 * every slot (consecutive scheduled times one second apart, none missed or skipped); the configured job of the
 * churned task waits for its task and runs again when it is back; thread count and heap after GC stay within a
 * bound. The lateness before and during the churn is printed for docs/reliability.md, not asserted. CI runs 1,000
 * stop/start cycles ({@code -Daioschedule.churn.cycles=N} for another count).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TaskBundleChurnIT extends KuraJobsSupport {

    private static final String STEADY_TASK = "itest.steady.task";
    private static final String EXAMPLES = "org.aioschedule.examples";
    private static final int CYCLES = Integer.getInteger("aioschedule.churn.cycles", 1_000);
    private static final int EXTRA_THREADS = 8;
    private static final long EXTRA_HEAP = 64L << 20;
    private static final int BASELINE_RUNS = 8;

    private final List<TaskContext> steadyRuns = new CopyOnWriteArrayList<>();
    private ServiceRegistration<Task> steadyTask;

    @Before
    public void registerSteadyTask() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("kura.service.pid", STEADY_TASK);
        steadyTask = context.registerService(Task.class, this::recordSteadyRun, properties);
    }

    @After
    public void unregisterSteadyTask() {
        steadyTask.unregister();
    }

    private CompletionStage<?> recordSteadyRun(TaskContext run) {
        steadyRuns.add(run);
        return null;
    }

    @Test
    public void shouldKeepOtherJobsOnTimeAndWaitForTheTaskWhileItsBundleChurns() throws Exception {
        Bundle examples = bundle(EXAMPLES);
        create("itest.steady", STEADY_TASK);
        create("itest.churned", "org.aioschedule.examples.job");
        events.await("SUCCEEDED", "itest.churned");
        Probe.await(() -> steadyRuns.size() >= 2, "the steady job runs");
        int threadsBefore = threads();
        long heapBefore = heapAfterGc();
        int firstRun = steadyRuns.size();
        Probe.await(() -> steadyRuns.size() >= firstRun + BASELINE_RUNS, "a baseline of steady runs");
        List<Long> before = lateness(firstRun, steadyRuns.size());

        int duringFrom = steadyRuns.size();
        long started = System.nanoTime();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            examples.stop();
            if (cycle == 0 || cycle == CYCLES - 1) {
                Probe.await(() -> scheduler.job("itest.churned").map(Job::state).orElse(null)
                        == JobState.WAITING_FOR_TASK, "the churned job waits for its task");
            }
            examples.start();
        }
        Duration churn = Duration.ofNanos(System.nanoTime() - started);
        List<Long> during = lateness(duringFrom, steadyRuns.size());

        List<Event> churnEvents = events.drain();
        events.await("SUCCEEDED", "itest.churned");
        Job churned = scheduler.job("itest.churned").get();
        assertTrue("the churned job is kept: " + churned.state(), churned.state() != JobState.FINISHED);
        assertEverySlotRan(firstRun, churnEvents);
        Probe.await(() -> threads() <= threadsBefore + EXTRA_THREADS, "threads back near " + threadsBefore);
        int threadsAfter = threads();
        long heapAfter = heapAfterGc();
        System.out.printf("TaskBundleChurnIT: %d stop/start cycles in %d ms; steady job lateness (ms) before: %s; "
                + "during: %s; threads %d -> %d; heap after GC %d -> %d KB%n", CYCLES, churn.toMillis(),
                summary(before), summary(during), threadsBefore, threadsAfter, heapBefore >> 10, heapAfter >> 10);
        assertTrue("threads " + threadsBefore + " -> " + threadsAfter, threadsAfter <= threadsBefore + EXTRA_THREADS);
        assertTrue("heap after GC " + heapBefore + " -> " + heapAfter, heapAfter <= heapBefore + EXTRA_HEAP);
    }

    /** Consecutive scheduled times of the steady job are one second apart, and it was never missed or skipped. */
    private void assertEverySlotRan(int from, List<Event> churnEvents) {
        List<TaskContext> runs = new ArrayList<>(steadyRuns.subList(from, steadyRuns.size()));
        assertTrue("steady runs: " + runs.size(), runs.size() >= BASELINE_RUNS);
        for (int i = 1; i < runs.size(); i++) {
            Instant previous = runs.get(i - 1).scheduledTime();
            assertEquals("steady slot after " + previous, previous.plusSeconds(1), runs.get(i).scheduledTime());
        }
        for (Event event : churnEvents) {
            boolean steady = "itest.steady".equals(event.getProperty("job.id"));
            assertTrue("the steady job: " + event.getTopic(), !steady || !event.getTopic().endsWith("/MISSED")
                    && !event.getTopic().endsWith("/SKIPPED") && !event.getTopic().endsWith("/FAILED"));
        }
    }

    private List<Long> lateness(int from, int to) {
        List<Long> millis = new ArrayList<>();
        for (TaskContext run : steadyRuns.subList(from, to)) {
            millis.add(Duration.between(run.scheduledTime(), run.startTime()).toMillis());
        }
        return millis;
    }

    private static String summary(List<Long> millis) {
        if (millis.isEmpty()) {
            return "no runs";
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.size() + " runs, median " + sorted.get(sorted.size() / 2) + ", max "
                + sorted.get(sorted.size() - 1);
    }

    private void create(String name, String taskPid) throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("task.pid", taskPid);
        properties.put("schedule", "every 1 second");
        configurationService.createFactoryConfiguration(FACTORY, name, properties, false);
        Probe.await(() -> scheduler.job(name).isPresent(), "job " + name + " scheduled");
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("No bundle " + symbolicName);
    }

    private static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
