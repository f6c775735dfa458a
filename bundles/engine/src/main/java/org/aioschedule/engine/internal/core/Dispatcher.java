package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one dispatcher thread: runs a pass, writes its batch, launches its runs, then sleeps until the next thing to
 * do (a due job, a timeout, a store retry, or the minute's clock check) unless woken earlier.
 */
final class Dispatcher implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Engine engine;
    private final Dispatch dispatch;
    private final Runners runners;
    private final Condition wakeUp;
    private final Thread thread;
    private boolean woken;

    Dispatcher(Engine engine, Dispatch dispatch, Runners runners) {
        this.engine = engine;
        this.dispatch = dispatch;
        this.runners = runners;
        this.wakeUp = engine.guard.lock.newCondition();
        this.thread = new Thread(this, "aioschedule-dispatcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Under the engine's lock. */
    void wake() {
        woken = true;
        wakeUp.signal();
    }

    @Override
    public void run() {
        while (!engine.isClosed()) {
            try {
                List<Run> started = dispatch.pass();
                engine.writeState();
                runners.launch(started);
                sleep();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                LOG.error("A dispatch pass failed; the dispatcher goes on", e);
                pause();
            }
        }
    }

    private void sleep() throws InterruptedException {
        engine.guard.lock.lock();
        try {
            if (!woken && !engine.isClosed()) {
                long nanos = dispatch.waitNanos();
                if (nanos > 0) {
                    wakeUp.awaitNanos(nanos);
                }
            }
            woken = false;
        } finally {
            engine.guard.lock.unlock();
        }
    }

    private void pause() {
        engine.guard.lock.lock();
        try {
            wakeUp.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            engine.guard.lock.unlock();
        }
    }

    void stopAndJoin(Duration limit) {
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
