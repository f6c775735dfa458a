package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.engine.testing.ForwardingJobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code runAll} against concurrent changes of the job table. */
class RunAllTest {

    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<Runnable> launched = new LinkedBlockingQueue<>();
    private final AtomicReference<Thread> chainThread = new AtomicReference<>();
    private final CountDownLatch lockTaken = new CountDownLatch(1);
    private final AtomicInteger runsOfB = new AtomicInteger();
    private SchedulerEngine engine;

    @AfterEach
    void close() {
        engine.close();
    }

    /**
     * The step of job b runs on the thread that ends job a's run. While another thread holds the engine's lock, that
     * step must wait for it before it reads the job table; the other thread removes b meanwhile. A step that read
     * the table without the lock saw b, then failed the whole chain with "No job b" once it got the lock.
     */
    @Test
    void shouldReadTheJobTableUnderTheLockSoAJobRemovedMeanwhileIsSkipped() throws Exception {
        Task noop = context -> null;
        Task countB = context -> {
            runsOfB.incrementAndGet();
            return null;
        };
        engine = Schedulers.builder().manual().executor(launched::add).store(new PausingStore())
                .tasks(pid -> pid.equals("probe") ? holdLockUntilChainWaitsThenRemoveB(noop)
                        : Optional.of(pid.equals("b") ? countB : noop))
                .build();
        engine.every(1).hours().id("a").run("a");
        engine.every(2).hours().id("b").run("b");

        CompletableFuture<Void> all = engine.runAll(Duration.ZERO).toCompletableFuture();
        Thread taskThread = new Thread(() -> launched.poll().run(), "run-all-test-task");
        taskThread.start();
        all.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(engine.job("b")).isEmpty();
        assertThat(runsOfB).hasValue(0);
        assertThat(engine.job("a").get().runCount()).isEqualTo(1);
    }

    /** Called under the engine's lock (tasks are looked up under it). */
    private Optional<Task> holdLockUntilChainWaitsThenRemoveB(Task task) {
        lockTaken.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!waitsForTheLock(chainThread.get())) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("the runAll step never waited for the engine's lock");
            }
            Thread.yield();
        }
        engine.remove("b");
        return Optional.of(task);
    }

    private static boolean waitsForTheLock(Thread thread) {
        Object blocker = thread == null ? null : LockSupport.getBlocker(thread);
        return blocker != null && blocker.getClass().getName().startsWith("java.util.concurrent.locks.ReentrantLock");
    }

    /**
     * When job a's end is written (on the task thread, just before runAll's next step), a probe thread takes the
     * engine's lock by scheduling a job, and holds it until the step waits for it.
     */
    private final class PausingStore extends ForwardingJobStore {

        private final AtomicBoolean armed = new AtomicBoolean(true);

        @Override
        public void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
            delegate.write(upserts, deletes);
            if (Thread.currentThread().getName().equals("run-all-test-task") && armed.compareAndSet(true, false)) {
                chainThread.set(Thread.currentThread());
                Thread probe = new Thread(() -> engine.every(3).hours().id("probe").run("probe"), "run-all-probe");
                probe.setDaemon(true);
                probe.start();
                try {
                    assertThat(lockTaken.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
