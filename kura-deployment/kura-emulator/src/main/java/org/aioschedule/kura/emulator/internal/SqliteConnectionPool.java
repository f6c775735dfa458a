package org.aioschedule.kura.emulator.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of Kura 5.4.1's SQLite provider (ConnectionPoolManager over HikariCP 2.7.9), modelled: at most
 * {@code max} connections, kept open while idle (idle and life timeouts 0); a caller waits at most the connection
 * timeout (30 s in Kura) for a free one; {@link #withExclusiveConnection} suspends the pool, waits WITHOUT a timeout
 * until every connection handed out is returned, runs its task on a connection of its own, then resumes the pool;
 * callers arriving while it is suspended wait for the resume.
 */
final class SqliteConnectionPool {

    static final long KURA_CONNECTION_TIMEOUT_MILLIS = 30_000L;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteConnectionPool.class);

    private final DataSource source;
    private final int max;
    private final long timeoutMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = this.lock.newCondition();
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int open;
    private int active;
    private boolean suspended;
    private boolean waitingForIdle;

    SqliteConnectionPool(DataSource source, int max, long timeoutMillis) {
        this.source = source;
        this.max = max;
        this.timeoutMillis = timeoutMillis;
    }

    Connection getConnection() throws SQLException {
        this.lock.lock();
        try {
            while (this.suspended) {
                this.changed.awaitUninterruptibly();
            }
            long remaining = TimeUnit.MILLISECONDS.toNanos(this.timeoutMillis);
            while (this.idle.isEmpty() && this.open >= this.max) {
                if (remaining <= 0) {
                    throw new SQLTransientConnectionException("Connection is not available, request timed out after "
                            + this.timeoutMillis + "ms.");
                }
                remaining = this.changed.awaitNanos(remaining);
            }
            Connection physical = this.idle.isEmpty() ? openPhysical() : this.idle.pop();
            this.active++;
            return handOut(physical);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        } finally {
            this.lock.unlock();
        }
    }

    /** Runs {@code task} alone: waits, with no timeout, for every connection handed out to be returned. */
    void withExclusiveConnection(Consumer<Connection> task) {
        suspendAndWait(Long.MAX_VALUE);
        try (Connection connection = this.source.getConnection()) {
            task.accept(connection);
        } catch (Exception e) {
            LOG.warn("Exception while running task with exclusive connection", e);
        } finally {
            resume();
        }
    }

    /** Waits up to {@code waitMillis} for the connections handed out, then closes every connection. */
    void shutdown(long waitMillis) {
        suspendAndWait(waitMillis);
        this.lock.lock();
        try {
            if (this.active > 0) {
                LOG.warn("Closing connection pool with {} active connections", this.active);
            }
            for (Connection connection : this.idle) {
                closeQuietly(connection);
            }
            this.idle.clear();
        } finally {
            this.lock.unlock();
        }
    }

    /** Whether a caller waits for the connections handed out to be returned (tests observe the wait). */
    boolean isWaitingForIdle() {
        this.lock.lock();
        try {
            return this.waitingForIdle;
        } finally {
            this.lock.unlock();
        }
    }

    private void suspendAndWait(long waitMillis) {
        this.lock.lock();
        try {
            this.suspended = true;
            this.waitingForIdle = true;
            long deadline = waitMillis == Long.MAX_VALUE ? Long.MAX_VALUE
                    : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (this.active > 0 && System.nanoTime() < deadline) {
                if (deadline == Long.MAX_VALUE) {
                    this.changed.awaitUninterruptibly();
                } else {
                    this.changed.awaitNanos(deadline - System.nanoTime());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            this.waitingForIdle = false;
            this.lock.unlock();
        }
    }

    private void resume() {
        this.lock.lock();
        try {
            this.suspended = false;
            this.changed.signalAll();
        } finally {
            this.lock.unlock();
        }
    }

    private Connection openPhysical() throws SQLException {
        Connection physical = this.source.getConnection();
        this.open++;
        return physical;
    }

    private void giveBack(Connection physical) {
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.warn("Failed to reset a returned connection", e);
        }
        this.lock.lock();
        try {
            this.active--;
            this.idle.push(physical);
            this.changed.signalAll();
        } finally {
            this.lock.unlock();
        }
    }

    private Connection handOut(Connection physical) {
        return (Connection) Proxy.newProxyInstance(SqliteConnectionPool.class.getClassLoader(),
                new Class<?>[] { Connection.class }, new Handle(physical));
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Failed to close a pooled connection", e);
        }
    }

    /** A connection handed out: {@code close} gives the physical connection back to the pool, once. */
    private final class Handle implements InvocationHandler {

        private final Connection physical;
        private boolean closed;

        Handle(Connection physical) {
            this.physical = physical;
        }

        @Override
        public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ("equals".equals(name)) {
                return proxy == args[0];
            }
            if ("hashCode".equals(name)) {
                return System.identityHashCode(proxy);
            }
            if ("close".equals(name)) {
                if (!this.closed) {
                    this.closed = true;
                    giveBack(this.physical);
                }
                return null;
            }
            if ("isClosed".equals(name)) {
                return this.closed || this.physical.isClosed();
            }
            if (this.closed) {
                throw new SQLException("Connection is closed");
            }
            try {
                return method.invoke(this.physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
