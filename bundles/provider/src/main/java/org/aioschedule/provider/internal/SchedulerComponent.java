package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The singleton {@code org.aioschedule.Scheduler}: DS wiring over one {@link SchedulerRuntime} (options, store choice
 * and status, engine, problems), kept while the options and the chosen store stay the same, else closed and built
 * again as a unit, with every configured and whiteboard job defined on the new engine; a new store first receives the
 * state of the old one. A Kura DB service arriving or leaving changes the choice; so do a bound service's new
 * properties (Kura applies a new URL in place) and a store finding that its connection leads to another database
 * (then on the {@link StoreFollower}'s thread, never in the engine's write path).
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
    private final SchedulerRuntime.Parts parts;
    private volatile SystemService systemService;
    private volatile SchedulerRuntime runtime = SchedulerRuntime.INACTIVE;

    public SchedulerComponent() {
        this(new EngineFactory());
    }

    SchedulerComponent(EngineFactory factory) {
        this(factory, null);
    }

    /** For tests: store re-choices requested from inside a store run on {@code executor} (null: their own thread). */
    SchedulerComponent(EngineFactory factory, Executor executor) {
        StoreFollower follower = executor == null ? new StoreFollower(this::recheckStore)
                : new StoreFollower(this::recheckStore, executor);
        this.stores = new JobStores(follower);
        this.dbServices = stores.services;
        this.parts = new SchedulerRuntime.Parts(stores, factory, events, configured, whiteboard);
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
        reconsiderStoreIf(dbServices.bind(KuraDbServices.KEYVALUE, reference));
    }

    synchronized void unbindKeyValueDbService(ServiceReference<?> reference) {
        reconsiderStoreIf(dbServices.unbind(KuraDbServices.KEYVALUE, reference));
    }

    @Reference(name = KuraDbServices.DB, service = BaseDbService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unbindBaseDbService", updated = "updatedBaseDbService")
    synchronized void bindBaseDbService(ServiceReference<?> reference) {
        reconsiderStoreIf(dbServices.bind(KuraDbServices.DB, reference));
    }

    synchronized void unbindBaseDbService(ServiceReference<?> reference) {
        reconsiderStoreIf(dbServices.unbind(KuraDbServices.DB, reference));
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
        whiteboard.add(task, properties, runtime.engine());
    }

    synchronized void updatedTask(Task task, Map<String, Object> properties) {
        whiteboard.update(task, properties, runtime.engine());
    }

    synchronized void removeTask(Task task, Map<String, Object> properties) {
        whiteboard.remove(task, properties, runtime.engine());
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
        SchedulerRuntime stopping = runtime;
        runtime = SchedulerRuntime.INACTIVE;
        stopping.close();
        stores.close();
    }

    private void reconsiderStoreIf(boolean candidatesChanged) {
        if (candidatesChanged) {
            reconsiderStore();
        }
    }

    private void reconsiderStore() {
        SchedulerRuntime current = runtime;
        if (current.isActive()) {
            apply(current.options);
        }
    }

    /** On the follower's thread: a store found that its database moved. */
    private synchronized void recheckStore() {
        if (runtime.isActive()) {
            LOG.info("The database of the job store changed ({}): choosing the store again", runtime.status);
            reconsiderStore();
        }
    }

    /**
     * Under the lock: keeps the runtime when the options and the store are the same, else closes it and builds the
     * next one (meanwhile {@link #engine()} waits on the lock); then reports the problems of the configuration just
     * applied, also when nothing changed.
     */
    private void apply(SchedulerOptions next) {
        StoreChoice choice = stores.choose(next, systemService);
        SchedulerRuntime current = runtime;
        SchedulerRuntime kept = current.keptFor(next, choice, stores);
        if (kept != null) {
            runtime = kept;
        } else {
            runtime = SchedulerRuntime.INACTIVE;
            current.close();
            runtime = SchedulerRuntime.start(next, choice, parts);
        }
        problems.setForComponent(SchedulerOptions.PID, runtime.problems());
    }

    /** The runtime; without an engine, it waits for a rebuild in progress (which holds this monitor) to end. */
    private SchedulerRuntime settledRuntime() {
        SchedulerRuntime current = runtime;
        if (current.engine() == null) {
            synchronized (this) {
                current = runtime;
            }
        }
        return current;
    }

    /** The running engine; a call during a rebuild waits for the new one. */
    @Override
    public SchedulerEngine engine() {
        SchedulerRuntime current = settledRuntime();
        if (current.engine() == null) {
            throw new ScheduleException("The scheduler is not running (" + current.status + "); check "
                    + "enabled=true in the configuration of " + SchedulerOptions.PID);
        }
        return current.engine();
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
        return runtime.engine() != null;
    }

    @Override
    public synchronized void defineJob(JobOptions job) {
        configured.define(job, runtime.engine());
    }

    @Override
    public synchronized void removeJob(String id) {
        configured.remove(id, runtime.engine());
    }

    @Override
    public synchronized void releaseJob(String id) {
        configured.release(id, runtime.engine());
    }

    @Override
    public void checkClock() {
        Optional.ofNullable(runtime.engine()).ifPresent(SchedulerEngine::checkClock);
    }

    @Override
    public List<String> taskPids() {
        return whiteboard.pids();
    }

    /** Asks the live service: when the database of the store in use moved, waits (bounded) for a new choice. */
    @Override
    public String storeStatus() {
        stores.awaitRechoiceIfMoved();
        return settledRuntime().status + stores.failing();
    }

    @Override
    public Optional<StoreChoice> storeChoice() {
        return Optional.ofNullable(settledRuntime().choice());
    }

    @Override
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems.all());
        all.addAll(stores.problems());
        Optional.ofNullable(runtime.engine()).ifPresent(engine -> all.addAll(engine.problems()));
        return all;
    }

    @Override
    public synchronized Collection<JobOptions> configuredJobs() {
        return new ArrayList<>(configured.all());
    }
}
