package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.aioschedule.ScheduleException;
import org.aioschedule.Scheduler;
import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.store.KuraStore;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.db.BaseDbService;
import org.eclipse.kura.db.keyvalue.KeyValueDbService;
import org.eclipse.kura.system.SystemService;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
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
 * defines on it the configured jobs and the jobs of task services. The engine is rebuilt only when the options or
 * the chosen store change (a Kura DB service arriving or leaving changes the choice), and every configured and
 * whiteboard job is then defined again on the new one; a new store first receives the state of the old one.
 * <p>
 * The store follows the database service it uses: a Kura DB service applies a new URL without registering again, so
 * the choice is made again when the bound service's properties change, and when the store finds that a connection
 * leads to another database (then on the {@link StoreFollower}'s thread, never in the engine's write path).
 * <p>
 * Class-space rule: the Kura DB packages are optional imports, so no method or field here has a Kura DB type; their
 * references are bound as {@link ServiceReference}s and typed only when such a service is present.
 */
@Component(name = SchedulerOptions.PID, configurationPid = SchedulerOptions.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {Scheduler.class, ConfigurableComponent.class, SchedulerHost.class})
@Designate(ocd = SchedulerConfig.class)
public final class SchedulerComponent extends DelegatingScheduler implements ConfigurableComponent, SchedulerHost {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerComponent.class);

    private final EventPublisher events = new EventPublisher();
    private final ConfigProblems problems = new ConfigProblems(events);
    private final ConfiguredJobs configured = new ConfiguredJobs(problems);
    private final TaskWhiteboard whiteboard = new TaskWhiteboard(problems);
    private final JobStores stores;
    private final KuraDbServices dbServices;
    private final EngineFactory factory;
    private volatile SystemService systemService;
    private volatile SchedulerEngine engine;
    private SchedulerOptions options;
    private List<String> runtimeProblems = new ArrayList<>();

    public SchedulerComponent() {
        this(new EngineFactory());
    }

    SchedulerComponent(EngineFactory factory) {
        this.factory = factory;
        this.stores = new JobStores(new StoreFollower(this::recheckStore));
        this.dbServices = stores.services;
    }

    /** For tests: store re-choices requested from inside a store run on {@code executor}. */
    SchedulerComponent(EngineFactory factory, Executor executor) {
        this.factory = factory;
        this.stores = new JobStores(new StoreFollower(this::recheckStore, executor));
        this.dbServices = stores.services;
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

    @Reference(name = KuraDbServices.KEYVALUE, service = KeyValueDbService.class,
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindKeyValueDbService")
    synchronized void bindKeyValueDbService(ServiceReference<?> reference) {
        if (dbServices.bind(KuraDbServices.KEYVALUE, reference)) {
            reconsiderStore();
        }
    }

    synchronized void unbindKeyValueDbService(ServiceReference<?> reference) {
        if (dbServices.unbind(KuraDbServices.KEYVALUE, reference)) {
            reconsiderStore();
        }
    }

    @Reference(name = KuraDbServices.DB, service = BaseDbService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unbindBaseDbService", updated = "updatedBaseDbService")
    synchronized void bindBaseDbService(ServiceReference<?> reference) {
        if (dbServices.bind(KuraDbServices.DB, reference)) {
            reconsiderStore();
        }
    }

    synchronized void unbindBaseDbService(ServiceReference<?> reference) {
        if (dbServices.unbind(KuraDbServices.DB, reference)) {
            reconsiderStore();
        }
    }

    /** Kura's H2 and SQLite services apply a new configuration (a new URL) in place: only their properties change. */
    synchronized void updatedBaseDbService(ServiceReference<?> reference) {
        if (dbServices.isBound(KuraDbServices.DB, reference)) {
            LOG.debug("The properties of the bound BaseDbService changed: choosing the job store again");
            reconsiderStore();
        }
    }

    /** For tests: a Kura DB service ({@code KuraDbServices.KEYVALUE} or {@code DB}) arrives, or leaves (null). */
    synchronized void setKuraStore(String name, KuraStore store) {
        dbServices.set(name, store);
        reconsiderStore();
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

    /** The only method named activate: SCR would prefer an activate(Map) to this one and never set the locator. */
    @Activate
    synchronized void activate(ComponentContext context, Map<String, Object> properties) {
        dbServices.activate((name, reference) -> context.locateService(name, reference));
        start(properties);
    }

    /** Activation without a component context, as in unit tests: the Kura DB services come through setKuraStore. */
    synchronized void start(Map<String, Object> properties) {
        LOG.debug("Activating {}", SchedulerOptions.PID);
        modified(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        apply(SchedulerOptions.from(properties));
    }

    @Deactivate
    synchronized void deactivate() {
        LOG.debug("Deactivating {}", SchedulerOptions.PID);
        stopEngine();
        stores.close();
        options = null;
        runtimeProblems = new ArrayList<>();
    }

    private void reconsiderStore() {
        if (options != null) {
            apply(options);
        }
    }

    /** On the follower's thread: a store found that its database moved. */
    private synchronized void recheckStore() {
        if (options != null) {
            LOG.info("The database of the job store changed ({}): choosing the store again", stores.cachedStatus());
            apply(options);
        }
    }

    /** Under the lock: rebuilds the engine when the options or the store changed, else only updates the status. */
    private void apply(SchedulerOptions next) {
        StoreChoice choice = stores.choose(next, kuraDataDirectory());
        boolean sameOptions = next.equals(options);
        options = next;
        if (sameOptions && choice.equals(stores.choice())) {
            LOG.debug("{} updated without changes: the engine keeps running", SchedulerOptions.PID);
        } else if (sameOptions && choice.sameStore(stores.choice())) {
            stores.use(choice, new ArrayList<>(), next.enabled);
        } else {
            stopEngine();
            runtimeProblems = new ArrayList<>();
            stores.use(choice, runtimeProblems, next.enabled);
            if (next.enabled) {
                startEngine(runtimeProblems);
            } else {
                LOG.info("{} is disabled (enabled=false): no job runs", SchedulerOptions.PID);
            }
        }
        reportProblems();
    }

    /**
     * Reports the bad values of the configuration just applied (also those whose fallback equals the value in use),
     * then what went wrong when the store and the engine were last built.
     */
    private void reportProblems() {
        List<String> messages = new ArrayList<>(options.problems);
        messages.addAll(runtimeProblems);
        problems.setForComponent(SchedulerOptions.PID, messages);
    }

    private void startEngine(List<String> messages) {
        try {
            engine = factory.build(options, stores.store(), whiteboard::find, events);
        } catch (RuntimeException e) {
            stores.engineFailed(e.getMessage());
            messages.add("Scheduler " + SchedulerOptions.PID + ": the engine did not start: " + e.getMessage());
            LOG.error("{}: the engine did not start; no job runs", SchedulerOptions.PID, e);
            return;
        }
        configured.applyAll(engine);
        whiteboard.applyAll(engine);
        LOG.info("{} started: {}", SchedulerOptions.PID, options);
    }

    /** Writes what the engine has not written yet (a new store gets it), then stops it; the store stays open. */
    private void stopEngine() {
        SchedulerEngine stopping = engine;
        engine = null;
        if (stopping != null) {
            try {
                stopping.flush();
            } catch (ScheduleException e) {
                LOG.debug("Final write before the engine stops failed", e);
            }
            stopping.removeListener(events);
            stopping.close();
        }
    }

    private String kuraDataDirectory() {
        SystemService system = systemService;
        String directory = system == null ? null : system.getKuraDataDirectory();
        return directory != null ? directory : System.getProperty("kura.data");
    }

    /** The running engine; a call during a rebuild (it holds this component's monitor) waits for the new one. */
    @Override
    public SchedulerEngine engine() {
        SchedulerEngine current = engine;
        if (current == null) {
            synchronized (this) {
                current = engine;
            }
        }
        if (current == null) {
            throw new ScheduleException("The scheduler is not running (" + stores.cachedStatus() + "); check "
                    + "enabled=true in the configuration of " + SchedulerOptions.PID);
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

    /** Asks the live service: when the database of the store in use moved, waits (bounded) for a new choice. */
    @Override
    public String storeStatus() {
        return stores.liveStatus();
    }

    @Override
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems.all());
        all.addAll(stores.problems());
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
