package org.aioschedule.benchmarks;

/** Every benchmark in one command: {@code quick} (a few minutes) or {@code full} (the sizes of issue 11). */
final class Suite {

    private Suite() {
    }

    /**
     * About five minutes on 2 cores. Quartz's JobStoreTX gets one round of 10,000 jobs, apart, with no warm-up: at
     * 85 - 218 runs a second here, each of its rounds takes up to two minutes.
     */
    static void quick(String[] args) throws Exception {
        String peers = args.length > 0 ? args[0] : "all";
        String fastPeers = args.length > 0 ? args[0] : Peers.ALL.replace("quartz-jdbc,", "");
        run("throughput", () -> Throughput.main(new String[] {"10000", "1", "5", fastPeers}));
        if (args.length == 0) {
            run("throughput", () -> Throughput.main(new String[] {"10000", "0", "1", "quartz-jdbc"}));
        }
        run("lateness", () -> LatenessRun.main(new String[] {"10000", "10", "3", peers}));
        run("heap", () -> HeapPerJob.main(new String[] {"100000"}));
        run("growth", () -> DispatchGrowth.main(new String[] {"1000,1000000", "1000", "30", "100"}));
        run("restore", () -> Restore.main(new String[] {"10000", "10"}));
        run("coldstart", () -> ColdStart.main(new String[] {"10000", "5"}));
        run("writes", () -> Writes.main(new String[] {"1", "10"}));
        run("writes", () -> Writes.main(new String[] {"100", "10"}));
        run("idle", () -> Idle.main(new String[] {"30", "1000"}));
        run("footprint", () -> Footprint.main(new String[] {"30", "1000"}));
        run("growth-peers", () -> GrowthPeers.main(new String[] {"1000,100000", "1000", "5"}));
        run("sizes", () -> Sizes.main(new String[] {"."}));
    }

    /**
     * The full sizes and durations (an hour or more). The 1,000,000-job rounds leave out Quartz's JobStoreTX unless
     * the peers are named: at a few hundred runs a second, one such round would take about an hour.
     */
    static void full(String[] args) throws Exception {
        String peers = args.length > 0 ? args[0] : "all";
        String millionPeers = args.length > 0 ? args[0] : Peers.ALL.replace("quartz-jdbc,", "");
        run("throughput", () -> Throughput.main(new String[] {"10000", "3", "9", peers}));
        run("throughput", () -> Throughput.main(new String[] {"1000000", "1", "3", millionPeers}));
        run("lateness", () -> LatenessRun.main(new String[] {"10000", "60", "5", peers}));
        run("heap", () -> HeapPerJob.main(new String[] {"1000000"}));
        run("growth", () -> DispatchGrowth.main(new String[] {"1000,1000000,1000", "1000", "100", "300"}));
        run("restore", () -> Restore.main(new String[] {"10000", "10"}));
        run("coldstart", () -> ColdStart.main(new String[] {"10000", "10"}));
        run("writes", () -> Writes.main(new String[] {"1", "60"}));
        run("writes", () -> Writes.main(new String[] {"100", "60"}));
        run("idle", () -> Idle.main(new String[] {"130", "1000"}));
        run("footprint", () -> Footprint.main(new String[] {"130", "1000"}));
        run("growth-peers", () -> GrowthPeers.main(new String[] {"1000,1000000,1000", "1000", "10"}));
        run("sizes", () -> Sizes.main(new String[] {"."}));
    }

    private static void run(String name, Step step) {
        System.out.println("== " + name);
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception e) {
            System.out.println(name + " failed: " + e);
        }
        System.out.printf("== %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }

    private interface Step {
        void run() throws Exception;
    }
}
