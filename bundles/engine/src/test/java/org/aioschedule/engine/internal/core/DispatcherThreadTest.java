package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
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

    @Test
    void shouldWakeForAJobScheduledWhileIdle() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        try (SchedulerEngine engine = Schedulers.builder().tasks(pid -> Optional.of(context -> {
            ran.countDown();
            return null;
        })).build()) {
            engine.every().hour().run("idle");
            engine.runNow(engine.jobs().get(0).id()).toCompletableFuture().get(10, TimeUnit.SECONDS);
            engine.every().second().run("soon");

            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
