package org.aioschedule.provider.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduler's store re-choice on another thread when a store finds that its database moved: the finding is
 * made inside the engine's write path, where the engine must not be stopped (its writer would wait for itself, and the
 * component's lock may be held by a thread that waits for the writer). Requests made while one is waiting to run share
 * it; at most one thread, which ends when idle.
 */
final class StoreFollower {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFollower.class);

    private final Executor executor;
    private final Runnable recheck;
    private CompletableFuture<Void> pending;

    /** @param recheck chooses the store again (it takes the component's lock) */
    StoreFollower(Runnable recheck) {
        this(recheck, ownThread());
    }

    StoreFollower(Runnable recheck, Executor executor) {
        this.recheck = recheck;
        this.executor = executor;
    }

    /** Asks for a re-choice; returns when it is queued, with what completes when it has run. */
    synchronized CompletableFuture<Void> request() {
        if (pending == null) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending = done;
            executor.execute(() -> run(done));
        }
        return pending;
    }

    private void run(CompletableFuture<Void> done) {
        synchronized (this) {
            pending = null;
        }
        try {
            recheck.run();
            done.complete(null);
        } catch (RuntimeException e) {
            LOG.error("Choosing the job store again failed", e);
            done.completeExceptionally(e);
        }
    }

    private static Executor ownThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "aioschedule-store-follower");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
