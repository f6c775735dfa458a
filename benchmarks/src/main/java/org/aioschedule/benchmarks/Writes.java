package org.aioschedule.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aioschedule.engine.SchedulerBuilder;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.engine.Schedulers;
import org.aioschedule.engine.store.FileJobStore;
import org.aioschedule.engine.store.JobStore;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;
import org.aioschedule.kura.emulator.internal.KeyValueDbServiceEmulator;
import org.aioschedule.kura.emulator.internal.SqliteDbServiceEmulator;
import org.aioschedule.provider.internal.store.JdbcJobStore;
import org.aioschedule.provider.internal.store.KeyValueJobStore;
import org.eclipse.kura.db.BaseDbService;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Target 6, from inside the JVM: while a peer runs {@code jobs} jobs every second (as in {@code lateness}), JFR
 * records every {@code FileChannel.force} ({@code jdk.FileForce}) and every file write ({@code jdk.FileWrite}) with
 * no threshold. Only events inside the measured window count, divided by the runs scheduled in it. Native fsyncs
 * (a database written in C) are not seen; H2 and aioschedule's FileJobStore write through Java file channels.
 */
final class Writes {

    private Writes() {
    }

    static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("stores") || args[0].equals("stores-child"))) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            if (args[0].equals("stores")) {
                StoreWrites.main(rest);
            } else {
                StoreWrites.child(rest);
            }
            return;
        }
        int jobs = Bench.intArg(args, 0, 100);
        int seconds = Bench.intArg(args, 1, 10);
        String names = args.length > 2 ? args[2] : "aio-file,quartz-jdbc,db-scheduler";
        System.out.printf("writes: %,d jobs every second, 2 s warm-up + %d s measured per peer%n", jobs, seconds);
        List<Peer> peers = Peers.parse(names, 4);
        for (Peer peer : peers) {
            try {
                System.out.println(peer.name() + ": " + measure(peer, jobs, seconds));
            } catch (Exception e) {
                System.out.println(peer.name() + ": failed: " + e);
            }
        }
        Peers.closeAll(peers);
    }

    private static String measure(Peer peer, int jobs, int seconds) throws Exception {
        Path file = Files.createTempFile("aioschedule-writes", ".jfr");
        Lateness window;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileForce").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.FileWrite").withThreshold(Duration.ZERO);
            recording.start();
            window = peer.lateness(jobs, Duration.ofSeconds(2), Duration.ofSeconds(seconds));
            recording.stop();
            recording.dump(file);
        }
        long forces = 0;
        long bytes = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            Instant at = event.getStartTime();
            if (at.isBefore(window.measuredFrom()) || !at.isBefore(window.measuredUntil())) {
                continue;
            }
            if ("jdk.FileForce".equals(event.getEventType().getName())) {
                forces++;
            } else {
                bytes += Math.max(0, event.getLong("bytesWritten"));
            }
        }
        Files.delete(file);
        double runs = Math.max(1, window.measuredRuns());
        return String.format("%,d runs in %d s: %,d forces (fsync), %,d bytes written; per run %.2f forces,"
                + " %,.0f bytes", window.measuredRuns(), seconds, forces, bytes, forces / runs, bytes / runs);
    }

    /**
     * Durable writes per store, counted below the JVM: each store runs in a child JVM under a small LD_PRELOAD shim
     * (compiled here with gcc) that counts fsync and fdatasync calls, and the calls and bytes of write, pwrite and
     * writev to regular files, into a shared counter file; no ptrace (TOOLCHAIN.md trap 23), native code (SQLite)
     * included. The child runs the seed's example (a job every 10 s, one every minute) on a manual engine and a
     * settable clock, one step a second, for {@code hours} simulated hours after 10 simulated minutes not counted.
     */
    static final class StoreWrites {

        private static final String STORES = "file,jdbc-h2,jdbc-sqlite,keyvalue";
        private static final String RESULT = "RESULT ";
        private static final int WARM_UP_SECONDS = 600;
        private static final double RUNS_PER_DAY = 86_400 / 10 + 86_400 / 60;
        private static final String[] COUNTERS = {"fsync", "fdatasync", "writes", "bytes", "msync/sync_file_range"};
        private static final String SHIM = String.join("\n",
                "#define _GNU_SOURCE",
                "#include <dlfcn.h>",
                "#include <fcntl.h>",
                "#include <stdlib.h>",
                "#include <sys/mman.h>",
                "#include <sys/stat.h>",
                "#include <sys/uio.h>",
                "#include <unistd.h>",
                "static long *counters;",
                "__attribute__((constructor)) static void init(void) {",
                "    const char *path = getenv(\"WRITES_COUNTERS\");",
                "    if (!path) return;",
                "    int fd = open(path, O_RDWR | O_CREAT, 0600);",
                "    if (fd < 0) return;",
                "    if (ftruncate(fd, 4096) == 0) {",
                "        void *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);",
                "        if (p != MAP_FAILED) counters = p;",
                "    }",
                "    close(fd);",
                "}",
                "static void add(int i, long n) { if (counters) __atomic_add_fetch(&counters[i], n, __ATOMIC_RELAXED); }",
                "static void wrote(int fd, long n) {",
                "    struct stat st;",
                "    if (n > 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) { add(2, 1); add(3, n); }",
                "}",
                "#define REAL(f) static __typeof__(&f) real; if (!real) real = (__typeof__(&f)) dlsym(RTLD_NEXT, #f)",
                "int fsync(int fd) { REAL(fsync); add(0, 1); return real(fd); }",
                "int fdatasync(int fd) { REAL(fdatasync); add(1, 1); return real(fd); }",
                "int msync(void *a, size_t n, int f) { REAL(msync); add(4, 1);"
                        + " return real(a, n, f); }",
                "int sync_file_range(int fd, off64_t o, off64_t n, unsigned int f) {",
                "    REAL(sync_file_range); add(4, 1);"
                        + " return real(fd, o, n, f); }",
                "ssize_t write(int fd, const void *b, size_t n) {",
                "    REAL(write); ssize_t r = real(fd, b, n);"
                        + " wrote(fd, r); return r; }",
                "ssize_t pwrite(int fd, const void *b, size_t n, off_t o) {",
                "    REAL(pwrite); ssize_t r = real(fd, b, n, o);"
                        + " wrote(fd, r); return r; }",
                "ssize_t pwrite64(int fd, const void *b, size_t n, off64_t o) {",
                "    REAL(pwrite64);"
                        + " ssize_t r = real(fd, b, n, o); wrote(fd, r); return r; }",
                "ssize_t writev(int fd, const struct iovec *v, int c) {",
                "    REAL(writev); ssize_t r = real(fd, v, c);"
                        + " wrote(fd, r); return r; }",
                "ssize_t pwritev(int fd, const struct iovec *v, int c, off_t o) {",
                "    REAL(pwritev);"
                        + " ssize_t r = real(fd, v, c, o); wrote(fd, r); return r; }",
                "");

        private StoreWrites() {
        }

        /** {@code writes stores [hours=1] [windows=0,300] [stores=file,jdbc-h2,jdbc-sqlite,keyvalue]} */
        static void main(String[] args) throws Exception {
            double hours = args.length > 0 ? Double.parseDouble(args[0]) : 1;
            String windows = args.length > 1 ? args[1] : "0,300";
            String stores = args.length > 2 ? args[2] : STORES;
            Path work = TempDirs.create("aioschedule-writes");
            Path shim = compileShim(work);
            System.out.printf("writes stores: the seed's example (a job every 10 s, one every minute), %s "
                    + "simulated hours per store and commit window, counted by an LD_PRELOAD shim%n", hours);
            for (String store : stores.split(",")) {
                for (String window : windows.split(",")) {
                    System.out.println(runChild(shim, work, store, Long.parseLong(window), hours));
                }
            }
        }

        private static Path compileShim(Path work) throws Exception {
            Path source = work.resolve("countwrites.c");
            Path library = work.resolve("countwrites.so");
            Files.writeString(source, SHIM);
            Process gcc = new ProcessBuilder("gcc", "-O2", "-shared", "-fPIC", "-o", library.toString(),
                    source.toString(), "-ldl").redirectErrorStream(true).start();
            String output = new String(gcc.getInputStream().readAllBytes());
            if (gcc.waitFor() != 0) {
                throw new IllegalStateException("gcc could not build the counting shim: " + output);
            }
            return library;
        }

        private static String runChild(Path shim, Path work, String store, long window, double hours)
                throws Exception {
            Path counters = work.resolve("counters-" + store + "-" + window);
            Path data = Files.createDirectories(work.resolve("data-" + store + "-" + window));
            String jar = Paths.get(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            String javaCommand = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(javaCommand, "-jar", jar, "writes", "stores-child", store,
                    Long.toString(window), Double.toString(hours), counters.toString(), data.toString())
                    .redirectErrorStream(true);
            builder.environment().put("LD_PRELOAD", shim.toString());
            builder.environment().put("WRITES_COUNTERS", counters.toString());
            String load = Files.readString(Paths.get("/proc/loadavg")).trim();
            Process child = builder.start();
            List<String> lines = new String(child.getInputStream().readAllBytes()).lines()
                    .collect(Collectors.toList());
            child.waitFor();
            String result = lines.stream().filter(line -> line.startsWith(RESULT)).findFirst().orElse(null);
            if (result == null) {
                return store + " window " + window + " s: failed: " + String.join("\n  ", lines);
            }
            return report(store, window, result.substring(RESULT.length()).trim().split(" "), load);
        }

        private static String report(String store, long window, String[] values, String load) {
            long runs = Long.parseLong(values[0]);
            long[] counts = new long[COUNTERS.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Long.parseLong(values[i + 1]);
            }
            long syncs = counts[0] + counts[1] + counts[4];
            double perRun = syncs / (double) runs;
            double bytesPerRun = counts[3] / (double) runs;
            return String.format("%-11s window %4d s: %,d runs; fsync %,d, fdatasync %,d, msync/sync_file_range %,d "
                    + "(%.2f a run); %,d writes, %,d bytes (%,.0f a run); seed's example: %,.0f syncs and %.2f MB a "
                    + "day (loadavg before: %s)", store, window, runs, counts[0], counts[1], counts[4], perRun,
                    counts[2], counts[3], bytesPerRun, perRun * RUNS_PER_DAY, bytesPerRun * RUNS_PER_DAY / 1e6, load);
        }

        /** The child: {@code store window hours counterFile dataDir}. */
        static void child(String[] args) throws Exception {
            String store = args[0];
            Duration window = Duration.ofSeconds(Long.parseLong(args[1]));
            long seconds = Math.round(Double.parseDouble(args[2]) * 3600);
            Path counters = Paths.get(args[3]);
            Path data = Paths.get(args[4]);
            SettableTime time = new SettableTime(Instant.parse("2026-12-06T00:00:00Z"));
            java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();
            Opened opened = open(store, data);
            SchedulerBuilder builder = Schedulers.builder().manual().clock(time).ticker(time::ticks)
                    .store(opened.store).tasks(pid -> Optional.of(context -> {
                        runs.incrementAndGet();
                        return null;
                    }));
            if (!window.isZero()) {
                SchedulerBuilder.class.getMethod("commitWindow", Duration.class).invoke(builder, window);
            }
            try (SchedulerEngine engine = builder.build()) {
                engine.every(10).seconds().id("job").run("org.aioschedule.examples.job");
                engine.every(1).minutes().id("job_with_argument")
                        .run("org.aioschedule.examples.job_with_argument", Map.of("name", "Peter"));
                engine.flush();
                step(engine, time, WARM_UP_SECONDS);
                long[] before = read(counters);
                long runsBefore = runs.get();
                step(engine, time, seconds);
                long[] after = read(counters);
                StringBuilder line = new StringBuilder(RESULT).append(runs.get() - runsBefore);
                for (int i = 0; i < COUNTERS.length; i++) {
                    line.append(' ').append(after[i] - before[i]);
                }
                System.out.println(line);
            } finally {
                opened.close();
            }
        }

        private static void step(SchedulerEngine engine, SettableTime time, long seconds) {
            for (long s = 0; s < seconds; s++) {
                time.advance(Duration.ofSeconds(1));
                engine.runPending().toCompletableFuture().join();
            }
        }

        private static long[] read(Path counters) throws Exception {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(Files.readAllBytes(counters))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            long[] values = new long[COUNTERS.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = buffer.getLong(i * 8);
            }
            return values;
        }

        /** A store and what closes it and the service under it. */
        private static final class Opened {
            final JobStore store;
            final AutoCloseable service;

            Opened(JobStore store, AutoCloseable service) {
                this.store = store;
                this.service = service;
            }

            void close() throws Exception {
                store.close();
                service.close();
            }
        }

        /**
         * The store, over the Kura emulator's services as the provider's tests build them (their lifecycle methods
         * are package-private, so they are called reflectively here).
         */
        private static Opened open(String store, Path data) throws Exception {
            String pid = "org.aioschedule.Scheduler";
            switch (store) {
                case "file":
                    return new Opened(new FileJobStore(data.resolve("aioschedule")), () -> {
                    });
                case "jdbc-h2": {
                    Object h2 = activate(new H2DbServiceEmulator(), Map.of("db.connector.url",
                            "jdbc:h2:file:" + data.resolve("db/kuradb").toAbsolutePath()));
                    return new Opened(new JdbcJobStore((BaseDbService) h2, pid), () -> call(h2, "deactivate"));
                }
                case "jdbc-sqlite": {
                    Object sqlite = activate(new SqliteDbServiceEmulator(), Map.of("db.mode", "PERSISTED",
                            "db.path", data.resolve("kura.sqlite").toAbsolutePath().toString()));
                    return new Opened(new JdbcJobStore((BaseDbService) sqlite, pid), () -> call(sqlite,
                            "deactivate"));
                }
                case "keyvalue": {
                    KeyValueDbServiceEmulator kv = new KeyValueDbServiceEmulator();
                    activate(kv, Map.of("db.connector.url", "jdbc:h2:file:"
                            + data.resolve("kura-emulator/keyvalue").toAbsolutePath()));
                    return new Opened(new KeyValueJobStore(kv, pid), () -> call(kv, "deactivate"));
                }
                default:
                    throw new IllegalArgumentException("store " + store + ": use one of " + STORES);
            }
        }

        private static Object activate(Object service, Map<String, Object> properties) throws Exception {
            java.lang.reflect.Method activate = service.getClass().getDeclaredMethod("activate", Map.class);
            activate.setAccessible(true);
            activate.invoke(service, new java.util.HashMap<>(properties));
            return service;
        }

        private static void call(Object service, String method) throws Exception {
            java.lang.reflect.Method m = service.getClass().getDeclaredMethod(method);
            m.setAccessible(true);
            m.invoke(service);
        }
    }
}
