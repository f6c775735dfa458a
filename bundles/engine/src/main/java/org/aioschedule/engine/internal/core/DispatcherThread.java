package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one dispatcher thread: runs a pass, launches its runs (those that need a claim once it is written), writes what
 * is due, then sleeps until the next thing to do (a due job, a timeout, a write due, a store retry, or the minute's
 * clock check) unless woken earlier. Failures and unexpected interrupts are logged and the loop goes on until it is
 * stopped.
 */
final class DispatcherThread implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DispatcherThread.class);
    private static final long PAUSE_AFTER_FAILURE = TimeUnit.SECONDS.toNanos(1);

    private final JobTable table;
    private final DuePass pass;
    private final TaskRuns runs;
    private final Thread thread;
    private volatile boolean stopping;

    DispatcherThread(JobTable table, DuePass pass, TaskRuns runs) {
        this.table = table;
        this.pass = pass;
        this.runs = runs;
        this.thread = new Thread(this, "aioschedule-dispatcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        while (!stopping) {
            try {
                runs.launch(pass.pass());
                table.sleep(pass::waitNanos, () -> stopping);
            } catch (InterruptedException e) {
                if (!stopping) {
                    LOG.warn("The dispatcher was interrupted while it is not stopping; it goes on");
                }
            } catch (Throwable e) {
                LOG.error("A dispatch pass failed; the dispatcher goes on", e);
                table.pause(PAUSE_AFTER_FAILURE);
            }
        }
    }

    /** Under the lock: the loop ends at its next check; the caller wakes it. */
    void stop() {
        stopping = true;
    }

    /** Waits up to {@code limit} for the loop to end, then interrupts it. */
    void join(Duration limit) {
        try {
            thread.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The dispatcher did not stop within {}", limit);
            thread.interrupt();
        }
    }
}
