package org.aioschedule.engine.internal.schedule;

import java.util.Random;

/** A fixed interval, or one drawn anew for each slot from {@code [shortest, longest]}. */
final class Interval {

    final long shortest;
    final long longest;
    private final Random random;

    Interval(long shortest, long longest, Random random) {
        this.shortest = shortest;
        this.longest = Math.max(shortest, longest);
        this.random = random;
    }

    Interval times(long factor) {
        return new Interval(shortest * factor, longest * factor, random);
    }

    boolean isFixed() {
        return shortest == longest;
    }

    long draw() {
        if (isFixed()) {
            return shortest;
        }
        synchronized (random) {
            return shortest + (long) (random.nextDouble() * (longest - shortest + 1));
        }
    }
}
