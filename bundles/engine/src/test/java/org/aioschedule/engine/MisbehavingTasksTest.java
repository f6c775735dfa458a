package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;
import org.aioschedule.Task;
import org.aioschedule.engine.testing.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks that behave badly, side by side on the real dispatcher with a pool of 4 threads: one throws, one never
 * completes its future, one returns null, one blocks its thread and ignores interrupts, one runs longer than its
 * period. A well-behaved job beside them keeps running every second, each bad one ends as its outcome says, and the
 * engine's threads stay within the pool, the dispatcher and the timer (issue 13). Bounded waits on the system clock.
 */
class MisbehavingTasksTest {

    private static final int THREADS = 4;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch steadyRuns = new CountDownLatch(5);
    private final Map<String, Task> tasks = new HashMap<>();
    private SchedulerEngine engine;

    @AfterEach
    void stop() {
        release.countDown();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void shouldKeepAWellBehavedJobOnTimeWhateverTheOthersDo() throws Exception {
        tasks.put("throwing", context -> {
            throw new IllegalStateException("meter unreachable");
        });
        tasks.put("never-completing", context -> new CompletableFuture<>());
        tasks.put("returning-null", context -> null);
        tasks.put("ignoring-interrupts", context -> {
            blockIgnoringInterrupts();
            return null;
        });
        tasks.put("longer-than-period", context -> {
            release.await();
            return null;
        });
        tasks.put("steady", context -> {
            steadyRuns.countDown();
            return null;
        });
        long threadsBefore = engineThreads();
        engine = Schedulers.builder().threads(THREADS).taskTimeout(Duration.ofSeconds(2))
                .shutdownTimeout(Duration.ZERO).tasks(pid -> Optional.ofNullable(tasks.get(pid))).build();
        for (String pid : tasks.keySet()) {
            engine.every().second().id(pid).run(pid);
        }

        assertThat(steadyRuns.await(20, TimeUnit.SECONDS)).as("the steady job ran 5 times within 20 s").isTrue();
        awaitOutcome("throwing", RunOutcome.Result.FAILED);
        awaitOutcome("returning-null", RunOutcome.Result.SUCCEEDED);
        awaitOutcome("never-completing", RunOutcome.Result.TIMED_OUT);
        assertThat(engine.job("throwing").get().lastOutcome().get().error()).hasValueSatisfying(
                error -> assertThat(error).contains("meter unreachable"));
        assertThat(engine.job("throwing").get().consecutiveFailures()).isGreaterThanOrEqualTo(1);
        assertThat(engineThreads() - threadsBefore).as("pool, dispatcher and timer only")
                .isLessThanOrEqualTo(THREADS + 2);
    }

    private void awaitOutcome(String id, RunOutcome.Result result) {
        Waits.until(() -> engine.job(id).flatMap(Job::lastOutcome).map(o -> o.result() == result).orElse(false),
                Duration.ofSeconds(20), id + " ends " + result);
    }

    private void blockIgnoringInterrupts() {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // this task ignores interrupts on purpose
            }
        }
    }

    private static long engineThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("aioschedule-")).count();
    }
}
