package org.aioschedule.kura.emulator.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.kura.connection.listener.ConnectionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registered connection listeners, notified in order on one thread of their own, never under a caller's lock. */
final class ConnectionListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionListeners.class);

    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier;

    ConnectionListeners(String threadName) {
        this.notifier = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    void add(ConnectionListener listener) {
        this.listeners.add(listener);
    }

    void remove(ConnectionListener listener) {
        this.listeners.remove(listener);
    }

    void dispatchConnected() {
        dispatch(ConnectionListener::connected);
    }

    void dispatchDisconnected() {
        dispatch(ConnectionListener::disconnected);
    }

    /** Delivers what was dispatched, then stops; waits at most {@code timeoutMillis}. */
    void shutdown(long timeoutMillis) {
        this.notifier.shutdown();
        try {
            this.notifier.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(Consumer<ConnectionListener> event) {
        for (ConnectionListener listener : this.listeners) {
            this.notifier.execute(() -> {
                try {
                    event.accept(listener);
                } catch (Throwable t) {
                    LOG.warn("Connection listener {} failed", listener, t);
                }
            });
        }
    }
}
