package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.aioschedule.Job;
import org.aioschedule.engine.testing.Waits;
import org.aioschedule.provider.internal.store.DriverManagerDb;
import org.osgi.framework.ServiceReference;

/** A gateway with a Kura database service bound as SCR binds it, and two jobs whose state is easy to check. */
final class StoreScenario {

    static final String H2_PID = "org.eclipse.kura.db.H2DbService";

    final Gateway gateway;
    final ServiceReference<?> reference = KuraDbReferencesTest.reference(H2_PID);
    private final SchedulerComponent scheduler;

    StoreScenario(Gateway gateway) {
        this(gateway, gateway.scheduler);
    }

    /** @param gateway null for a scheduler on a running engine (real threads), whose jobs the test defines */
    StoreScenario(Gateway gateway, SchedulerComponent scheduler) {
        this.gateway = gateway;
        this.scheduler = scheduler;
    }

    /** Activates the scheduler with {@code db} bound (or none) and {@code kuraData} as Kura's data directory. */
    StoreScenario activate(Path kuraData, DriverManagerDb db, Object... keyValues) {
        scheduler.setSystemService(SchedulerComponentTest.system(kuraData.toString()));
        if (db != null) {
            scheduler.bindBaseDbService(reference);
        }
        scheduler.activate(KuraDbReferencesTest.context(reference, db),
                Gateway.with(Gateway.schedulerDefaults(), keyValues));
        return this;
    }

    /** The operator applies a new URL to the database service: Kura changes it in place, SCR reports new properties. */
    void applyUrl(DriverManagerDb db, String url) {
        db.moveTo(url);
        scheduler.updatedBaseDbService(reference);
    }

    /** The configured job and the task services, as after every start. */
    void defineJobs() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addTask("org.example.task");
        gateway.addJob(Gateway.job("greeter"));
    }

    /** A configured job and an API job (whose definition lives only in the store) that have run. */
    void jobsHaveRun() {
        defineJobs();
        gateway.scheduler.every(5).seconds().id("api").run("org.example.task");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));
        assertThat(runCounts()).isEqualTo(Map.of("greeter", 1L, "api", 2L));
    }

    Map<String, Long> runCounts() {
        return Map.of("greeter", gateway.scheduler.job("greeter").map(Job::runCount).orElse(-1L),
                "api", gateway.scheduler.job("api").map(Job::runCount).orElse(-1L));
    }

    static String h2File(Path directory, String name) {
        return "jdbc:h2:file:" + directory.resolve("db").resolve(name).toAbsolutePath();
    }

    /** An in-memory H2 database that lives as long as the JVM, as Kura's pool keeps its default one alive. */
    static String h2Memory(String name) {
        return "jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    /** Polls {@code condition} until it holds, for at most {@code limit}. */
    static void await(BooleanSupplier condition, Duration limit) {
        Waits.until(condition, limit, "the scenario's condition");
    }

    /** An executor that runs nothing until the test drains it. */
    static final class Held implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable command) {
            queued.add(command);
        }

        synchronized int size() {
            return queued.size();
        }

        void runAll() {
            Runnable next;
            while ((next = poll()) != null) {
                next.run();
            }
        }

        private synchronized Runnable poll() {
            return queued.poll();
        }
    }
}
