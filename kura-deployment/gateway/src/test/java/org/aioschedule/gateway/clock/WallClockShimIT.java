package org.aioschedule.gateway.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The wall-clock shim itself, in a child JVM: {@code System.currentTimeMillis} and {@code Instant.now} follow the
 * offset (forward 50 years, back to 1970, a change seen within the re-read period), while sleeps and parks last
 * their time by the monotonic clock. If the JVM read the wall clock some other way, the clock-fault tests would
 * test nothing: this fails first.
 */
class WallClockShimIT {

    private static final Pattern PROBE = Pattern.compile("millis=(-?\\d+) instant=(\\S+) slept=(\\d+) parked=(\\d+)");

    @Test
    void shouldMoveTheJvmsWallClockAndLeaveItsSleepsAlone() throws Exception {
        WallClockShim shim = WallClockShim.build(Paths.get("target", "clockshim").toAbsolutePath());
        Path classes = Paths.get(ClockProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classes.toString(), ClockProbe.class.getName())
                .redirectErrorStream(true);
        builder.environment().putAll(shim.environment());
        Process probe = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = probe.getOutputStream()) {
            assertProbe(in, out, Duration.ZERO);
            Duration fifty = Duration.ofDays(365L * 50 + 12);
            shim.offset(fifty);
            assertProbe(in, out, fifty);
            Duration to1970 = Duration.between(Instant.now(), Instant.parse("1970-01-01T00:00:10Z"));
            shim.offset(to1970);
            Matcher at1970 = assertProbe(in, out, to1970);
            assertThat(Instant.parse(at1970.group(2))).isBefore(Instant.parse("1970-01-01T00:01:00Z"));
        } finally {
            probe.destroyForcibly();
            probe.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Asks the probe until its wall clock shows the offset (the shim re-reads it within 50 ms; at most 5 s), then
     * checks its clocks against this JVM's plus the offset.
     */
    private static Matcher assertProbe(OutputStream in, BufferedReader out, Duration offset) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            long expected = System.currentTimeMillis() + offset.toMillis();
            in.write('\n');
            in.flush();
            String line = out.readLine();
            assertThat(line).as("the probe's answer").isNotNull().matches(PROBE);
            Matcher probe = PROBE.matcher(line);
            assertThat(probe.matches()).isTrue();
            long millis = Long.parseLong(probe.group(1));
            if (Math.abs(millis - expected) < 2_000 || System.nanoTime() - deadline > 0) {
                assertThat(millis).as("currentTimeMillis with offset %s", offset).isBetween(expected - 2_000,
                        expected + 2_000);
                assertThat(Instant.parse(probe.group(2)).toEpochMilli()).as("Instant.now with offset %s", offset)
                        .isBetween(expected - 2_000, expected + 2_000);
                assertThat(Long.parseLong(probe.group(3))).as("a 200 ms sleep, by the monotonic clock")
                        .isBetween(195L, 3_000L);
                assertThat(Long.parseLong(probe.group(4))).as("a 100 ms park, by the monotonic clock")
                        .isBetween(95L, 3_000L);
                return probe;
            }
        }
    }
}
