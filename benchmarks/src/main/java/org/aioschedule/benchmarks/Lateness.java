package org.aioschedule.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lateness samples in microseconds (start of a run minus its scheduled time). Only runs scheduled in
 * [{@code measuredFrom}, {@code measuredUntil}) count (earlier ones are warm-up); samples beyond the capacity are
 * counted but not kept.
 */
final class Lateness {

    private final long[] micros;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger all = new AtomicInteger();
    private final Instant measuredFrom;
    private final Instant measuredUntil;

    Lateness(int capacity, Instant measuredFrom, Instant measuredUntil) {
        this.micros = new long[capacity];
        this.measuredFrom = measuredFrom;
        this.measuredUntil = measuredUntil;
    }

    /** Records a run due at {@code scheduled} that started now (read from the wall clock). */
    void started(Instant scheduled) {
        record(scheduled, Instant.now());
    }

    void record(Instant scheduled, Instant started) {
        all.incrementAndGet();
        if (!scheduled.isBefore(measuredFrom) && scheduled.isBefore(measuredUntil)) {
            add(ChronoUnit.MICROS.between(scheduled, started));
        }
    }

    Instant measuredFrom() {
        return measuredFrom;
    }

    Instant measuredUntil() {
        return measuredUntil;
    }

    /** Runs scheduled inside the measured window that started. */
    int measuredRuns() {
        return count.get();
    }

    private void add(long lateMicros) {
        int index = count.getAndIncrement();
        if (index < micros.length) {
            micros[index] = lateMicros;
        }
    }

    /** One line: samples, p50, p99, max in milliseconds, and how many runs were late by over a second. */
    String summary(long expected) {
        int kept = Math.min(count.get(), micros.length);
        if (kept == 0) {
            return String.format("no run scheduled inside the measured window started (expected %,d; %,d runs in all,"
                    + " all scheduled before it: the peer fell behind)", expected, all.get());
        }
        long[] sorted = Arrays.copyOf(micros, kept);
        Arrays.sort(sorted);
        long overSecond = Arrays.stream(sorted).filter(late -> late > 1_000_000).count();
        return String.format("runs %,d of %,d expected; lateness p50 %.3f ms, p99 %.3f ms, max %.3f ms, min %.3f ms;"
                + " %,d runs over 1 s late", count.get(), expected, at(sorted, 0.50) / 1e3, at(sorted, 0.99) / 1e3,
                sorted[kept - 1] / 1e3, sorted[0] / 1e3, overSecond);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
