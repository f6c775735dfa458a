package org.aioschedule.kura.emulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.kura.configuration.ConfigurableComponent;
import org.eclipse.kura.configuration.ConfigurationService;
import org.eclipse.kura.crypto.CryptoService;
import org.eclipse.kura.db.BaseDbService;
import org.eclipse.kura.db.H2DbService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kura 5.4.1's H2DbService factory ({@code org.eclipse.kura.core.db.H2DbService}, OSGI-INF/h2db.xml) on a real H2
 * database: one instance per factory configuration; a configuration is applied on a single update thread inside
 * {@code updated} without registering the service again; {@link #getConnection()} and {@link #withConnection} first
 * wait for pending updates; {@link #withConnection} runs its task on a pool thread (H2DbServiceImpl's
 * ThreadPoolExecutor with no core threads and an unbounded queue: in effect one task at a time), or on the caller's
 * thread when called from such a task. {@link H2DbHelperEmulator} creates the default instance.
 */
@Component(name = H2DbServiceEmulator.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = { ConfigurableComponent.class, BaseDbService.class, H2DbService.class })
public final class H2DbServiceEmulator extends QuietDbService implements H2DbService, ConfigurableComponent {

    /** The factory PID and DS component name of Kura's H2DbService. */
    public static final String FACTORY_PID = "org.eclipse.kura.core.db.H2DbService";

    private static final Logger LOG = LoggerFactory.getLogger(H2DbServiceEmulator.class);

    private final DbTimers injectedTimers;
    private final AtomicInteger pendingUpdates = new AtomicInteger();
    private final ThreadLocal<Boolean> onTaskThread = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private CryptoService crypto;
    private ScheduledExecutorService updates;
    private ThreadPoolExecutor tasks;
    private H2Instance instance;

    /** As SCR creates it: the periodic tasks run on the update thread. */
    public H2DbServiceEmulator() {
        this(null);
    }

    /** With {@code timers} deciding when the periodic CHECKPOINT and DEFRAG run. */
    H2DbServiceEmulator(DbTimers timers) {
        this.injectedTimers = timers;
    }

    /**
     * Kura's static mandatory reference. A test that builds the component without it gets the emulator's
     * CryptoService with its default key (a convenience: Kura's component would not activate without one).
     */
    @Reference
    void setCryptoService(CryptoService cryptoService) {
        this.crypto = cryptoService;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        String pid = String.valueOf(properties.get(ConfigurationService.KURA_SERVICE_PID));
        CryptoService cryptoService = this.crypto != null ? this.crypto : CryptoServiceEmulator.withDefaultKey();
        this.updates = Executors.newSingleThreadScheduledExecutor(named("H2DbService_" + pid + "_updates"));
        this.tasks = new ThreadPoolExecutor(0, 10, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                taskThreads(pid));
        DbTimers timers = this.injectedTimers != null ? this.injectedTimers : DbTimers.on(this.updates);
        this.instance = new H2Instance(cryptoService, timers);
        updated(properties);
    }

    /** Kura's {@code updated}: queues the configuration for the update thread and returns at once. */
    @Modified
    void updated(Map<String, Object> properties) {
        Map<String, Object> copy = new HashMap<>(properties);
        this.pendingUpdates.incrementAndGet();
        this.updates.submit(() -> {
            try {
                this.instance.update(copy);
                resizeTaskPool(this.instance.options());
            } finally {
                this.pendingUpdates.decrementAndGet();
            }
        });
    }

    @Deactivate
    void deactivate() {
        if (this.updates == null) {
            return;
        }
        this.updates.shutdown();
        awaitQuietly(this.updates);
        this.tasks.shutdown();
        awaitQuietly(this.tasks);
        this.instance.shutdown();
    }

    /** See {@link org.aioschedule.kura.emulator.KuraEmulatorControl#defragDatabase()}. */
    boolean shutdownDefrag() throws SQLException {
        syncWithUpdates();
        return this.instance.defragNow();
    }

    /** The connection pool's maximum, or 0 when the instance is not initialized. */
    int maxConnections() {
        syncWithUpdates();
        return this.instance.maxConnections();
    }

    /** The largest number of threads {@link #withConnection} may use (Kura: the pool size). */
    int maxTaskThreads() {
        syncWithUpdates();
        return this.tasks.getMaximumPoolSize();
    }

    @Override
    public Connection getConnection() throws SQLException {
        syncWithUpdates();
        return this.instance.connection();
    }

    @Override
    public <T> T withConnection(ConnectionCallable<T> task) throws SQLException {
        syncWithUpdates();
        if (Boolean.TRUE.equals(this.onTaskThread.get())) {
            return this.instance.withConnection(task);
        }
        Future<T> result = this.tasks.submit(() -> this.instance.withConnection(task));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException) {
                throw (SQLException) e.getCause();
            }
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e);
        }
    }

    private void syncWithUpdates() {
        if (this.pendingUpdates.get() > 0) {
            try {
                this.updates.submit(() -> {
                }).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void resizeTaskPool(H2DbOptions applied) {
        if (applied != null && applied.poolSize() > 0 && applied.poolSize() != this.tasks.getMaximumPoolSize()) {
            this.tasks.setMaximumPoolSize(applied.poolSize());
        }
    }

    private ThreadFactory taskThreads(String pid) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return r -> {
            Thread thread = defaults.newThread(() -> {
                this.onTaskThread.set(Boolean.TRUE);
                r.run();
            });
            thread.setName("H2DbService_" + pid + "_" + number.getAndIncrement());
            return thread;
        };
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("H2DbService emulator: a task still runs after one minute");
            }
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while waiting for db shutdown");
            Thread.currentThread().interrupt();
        }
    }
}
