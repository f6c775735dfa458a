package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.testing.TestTime;
import org.aioschedule.engine.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's runtime is closed and built again as a unit under the component's lock, as Kura's
 * {@code kura/org.eclipse.kura.db.sqlite.provider/.../SqliteDbServiceImpl.java} replaces its {@code DbState} in a
 * synchronized {@code updated}: a call that arrives while the next engine is being built waits for it.
 */
class SchedulerRuntimeSwapTest {

    private final TestTime time = TestTime.at("2026-11-24T10:00:00Z");
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch building = new CountDownLatch(1);
    private final CountDownLatch finishBuilding = new CountDownLatch(1);
    private final SchedulerComponent scheduler = new SchedulerComponent(new EngineFactory(() -> {
        if (builds.incrementAndGet() == 2) {
            building.countDown();
            awaitQuietly(finishBuilding);
        }
        return Schedulers.builder().manual().clock(time).ticker(time);
    }));

    @AfterEach
    void close() {
        finishBuilding.countDown();
        scheduler.deactivate();
    }

    @Test
    void shouldMakeACallDuringARebuildWaitForTheNewEngine() throws Exception {
        scheduler.start(Gateway.schedulerDefaults());
        SchedulerEngine old = scheduler.engine();
        Thread rebuild = new Thread(() -> scheduler.modified(Gateway.with(Gateway.schedulerDefaults(),
                "executor.threads", 2)), "rebuild");
        rebuild.start();
        assertThat(building.await(10, TimeUnit.SECONDS)).as("the rebuild reached the engine factory").isTrue();

        AtomicReference<Object> answer = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                answer.set(scheduler.engine());
            } catch (RuntimeException e) {
                answer.set(e);
            }
        }, "caller");
        caller.start();
        awaitBlocked(caller);
        assertThat(answer.get()).as("no answer while the rebuild runs").isNull();
        finishBuilding.countDown();
        rebuild.join(10_000);
        caller.join(10_000);

        assertThat(answer.get()).isInstanceOf(SchedulerEngine.class).isNotSameAs(old)
                .isSameAs(scheduler.engine());
        assertThat(scheduler.storeStatus()).startsWith("store.type=");
    }

    private static void awaitBlocked(Thread thread) {
        Waits.until(() -> thread.getState() == Thread.State.BLOCKED, Duration.ofSeconds(10),
                "the caller waits on the component's lock");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
