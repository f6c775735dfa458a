package org.aioschedule.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.aioschedule.Task;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;

/**
 * Target 6: the time to build an engine from a FileJobStore holding {@code jobs} jobs (load, decode, re-place every
 * job). The jobs are a third each interval, daily-at and cron jobs. The first build in the JVM is reported apart
 * (cold, as at a gateway's boot); the rest are repeats in the warmed JVM.
 */
final class Restore {

    private Restore() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 10_000);
        int repeats = Bench.intArg(args, 1, 10);
        Path dir = Files.createTempDirectory("aioschedule-restore");
        Task noop = context -> null;
        try {
            try (FileJobStore store = new FileJobStore(dir);
                    SchedulerEngine engine = Schedulers.builder().manual().store(store)
                            .tasks(pid -> Optional.of(noop)).build()) {
                fill(engine, jobs);
            }
            System.out.printf("restore: %,d jobs in %s (%,d bytes on disk)%n", jobs, dir, size(dir));
            List<Double> warm = new ArrayList<>();
            for (int repeat = 0; repeat <= repeats; repeat++) {
                long start = System.nanoTime();
                FileJobStore store = new FileJobStore(dir);
                SchedulerEngine engine = Schedulers.builder().manual().store(store)
                        .tasks(pid -> Optional.of(noop)).build();
                double millis = (System.nanoTime() - start) / 1e6;
                int restored = engine.jobs().size();
                engine.close();
                store.close();
                if (restored != jobs) {
                    throw new IllegalStateException("restored " + restored + " of " + jobs);
                }
                if (repeat == 0) {
                    System.out.printf("first build in this JVM (cold): %,.1f ms%n", millis);
                } else {
                    warm.add(millis);
                }
            }
            System.out.println("later builds (warm JVM): " + Bench.summary(warm, "ms"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Adds {@code jobs} jobs: a third each every N minutes, every day at 10:30 Europe/Rome, and a cron. */
    static void fill(SchedulerEngine engine, int jobs) {
        for (int i = 0; i < jobs; i++) {
            switch (i % 3) {
                case 0:
                    engine.every(i % 60 + 1).minutes().id("job-" + i).run("noop");
                    break;
                case 1:
                    engine.every().day().at("10:30", ZoneId.of("Europe/Rome")).id("job-" + i).run("noop");
                    break;
                default:
                    engine.schedule("cron 0 0/5 * * * ?").id("job-" + i).run("noop");
            }
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
