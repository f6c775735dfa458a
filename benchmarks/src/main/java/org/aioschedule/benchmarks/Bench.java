package org.aioschedule.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side harness: one sub-command per target of DESIGN.md's "Performance and footprint targets". Run it
 * from the shaded jar ({@code java -jar benchmarks/target/benchmarks.jar <command> [args]}); the build only
 * compiles it. Each command warms up, repeats, and prints its figures; docs/performance.md records them.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.com.github.kagkarlsson.scheduler.jdbc", "error");
        Locale.setDefault(Locale.ROOT);
        if (args.length == 0) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        System.out.printf("java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        switch (args[0]) {
            case "throughput":
                Throughput.main(rest);
                break;
            case "lateness":
                LatenessRun.main(rest);
                break;
            case "quick":
                Suite.quick(rest);
                break;
            case "full":
                Suite.full(rest);
                break;
            case "heap":
                HeapPerJob.main(rest);
                break;
            case "growth":
                DispatchGrowth.main(rest);
                break;
            case "writes":
                Writes.main(rest);
                break;
            case "coldstart":
                ColdStart.main(rest);
                break;
            case "coldstart-child":
                ColdStart.child(rest);
                break;
            case "restore":
                Restore.main(rest);
                break;
            case "idle":
                Idle.main(rest);
                break;
            case "sizes":
                Sizes.main(rest);
                break;
            default:
                usage();
        }
        System.exit(0);
    }

    private static void usage() {
        System.out.println("usage: java -jar benchmarks.jar <command> [args]\n"
                + "  throughput [jobs=10000] [warmups=2] [rounds=5] [peers=all] [threads=4]\n"
                + "  lateness [jobs=10000] [seconds=10] [warmup=3] [peers=all] [threads=4]\n"
                + "  quick | full   (every benchmark in a few minutes, or the full sizes and durations)\n"
                + "  peers: all or a comma-separated list of " + Peers.ALL + "\n"
                + "  heap [jobs=100000]\n"
                + "  growth [sizes=1000,1000000] [duePerStep=1000] [warmups=30] [steps=100]\n"
                + "  restore [jobs=10000] [repeats=10]\n"
                + "  coldstart [jobs=10000] [repeats=5]\n"
                + "  writes [jobs=100] [seconds=10] [peers=aio-file,quartz-jdbc,db-scheduler]\n"
                + "  writes stores [hours=1] [windows=0,300] [stores=file,jdbc-h2,jdbc-sqlite,keyvalue]\n"
                + "  idle [seconds=130] [jobs=1000]\n"
                + "  sizes [repoRoot=.]");
    }

    static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }

    static String summary(List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %,.1f %s (min %,.1f, max %,.1f, n=%d)", median(values), unit, sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                    .getUsed());
        }
        return used;
    }
}
