package org.aioschedule.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;

/**
 * Target 7: cold start in a fresh JVM. A FileJobStore gets {@code jobs} jobs (those of {@code restore}, one of them
 * every second so that it is overdue when the child starts); then, {@code repeats} times, a new JVM builds a threaded
 * engine on that store and reports when the overdue job's first run began. Printed: from launching the child to that
 * first dispatch (JVM start included), from the JVM's recorded start time, and from the child's main(), and the
 * child's CPU time by then (all threads: less sensitive than wall time to other load on a shared machine).
 */
final class ColdStart {

    private static final String CHILD = "coldstart-child";

    private ColdStart() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 10_000);
        int repeats = Bench.intArg(args, 1, 5);
        Path dir = TempDirs.create("aioschedule-coldstart");
        try (FileJobStore store = new FileJobStore(dir);
                SchedulerEngine engine = Schedulers.builder().manual().store(store)
                        .tasks(pid -> Optional.of(context -> null)).build()) {
            Restore.fill(engine, jobs - 1);
            engine.every(1).second().id("overdue").run("noop");
        }
        System.out.printf("coldstart: %,d jobs in a FileJobStore, %d fresh JVMs%n", jobs, repeats);
        List<Double> fromLaunch = new ArrayList<>();
        List<Double> fromMain = new ArrayList<>();
        List<Double> fromJvmStart = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            Thread.sleep(2000);
            long launched = System.currentTimeMillis();
            String[] reply = runChild(dir).split(" ");
            fromLaunch.add((double) (Long.parseLong(reply[0]) - launched));
            fromMain.add(Double.parseDouble(reply[1]));
            fromJvmStart.add(Double.parseDouble(reply[2]));
            cpu.add(Double.parseDouble(reply[3]));
        }
        System.out.println("launch of the JVM to the first dispatch: " + Bench.summary(fromLaunch, "ms"));
        System.out.println("the JVM's start time (RuntimeMXBean) to the first dispatch: "
                + Bench.summary(fromJvmStart, "ms"));
        System.out.println("the child's Bench.main() to the first dispatch: " + Bench.summary(fromMain, "ms"));
        System.out.println("CPU time of the child (all its threads: JIT, GC) at the first dispatch: "
                + Bench.summary(cpu, "ms"));
    }

    private static String runChild(Path dir) throws Exception {
        String jar = Paths.get(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-jar", jar, CHILD, dir.toString()).redirectErrorStream(true)
                .start();
        String reply = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-dispatch ")) {
                    reply = line.substring("first-dispatch ".length());
                }
            }
        }
        if (!child.waitFor(2, TimeUnit.MINUTES) || reply == null) {
            child.destroyForcibly();
            throw new IllegalStateException("the child JVM (java -jar " + jar + " " + CHILD + " " + dir
                    + ") reported no first dispatch");
        }
        return reply;
    }

    /** In the child JVM: builds the engine on the store and prints when the first run began. */
    static void child(String[] args) throws Exception {
        long mainNanos = System.nanoTime();
        CountDownLatch first = new CountDownLatch(1);
        long[] at = new long[2];
        Task task = context -> {
            if (first.getCount() > 0) {
                at[0] = System.currentTimeMillis();
                at[1] = System.nanoTime();
                first.countDown();
            }
            return null;
        };
        try (FileJobStore store = new FileJobStore(Paths.get(args[0]));
                SchedulerEngine engine = Schedulers.builder().store(store).tasks(pid -> Optional.of(task)).build()) {
            if (!first.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("no dispatch within a minute of the restore");
            }
        }
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf("first-dispatch %d %.1f %d %.1f%n", at[0], (at[1] - mainNanos) / 1e6,
                at[0] - ManagementFactory.getRuntimeMXBean().getStartTime(), cpuNanos / 1e6);
    }
}
