package org.aioschedule.gateway.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.aioschedule.gateway.GatewayProcess;
import org.aioschedule.gateway.soak.Ledger;
import org.aioschedule.gateway.soak.LedgerPackage;
import org.aioschedule.gateway.soak.LedgerTask;

/**
 * The real gateway on a faked wall clock ({@link WallClockShim}), with three jobs on the ledger task: an interval
 * job every second, a cron job every two seconds and a daily job. Steps the clock, and reads back what ran (the
 * ledger), what the gateway logged and how much heap it uses after a GC (jcmd).
 */
final class ClockGateway implements AutoCloseable {

    static final String INTERVAL = "clock-interval";
    static final String CRON = "clock-cron";
    static final String DAILY = "clock-daily";
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final WallClockShim shim;
    private final Path root;
    private final Path ledger;
    private final Path dp;
    GatewayProcess gateway;
    private Duration offset = Duration.ZERO;

    private ClockGateway(WallClockShim shim, Path root, Path dp) {
        this.shim = shim;
        this.root = root;
        this.ledger = root.resolve("ledger.txt");
        this.dp = dp;
    }

    /** A new gateway data directory for {@code name}, booted with the wall clock {@code offset} from the real one. */
    static ClockGateway boot(String name, Duration offset) throws Exception {
        Path target = Paths.get("target").toAbsolutePath();
        Path root = target.resolve("clock").resolve(name);
        deleteRecursively(root);
        ClockGateway clock = new ClockGateway(WallClockShim.build(target.resolve("clockshim")), root,
                LedgerPackage.write(target.resolve("clock")));
        clock.start(offset);
        return clock;
    }

    /** Starts the gateway (again) on its data, with the wall clock {@code offset} from the real one. */
    void start(Duration offset) throws Exception {
        shim.offset(offset);
        this.offset = offset;
        gateway = GatewayProcess.launch(List.of("-D" + LedgerTask.LEDGER + "=" + ledger, "-Xmx256m"),
                shim.environment(), List.of("--console", "--http", "off", "--data", root.resolve("gateway").toString(),
                        "--package", dp.toString()));
        gateway.await(line -> line.contains("aioschedule local gateway is up"), 1, LIMIT);
    }

    /** Adds the three jobs, as the web UI's + dialog does. */
    void addJobs() throws Exception {
        add(INTERVAL, "every 1 seconds");
        add(CRON, "cron */2 * * * * ?");
        add(DAILY, "every day at 03:00");
    }

    private void add(String id, String schedule) throws Exception {
        gateway.command("kura:add org.aioschedule.Job " + id + " task.pid=" + LedgerTask.PID + " \"schedule="
                + schedule + "\"", line -> line.contains("Added " + id), Duration.ofSeconds(30));
    }

    /** Sets the wall clock's offset from the real one; returns the ledger and log positions at the step. */
    Mark step(Duration offset) throws IOException {
        Mark mark = new Mark(Ledger.read(ledger).starts.size(), gateway.lines.size(), System.nanoTime());
        shim.offset(offset);
        this.offset = offset;
        return mark;
    }

    /** The wall clock's offset from the real one now. */
    Duration offset() {
        return offset;
    }

    /** The runs of {@code job} started since {@code mark}. */
    long runsSince(Mark mark, String job) throws IOException {
        List<Ledger.Start> starts = Ledger.read(ledger).starts;
        return starts.subList(Math.min(mark.starts, starts.size()), starts.size()).stream()
                .filter(start -> start.job().equals(job)).count();
    }

    /** Waits, at most {@code limit}, until {@code job} started {@code count} runs since {@code mark}. */
    void awaitRuns(Mark mark, String job, int count, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (runsSince(mark, job) < count) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("No stall: " + job + " should have run " + count + " times within " + limit
                        + " of the step; ledger tail:\n" + Ledger.read(ledger).tail(20) + "\nlog since the step:\n"
                        + logSince(mark));
            }
            gateway.awaitOutput(Duration.ofMillis(200));
        }
    }

    /** Waits, at most {@code limit}, for a log line after {@code mark} matching {@code pattern}; returns it. */
    String awaitLog(Mark mark, String pattern, Duration limit) throws InterruptedException {
        Pattern wanted = Pattern.compile(pattern);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (String line : gateway.lines.subList(mark.lines, gateway.lines.size())) {
                if (wanted.matcher(line).find()) {
                    return line;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The log should say /" + pattern + "/ within " + limit + "; it said:\n"
                        + logSince(mark));
            }
            gateway.awaitOutput(Duration.ofMillis(200));
        }
    }

    String logSince(Mark mark) {
        return String.join("\n", gateway.lines.subList(mark.lines, gateway.lines.size()));
    }

    /** Seconds of real (monotonic) time since {@code mark}. */
    static double secondsSince(Mark mark) {
        return (System.nanoTime() - mark.nanos) / 1e9;
    }

    /** The heap in use after a full GC, in KB, through jcmd. */
    long heapUsedAfterGc() throws Exception {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        assertThat(used.find()).as("jcmd GC.heap_info names the heap used").isTrue();
        return Long.parseLong(used.group(1));
    }

    private String jcmd(String command) throws Exception {
        Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(gateway.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jcmd %s ended", command).isTrue();
        return output;
    }

    void kill() throws InterruptedException {
        gateway.kill();
    }

    @Override
    public void close() throws InterruptedException {
        gateway.close();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Where the ledger and the log stood when the clock was stepped, and when (monotonic nanos). */
    record Mark(int starts, int lines, long nanos) {
    }
}
