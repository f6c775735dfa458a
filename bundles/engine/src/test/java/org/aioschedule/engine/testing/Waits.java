package org.aioschedule.engine.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** The one bounded wait of the tests that run real threads: poll a condition, fail naming it after the limit. */
public final class Waits {

    private Waits() {
    }

    /** Polls {@code condition} every millisecond until it holds; fails naming {@code what} after {@code limit}. */
    public static void until(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not within " + limit.getSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
