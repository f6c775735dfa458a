package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.MemoryJobStore;

/**
 * Target 4: cost per dispatched job as the number of scheduled jobs grows. A manual engine on a settable clock holds
 * {@code n} interval jobs spread so that exactly {@code duePerStep} fall due each second; each step advances the
 * clock one second and calls {@code runPending()} (tasks run inline, state written to a MemoryJobStore as in
 * production: once when the runs start, once when they end). Deterministic: no threads, no real time.
 */
final class DispatchGrowth {

    private static long runs;

    private DispatchGrowth() {
    }

    static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "1000,1000000";
        int duePerStep = Bench.intArg(args, 1, 1000);
        int warmups = Bench.intArg(args, 2, 30);
        int steps = Bench.intArg(args, 3, 100);
        System.out.printf("growth: %,d jobs due per step, %d warm-up + %d measured steps%n", duePerStep, warmups,
                steps);
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim().replace("_", ""));
            System.out.printf("%,d scheduled jobs: %s%n", n, Bench.summary(measure(n, duePerStep, warmups, steps),
                    "ns per dispatched job"));
        }
    }

    private static List<Double> measure(int n, int duePerStep, int warmups, int steps) throws Exception {
        if (n % duePerStep != 0) {
            throw new IllegalArgumentException("the number of jobs must be a multiple of the jobs due per step");
        }
        SettableTime time = new SettableTime(Instant.parse("2030-01-01T00:00:00Z"));
        Task noop = context -> {
            runs++;
            return null;
        };
        long period = n / duePerStep;
        List<Double> results = new ArrayList<>();
        try (SchedulerEngine engine = Schedulers.builder().manual().clock(time).ticker(time::ticks)
                .store(new MemoryJobStore()).tasks(pid -> Optional.of(noop)).build()) {
            for (int i = 0; i < n; i++) {
                if (i > 0 && i % duePerStep == 0) {
                    time.advance(Duration.ofSeconds(1));
                }
                engine.every(period).seconds().id("job-" + i).run("noop");
            }
            engine.flush();
            System.gc();
            for (int step = 0; step < warmups + steps; step++) {
                time.advance(Duration.ofSeconds(1));
                long before = runs;
                long start = System.nanoTime();
                engine.runPending().toCompletableFuture().join();
                long elapsed = System.nanoTime() - start;
                long dispatched = runs - before;
                if (dispatched != duePerStep) {
                    throw new IllegalStateException("step " + step + " dispatched " + dispatched + ", expected "
                            + duePerStep);
                }
                if (step >= warmups) {
                    results.add(elapsed / (double) dispatched);
                }
            }
        }
        return results;
    }
}
