package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.aioschedule.provider.internal.store.StoreLocationFile;
import org.aioschedule.provider.internal.store.StoreLocator;
import org.aioschedule.provider.internal.store.WatchedStore;
import org.eclipse.kura.system.SystemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler component's store side: the bound Kura DB services, the store in use ({@link StoreSwitch}) and the
 * location file it keeps, the {@link StoreFollower} that chooses again when a store's database moved, and what
 * {@code schedule:problems} says about it. Changes are made under the component's lock; the status of the store in use
 * is kept by the scheduler's runtime.
 */
final class JobStores {

    private static final Logger LOG = LoggerFactory.getLogger(JobStores.class);
    static final String NOT_ACTIVE = "none: the scheduler is not active";
    private static final String PREFIX = "Scheduler " + SchedulerOptions.PID + ": ";
    private static final long RECHOICE_WAIT_SECONDS = 10;

    final KuraDbServices services = new KuraDbServices();
    private final StoreFollower follower;
    private final StoreSwitch stores;
    private volatile WatchedStore watched;
    private volatile String stateProblem;
    private String loggedChoice;

    /** @param follower runs the component's re-choice when a store finds that its database moved */
    JobStores(StoreFollower follower) {
        this.follower = follower;
        this.stores = new StoreSwitch(follower::request);
    }

    /**
     * Chooses the store for {@code options} among the services bound now, in Kura's data directory (from
     * {@code system}, else the {@code kura.data} system property); the location file goes with it.
     */
    StoreChoice choose(SchedulerOptions options, SystemService system) {
        String directory = system == null ? null : system.getKuraDataDirectory();
        String kuraDataDirectory = directory != null ? directory : System.getProperty("kura.data");
        stores.remember(StoreLocationFile.forData(kuraDataDirectory, options.storeFilePath),
                where -> StoreLocator.open(where, services.keyValue(), services.db()));
        return StoreChoice.choose(options.storeType, options.storeFilePath, kuraDataDirectory, services.keyValue(),
                services.db());
    }

    StoreChoice choice() {
        return stores.choice();
    }

    /**
     * Makes {@code choice} the store in use (see {@link StoreSwitch#use}).
     *
     * @return the status: why this store and what is in use
     */
    String use(StoreChoice choice, List<String> messages, boolean enabled) {
        stores.use(choice, messages);
        watched = stores.store();
        stateProblem = stores.stateProblem();
        String text = stores.status();
        StoreChoice chosen = stores.choice();
        if (!chosen.reason.equals(loggedChoice)) {
            loggedChoice = chosen.reason;
            if (chosen.warning) {
                LOG.warn("Job store: {}", text);
            } else {
                LOG.info("Job store: {}", text);
            }
        }
        return enabled ? text : "none: the scheduler is disabled (enabled=false); its store: " + text;
    }

    /** The store in use, for the engine. */
    WatchedStore store() {
        return stores.store();
    }

    /**
     * Asks the service of the store in use where it writes now; when its database moved, waits (bounded) for the
     * store to be chosen again, so that the status read next is what is in use. Never call it holding the
     * component's lock.
     */
    void awaitRechoiceIfMoved() {
        WatchedStore current = watched;
        if (current != null && current.moved() != null) {
            try {
                follower.request().get(RECHOICE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("The store was not chosen again within {} s", RECHOICE_WAIT_SECONDS, e);
            }
        }
    }

    /** Empty while the store in use works, else why and what happens meanwhile. */
    String failing() {
        return StoreSwitch.failing(watched);
    }

    /** State left in a store that cannot be opened now, and a failing store. */
    List<String> problems() {
        List<String> all = new ArrayList<>();
        String left = stateProblem;
        if (left != null) {
            all.add(PREFIX + left);
        }
        WatchedStore current = watched;
        String failing = StoreSwitch.failing(current);
        if (!failing.isEmpty()) {
            all.add(PREFIX + "store " + current.description() + failing);
        }
        return all;
    }

    void close() {
        stores.close();
        services.deactivate();
        watched = null;
        stateProblem = null;
        loggedChoice = null;
    }
}
