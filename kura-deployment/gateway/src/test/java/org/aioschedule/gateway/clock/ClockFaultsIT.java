package org.aioschedule.gateway.clock;

import static org.aioschedule.gateway.clock.ClockGateway.CRON;
import static org.aioschedule.gateway.clock.ClockGateway.DAILY;
import static org.aioschedule.gateway.clock.ClockGateway.INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.aioschedule.gateway.clock.ClockGateway.Mark;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock faults on the real gateway process, its wall clock faked by {@link WallClockShim} (checked by
 * {@link WallClockShimIT}). Each case: no burst (an interval job keeps its pace, a cron job every two seconds and a
 * daily job run at most once for the jump), no stall (both run on within bounds), the heap after a GC stays bounded,
 * and the log says what happened in words.
 */
class ClockFaultsIT {

    private static final Duration STALL_LIMIT = Duration.ofSeconds(30);
    private static final Duration LOG_LIMIT = Duration.ofSeconds(15);
    private static final long SEED = Long.getLong("clock.seed", System.currentTimeMillis());

    private long heapBefore;

    @Test
    void forwardFiftyYears() throws Exception {
        try (ClockGateway clock = ClockGateway.boot("forward-50-years", Duration.ZERO)) {
            clock.addJobs();
            Mark mark = jump(clock, Duration.ofDays(18_263));
            clock.awaitLog(mark, "The wall clock jumped forward by 50 years", LOG_LIMIT);
            clock.awaitLog(mark, "Job " + CRON + " missed at least \\d+ runs from \\S+ on \\(RUN_ONCE policy\\)",
                    LOG_LIMIT);
            assertNoBurstNoStall(clock, mark);
        }
    }

    @Test
    void backOneDay() throws Exception {
        try (ClockGateway clock = ClockGateway.boot("back-one-day", Duration.ZERO)) {
            clock.addJobs();
            Mark mark = jump(clock, Duration.ofDays(-1));
            clock.awaitLog(mark, "The wall clock jumped back by (1 day|23 hours 59 minutes); interval jobs keep their "
                    + "pace, calendar jobs resume from the corrected time", LOG_LIMIT);
            assertNoBurstNoStall(clock, mark);
        }
    }

    @Test
    void rtcLessBootAt1970ThenNtpStepToToday() throws Exception {
        try (ClockGateway clock = ClockGateway.boot("rtc-less-1970", Duration.ZERO)) {
            clock.addJobs();
            Mark before = clock.step(Duration.ZERO);
            clock.awaitRuns(before, CRON, 2, STALL_LIMIT);
            clock.kill();
            clock.start(Duration.between(Instant.now(), Instant.parse("1970-01-01T00:00:10Z")));
            Mark at1970 = clock.step(Duration.between(Instant.now(), Instant.parse("1970-01-01T00:00:10Z")));
            clock.awaitRuns(at1970, INTERVAL, 3, STALL_LIMIT);
            clock.awaitRuns(at1970, CRON, 2, STALL_LIMIT);
            Mark mark = jump(clock, Duration.ZERO);
            clock.gateway.send("kura:ntpsync");
            clock.awaitLog(mark, "The wall clock jumped forward by 5[67] years", LOG_LIMIT);
            assertNoBurstNoStall(clock, mark);
        }
    }

    @Test
    void bogusClockIn2036CorrectedBack() throws Exception {
        Duration to2036 = Duration.between(Instant.now(), Instant.parse("2036-02-07T06:00:00Z"));
        try (ClockGateway clock = ClockGateway.boot("bogus-2036", to2036)) {
            clock.addJobs();
            Mark mark = jump(clock, Duration.ZERO);
            clock.awaitLog(mark, "The wall clock jumped back by 9 years .*calendar jobs resume from the corrected "
                    + "time", LOG_LIMIT);
            assertNoBurstNoStall(clock, mark);
        }
    }

