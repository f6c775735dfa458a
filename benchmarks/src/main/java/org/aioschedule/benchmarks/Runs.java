package org.aioschedule.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the no-op jobs of every peer report to: a latch counted down per run, and the lateness being recorded. */
final class Runs {

    private static volatile CountDownLatch remaining = new CountDownLatch(0);
    private static volatile Lateness lateness = new Lateness(1, Instant.MAX, Instant.MAX);

    private Runs() {
    }

    static void expect(int runs) {
        remaining = new CountDownLatch(runs);
    }

    static void ran() {
        remaining.countDown();
    }

    /** Waits for every expected run, or fails naming the peer and how many never came. */
    static void await(String peer, Duration limit) throws InterruptedException {
        if (!remaining.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(peer + ": " + remaining.getCount() + " runs never came within " + limit);
        }
    }

    /**
     * Records lateness of runs scheduled from {@code warmup} after now for {@code measured}, and returns once that
     * window is over and a second more has passed for its last runs to start.
     */
    static Lateness measureLateness(int jobs, Duration warmup, Duration measured) throws InterruptedException {
        Instant from = Instant.now().plus(warmup);
        Instant until = from.plus(measured);
        Lateness recorder = new Lateness((int) Math.min(50_000_000L, jobs * (measured.toSeconds() + 2)), from, until);
        lateness = recorder;
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), until.plusSeconds(1)).toMillis()));
        return recorder;
    }

    static Lateness lateness() {
        return lateness;
    }
}
