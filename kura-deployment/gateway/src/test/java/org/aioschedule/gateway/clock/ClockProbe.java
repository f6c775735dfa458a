package org.aioschedule.gateway.clock;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Run in a child JVM by {@link WallClockShimIT}: for each line read, prints what the JVM's clocks say
 * ({@code millis}, {@code instant}) and how long a 200 ms sleep and a 100 ms park took by the monotonic clock.
 */
public final class ClockProbe {

    private ClockProbe() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long millis = System.currentTimeMillis();
            Instant instant = Instant.now();
            long before = System.nanoTime();
            Thread.sleep(200);
            long slept = System.nanoTime() - before;
            before = System.nanoTime();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            long parked = System.nanoTime() - before;
            System.out.println("millis=" + millis + " instant=" + instant + " slept=" + slept / 1_000_000
                    + " parked=" + parked / 1_000_000);
            System.out.flush();
        }
    }
}
