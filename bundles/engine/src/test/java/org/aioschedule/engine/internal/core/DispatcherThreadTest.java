package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.testing.Waits;
import org.junit.jupiter.api.Test;

/** The real dispatcher thread on the system clock: bounded waits only. */
class DispatcherThreadTest {

    @Test
    void shouldRunJobsOnTheDispatcherWithoutASlowTaskDelayingOthers() throws Exception {
        CountDownLatch fast = new CountDownLatch(3);
        CompletableFuture<Void> never = new CompletableFuture<>();
        Task hanging = context -> never;
        Task quick = context -> {
            fast.countDown();
            return null;
        };
        try (SchedulerEngine engine = Schedulers.builder().shutdownTimeout(Duration.ZERO)
                .tasks(pid -> Optional.of(pid.equals("hanging") ? hanging : quick)).build()) {
            engine.every().second().run("hanging");
            engine.every().second().run("quick");

            assertThat(fast.await(10, TimeUnit.SECONDS)).as("quick job ran 3 times within 10 s").isTrue();
        }
    }

    /**
     * The dispatcher sleeps up to its clock check, a minute, while the next job is an hour away; a job scheduled
     * then runs within seconds only if scheduling it wakes the dispatcher. Only that job's task counts.
     */
    @Test
    void shouldWakeForAJobScheduledWhileIdle() throws Exception {
        CountDownLatch soonRan = new CountDownLatch(1);
        Task soon = context -> {
            soonRan.countDown();
            return null;
        };
        Set<Thread> before = dispatcherThreads();
        try (SchedulerEngine engine = Schedulers.builder()
                .tasks(pid -> Optional.of(pid.equals("soon") ? soon : context -> null)).build()) {
            engine.every().hour().run("idle");
            awaitSleeping(newDispatcher(before));

            engine.every().second().run("soon");

            assertThat(soonRan.await(10, TimeUnit.SECONDS)).as("ran before the next clock check").isTrue();
        }
    }

    /** db-scheduler's loop logs an unexpected interrupt and goes on unless it is stopping; so does ours. */
    @Test
    void shouldKeepDispatchingAfterAnUnexpectedInterrupt() throws Exception {
        CountDownLatch soonRan = new CountDownLatch(1);
        Task soon = context -> {
            soonRan.countDown();
            return null;
        };
        Set<Thread> before = dispatcherThreads();
        try (SchedulerEngine engine = Schedulers.builder().tasks(pid -> Optional.of(soon)).build()) {
            Thread dispatcher = newDispatcher(before);
            awaitSleeping(dispatcher);

            dispatcher.interrupt();
            awaitUntil(() -> !dispatcher.isAlive()
                    || dispatcher.getState() == Thread.State.TIMED_WAITING && !dispatcher.isInterrupted());
            engine.every().second().run("soon");

            assertThat(soonRan.await(10, TimeUnit.SECONDS)).as("the dispatcher still runs jobs").isTrue();
        }
    }

    private static Set<Thread> dispatcherThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("aioschedule-dispatcher")) {
                threads.add(thread);
            }
        }
        return threads;
    }

    private static Thread newDispatcher(Set<Thread> before) {
        Set<Thread> threads = dispatcherThreads();
        threads.removeAll(before);
        assertThat(threads).hasSize(1);
        return threads.iterator().next();
    }

    private static void awaitSleeping(Thread dispatcher) {
        awaitUntil(() -> dispatcher.getState() == Thread.State.TIMED_WAITING);
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Waits.until(condition, Duration.ofSeconds(10), "the dispatcher's state");
    }
}
