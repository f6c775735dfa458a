package org.aioschedule.provider.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.testing.TestTime;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.osgi.service.component.ComponentConstants;

/**
 * The provider's components wired by hand, as SCR would, around a manual engine on a settable clock; Kura's
 * configurations come from the generated metatype's defaults.
 */
final class Gateway implements AutoCloseable {

    final TestTime time = TestTime.at("2026-11-24T10:00:00Z");
    final RecordingEventAdmin events = new RecordingEventAdmin();
    final SchedulerComponent scheduler;

    Gateway() {
        scheduler = new SchedulerComponent(engines());
        scheduler.setEventAdmin(events);
    }

    /** @param follower where store re-choices requested from inside a store run (a test drains it) */
    Gateway(Executor follower) {
        scheduler = new SchedulerComponent(engines(), follower);
        scheduler.setEventAdmin(events);
    }

    private EngineFactory engines() {
        return new EngineFactory(() -> Schedulers.builder().manual().clock(time).ticker(time));
    }

    static Map<String, Object> schedulerDefaults() {
        return GeneratedDescriptors.kuraDefaults(SchedulerOptions.PID, SchedulerOptions.PID);
    }

    /** A "+" dialog instance: defaults merged, kura.service.pid set, then the given values. */
    static Map<String, Object> job(String name, Object... keyValues) {
        Map<String, Object> properties = GeneratedDescriptors.kuraDefaults(JobOptions.FACTORY_PID, name);
        properties.put("service.factoryPid", JobOptions.FACTORY_PID);
        properties.put("service.pid", JobOptions.FACTORY_PID + ".generated-" + name);
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> properties = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    Gateway start() {
        scheduler.start(schedulerDefaults());
        return this;
    }

    JobComponent addJob(Map<String, Object> properties) {
        JobComponent job = new JobComponent();
        job.setHost(scheduler);
        job.activate(properties);
        return job;
    }

    RecordingTask addTask(String pid, Object... keyValues) {
        RecordingTask task = new RecordingTask();
        scheduler.addTask(task, taskProperties(pid, keyValues));
        return task;
    }

    static Map<String, Object> taskProperties(String pid, Object... keyValues) {
        Map<String, Object> properties = with(new HashMap<>(), keyValues);
        properties.put("component.name", pid);
        properties.put("service.id", (long) pid.hashCode());
        return properties;
    }

    /** Time passes in steps; what is due runs at each step. */
    void runFor(Duration total, Duration step) {
        for (Duration passed = Duration.ZERO; passed.compareTo(total) < 0; passed = passed.plus(step)) {
            time.advance(step);
            scheduler.engine().runPending();
        }
    }

    static void delete(JobComponent job) {
        job.deactivate(ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED);
    }

    static void stopBundle(JobComponent job) {
        job.deactivate(ComponentConstants.DEACTIVATION_REASON_BUNDLE_STOPPED);
    }

    @Override
    public void close() {
        scheduler.deactivate();
    }
}