    @Test
    void manySmallSteps() throws Exception {
        System.out.println("manySmallSteps: -Dclock.seed=" + SEED);
        Random random = new Random(SEED);
        try (ClockGateway clock = ClockGateway.boot("many-small-steps", Duration.ZERO)) {
            clock.addJobs();
            Mark first = clock.step(Duration.ZERO);
            clock.awaitRuns(first, CRON, 1, STALL_LIMIT);
            long heapAtStart = clock.heapUsedAfterGc();
            Duration offset = Duration.ZERO;
            Mark mark = clock.step(offset);
            int steps = 12;
            for (int i = 0; i < steps; i++) {
                long millis = (i % 4 == 0 ? 3_000 : 200 + random.nextInt(1_800)) * (random.nextBoolean() ? 1 : -1);
                offset = offset.plusMillis(millis);
                Mark step = clock.step(offset);
                clock.awaitRuns(step, INTERVAL, 1, STALL_LIMIT);
            }
            clock.awaitRuns(mark, CRON, 3, STALL_LIMIT);
            String log = clock.logSince(mark);
            assertThat(log).as("the log names the larger steps").contains("The wall clock jumped");
            assertThat(log.split("The wall clock jumped", -1).length - 1).as("at most one line per step")
                    .isLessThanOrEqualTo(steps);
            assertRunsAtMostPace(clock, mark, steps);
            assertHeapBounded(clock, heapAtStart);
        }
    }

    @Test
    void kuraClockEventMakesTheSchedulerCheckTheClockAtOnce() throws Exception {
        try (ClockGateway clock = ClockGateway.boot("kura-clock-event", Duration.ZERO)) {
            clock.gateway.command("schedule:pause job_with_argument", line -> line.contains("g! "),
                    Duration.ofSeconds(30));
            clock.gateway.command("schedule:pause org.aioschedule.examples.job", line -> line.contains("g! "),
                    Duration.ofSeconds(30));
            Mark mark = clock.step(Duration.ofHours(1));
            syncOnceTheClockIsStepped(clock);
            String jumped = clock.awaitLog(mark, "The wall clock jumped forward by (1 hour|59 minutes)",
                    Duration.ofSeconds(10));
            assertThat(ClockGateway.secondsSince(mark)).as("detected through Kura's event, not at the next clock "
                    + "check a minute later: %s", jumped).isLessThan(20);
        }
    }

    /**
     * Posts Kura's clock event, as Kura does once the clock is set: again until the sync time it reports shows the
     * step (the shim re-reads the offset within 50 ms), for at most 15 s.
     */
    private static void syncOnceTheClockIsStepped(ClockGateway clock) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String reply;
        do {
            reply = clock.gateway.command("kura:ntpsync", line -> line.contains("Clock synchronized at "),
                    Duration.ofSeconds(30));
            String at = reply.substring(reply.indexOf("Clock synchronized at ") + 22, reply.indexOf(';'));
            if (Instant.parse(at).isAfter(Instant.now().plus(Duration.ofMinutes(30)))) {
                return;
            }
        } while (System.nanoTime() - deadline < 0);
        throw new AssertionError("The gateway's clock never showed the step of one hour within 15 s; last reply: "
                + reply);
    }

    /** Steps the clock once the jobs run, after measuring the heap; returns the mark of the step. */
    private Mark jump(ClockGateway clock, Duration offset) throws Exception {
        Mark settled = clock.step(clock.offset());
        clock.awaitRuns(settled, INTERVAL, 2, STALL_LIMIT);
        heapBefore = clock.heapUsedAfterGc();
        return clock.step(offset);
    }

    private void assertNoBurstNoStall(ClockGateway clock, Mark mark) throws Exception {
        clock.awaitRuns(mark, INTERVAL, 4, STALL_LIMIT);
        clock.awaitRuns(mark, CRON, 2, STALL_LIMIT);
        assertRunsAtMostPace(clock, mark, 1);
        assertHeapBounded(clock, heapBefore);
    }

    /** Within the time since the step, each job ran at most its pace plus {@code jumps} extra runs. */
    private static void assertRunsAtMostPace(ClockGateway clock, Mark mark, int jumps) throws Exception {
        double seconds = ClockGateway.secondsSince(mark);
        assertThat(clock.runsSince(mark, INTERVAL)).as("no burst of %s in %.1f s", INTERVAL, seconds)
                .isLessThanOrEqualTo((long) seconds + 1 + jumps);
        assertThat(clock.runsSince(mark, CRON)).as("no burst of %s in %.1f s", CRON, seconds)
                .isLessThanOrEqualTo((long) (seconds / 2) + 1 + jumps);
        assertThat(clock.runsSince(mark, DAILY)).as("%s at most once per jump", DAILY).isLessThanOrEqualTo(jumps);
    }

    private static void assertHeapBounded(ClockGateway clock, long beforeKb) throws Exception {
        long after = clock.heapUsedAfterGc();
        assertThat(after).as("heap used after GC (KB), before the jump %s KB", beforeKb)
                .isLessThan(beforeKb + 32 * 1024).isLessThan(160 * 1024);
    }
}
