package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.aioschedule.ScheduleException;
import org.aioschedule.Scheduler;
import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.system.SystemService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The singleton {@code org.aioschedule.Scheduler}: hosts the engine, registers the {@link Scheduler} service, and
 * defines on it the configured jobs and the jobs of task services. The engine is rebuilt only when the options
 * change, and every configured and whiteboard job is then defined again on the new one.
 */
@Component(name = SchedulerOptions.PID, configurationPid = SchedulerOptions.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {Scheduler.class, ConfigurableComponent.class, SchedulerHost.class},
        property = "service.pid=" + SchedulerOptions.PID)
@Designate(ocd = SchedulerConfig.class)
public final class SchedulerComponent extends DelegatingScheduler implements ConfigurableComponent, SchedulerHost {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerComponent.class);

    private final EventPublisher events = new EventPublisher();
    private final ConfigProblems problems = new ConfigProblems(events);
    private final ConfiguredJobs configured = new ConfiguredJobs(problems);
    private final TaskWhiteboard whiteboard = new TaskWhiteboard(problems);
    private final EngineFactory factory;
    private volatile SystemService systemService;
    private volatile SchedulerEngine engine;
    private EngineFactory.Built running;
    private volatile String storeStatus = "none: the scheduler is not active";
    private SchedulerOptions options;
    private StoreChoice choice;

    public SchedulerComponent() {
        this(new EngineFactory());
    }

    SchedulerComponent(EngineFactory factory) {
        this.factory = factory;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    void setSystemService(SystemService service) {
        this.systemService = service;
    }

    void unsetSystemService(SystemService service) {
        this.systemService = null;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        events.setEventAdmin(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        events.unsetEventAdmin(admin);
    }

    @Reference(service = Task.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addTask(Task task, Map<String, Object> properties) {
        whiteboard.add(task, properties, engine);
    }

    synchronized void updatedTask(Task task, Map<String, Object> properties) {
        whiteboard.update(task, properties, engine);
    }

    synchronized void removeTask(Task task, Map<String, Object> properties) {
        whiteboard.remove(task, properties, engine);
    }

    @Activate
    void activate(Map<String, Object> properties) {
        LOG.debug("Activating {}", SchedulerOptions.PID);
        modified(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        SchedulerOptions next = SchedulerOptions.from(properties);
        StoreChoice nextChoice = StoreChoice.select(next, kuraDataDirectory());
        if (next.equals(options) && nextChoice.equals(choice)) {
            LOG.debug("{} updated without changes: the engine keeps running", SchedulerOptions.PID);
            return;
        }
        stopEngine();
        options = next;
        choice = nextChoice;
        List<String> messages = new ArrayList<>(next.problems);
        if (next.enabled) {
            startEngine(messages);
        } else {
            storeStatus = "none: the scheduler is disabled (enabled=false)";
            LOG.info("{} is disabled (enabled=false): no job runs", SchedulerOptions.PID);
        }
        problems.setForComponent(SchedulerOptions.PID, messages);
    }

    @Deactivate
    synchronized void deactivate() {
        LOG.debug("Deactivating {}", SchedulerOptions.PID);
        stopEngine();
        options = null;
        choice = null;
        storeStatus = "none: the scheduler is not active";
    }

    private void startEngine(List<String> messages) {
        try {
            running = factory.build(options, choice, whiteboard::find, events);
        } catch (RuntimeException e) {
            storeStatus = "none: the engine did not start: " + e.getMessage();
            messages.add("Scheduler " + SchedulerOptions.PID + ": the engine did not start: " + e.getMessage());
            LOG.error("{}: the engine did not start; no job runs", SchedulerOptions.PID, e);
            return;
        }
        engine = running.engine;
        storeStatus = choice.reason + "; in use: " + running.store.description;
        if (running.store.problem != null) {
            messages.add(running.store.problem);
        } else if (choice.warning) {
            LOG.warn("Job store: {}", storeStatus);
        } else {
            LOG.info("Job store: {}", storeStatus);
        }
        configured.applyAll(engine);
        whiteboard.applyAll(engine);
        LOG.info("{} started: {}", SchedulerOptions.PID, options);
    }

    private void stopEngine() {
        EngineFactory.Built stopping = running;
        engine = null;
        running = null;
        if (stopping != null) {
            stopping.engine.removeListener(events);
            stopping.close();
        }
    }

    private String kuraDataDirectory() {
        SystemService system = systemService;
        String directory = system == null ? null : system.getKuraDataDirectory();
        return directory != null ? directory : System.getProperty("kura.data");
    }

    @Override
    public SchedulerEngine engine() {
        SchedulerEngine current = engine;
        if (current == null) {
            throw new ScheduleException("The scheduler is not running (" + storeStatus + "); check enabled=true "
                    + "in the configuration of " + SchedulerOptions.PID);
        }
        return current;
    }

    @Override
    public boolean cancel(String jobId) {
        boolean cancelled = engine().cancel(jobId);
        if (cancelled) {
            whiteboard.forget(jobId);
        }
        return cancelled;
    }

    @Override
    public boolean isEnabled() {
        return engine != null;
    }

    @Override
    public synchronized void defineJob(JobOptions job) {
        configured.define(job, engine);
    }

    @Override
    public synchronized void removeJob(String id) {
        configured.remove(id, engine);
    }

    @Override
    public synchronized void releaseJob(String id) {
        configured.release(id, engine);
    }

    @Override
    public void checkClock() {
        SchedulerEngine current = engine;
        if (current != null) {
            current.checkClock();
        }
    }

    @Override
    public List<String> taskPids() {
        return whiteboard.pids();
    }

    @Override
    public String storeStatus() {
        return storeStatus;
    }

    @Override
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems.all());
        SchedulerEngine current = engine;
        if (current != null) {
            all.addAll(current.problems());
        }
        return all;
    }

    @Override
    public synchronized Collection<JobOptions> configuredJobs() {
        return new ArrayList<>(configured.all());
    }
}
