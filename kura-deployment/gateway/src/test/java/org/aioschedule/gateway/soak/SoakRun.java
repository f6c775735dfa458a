package org.aioschedule.gateway.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.aioschedule.gateway.GatewayProcess;

/**
 * One store's power-cut soak: the gateway (with the ledger task's package) is started, cut at a seeded random
 * instant of the chosen {@link KillPoint}, started again, and after every start that comes up the store, the jobs,
 * their configuration and the ledger are checked.
 */
final class SoakRun {

    private static final Duration UP = Duration.ofSeconds(90);
    private static final Duration REPLY = Duration.ofSeconds(30);
    private static final String CHANGED_JOB = "soak-alo-once";

    private final SoakStore store;
    private final Path root;
    private final Path ledgerFile;
    private final Path dp;
    private final Random random;
    private final String seedText;
    private final List<String> log = new ArrayList<>();
    private GatewayProcess gateway;
    private boolean switched;
    private int configApplied;
    private int configConfirmed;

    SoakRun(SoakStore store, Path root, Path dp, long seed) {
        this.store = store;
        this.root = root;
        this.ledgerFile = root.resolve("ledger.txt");
        this.dp = dp;
        this.random = new Random(seed);
        this.seedText = "soak.seed=" + seed + " store " + store;
    }

    /** Runs the first boot and {@code points.size()} power cuts, then one last start that stops cleanly. */
    void run(List<KillPoint> points) throws Exception {
        try {
            start();
            awaitUp();
            setUp();
            for (KillPoint point : points) {
                cut(point);
                start();
                if (point == KillPoint.BOOT || random.nextInt(4) == 0) {
                    cutDuringBoot();
                    start();
                }
                awaitUp();
                checkAfterRestart();
            }
        } finally {
            gateway.close();
        }
    }

    private void start() throws IOException {
        gateway = GatewayProcess.launch(List.of("-D" + LedgerTask.LEDGER + "=" + ledgerFile, "-Xmx256m"), Map.of(),
                List.of("--console", "--http", "off", "--data", root.resolve("gateway").toString(), "--package",
                        dp.toString()));
    }

    private void awaitUp() throws InterruptedException {
        gateway.await(line -> line.contains("aioschedule local gateway is up"), 1, UP);
    }

    private void setUp() throws Exception {
        for (String command : store.setup(root.resolve("gateway/data"))) {
            gateway.command(command, line -> line.contains("Applied to") || line.contains("Added "), REPLY);
        }
        for (SoakJob job : SoakJob.ALL) {
            gateway.command(job.addCommand(), line -> line.contains("Added " + job.id()), REPLY);
        }
        awaitStore(store.inUse);
    }

    private void cutDuringBoot() throws InterruptedException {
        pause(random.nextInt(5_000));
        kill();
    }

    private void cut(KillPoint point) throws Exception {
        switch (point) {
            case RUN:
                pause(random.nextInt(3_000));
                break;
            case WRITE:
                int lines = Files.exists(ledgerFile) ? Files.readAllLines(ledgerFile).size() : 0;
                awaitLedgerGrowth(lines);
                pause(random.nextInt(300));
                break;
            case SWITCH:
                switched = !switched;
                gateway.send(switched ? store.other().switchBack() : store.switchBack());
                pause(random.nextInt(1_500));
                break;
            case CONFIG:
                configApplied++;
                gateway.send("kura:apply " + CHANGED_JOB + " tags=soak-cfg-" + configApplied);
                pause(random.nextInt(1_000));
                break;
            default:
                break;
        }
        kill();
    }

    private void kill() throws InterruptedException {
        gateway.kill();
        log.addAll(gateway.lines);
    }

    private void checkAfterRestart() throws Exception {
        String inUse = awaitStore(store.inUse, store.other().inUse);
        switched = inUse.contains(store.other().inUse);
        for (SoakJob job : SoakJob.ALL) {
            String info = poll("schedule:info " + job.id(), line -> line.contains("Tags"));
            if (job.id().equals(CHANGED_JOB)) {
                configConfirmed = info.contains("soak-cfg-" + configApplied) ? configApplied : configConfirmed;
                assertThat(info).as("%s: the configuration of %s is the last applied (soak-cfg-%s) or the one "
                        + "before (soak-cfg-%s)", seedText, job.id(), configApplied, configConfirmed)
                        .contains("soak-cfg-" + configConfirmed);
            }
        }
        Instant booted = Instant.now();
        for (SoakJob job : SoakJob.ALL) {
            awaitRunAfter(job, booted);
        }
        List<String> everything = new ArrayList<>(log);
        everything.addAll(gateway.lines);
        Ledger ledger = Ledger.read(ledgerFile);
        List<String> violations = LedgerChecks.check(ledger, SoakJob.ALL, everything, store.window());
        assertThat(violations).as("%s: after restart; ledger %s", seedText, ledgerFile).isEmpty();
    }

    private String awaitStore(String... anyOf) throws Exception {
        return poll("schedule:store", line -> {
            for (String marker : anyOf) {
                if (line.contains(marker)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Repeats {@code command} until a reply line matches, for at most {@link #REPLY}. */
    private String poll(String command, java.util.function.Predicate<String> reply) throws Exception {
        long deadline = System.nanoTime() + REPLY.toNanos();
        AssertionError last = null;
        while (System.nanoTime() - deadline < 0) {
            try {
                return gateway.command(command, reply, Duration.ofSeconds(2));
            } catch (AssertionError notYet) {
                last = notYet;
            }
        }
        throw new AssertionError(seedText + ": " + command + " never answered as expected", last);
    }

    private void awaitRunAfter(SoakJob job, Instant booted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Ledger ledger = Ledger.read(ledgerFile);
            if (ledger.ends(job.id()).stream().anyMatch(end -> end.pid() == gateway.pid()
                    && !end.slot().isBefore(booted))) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(seedText + ": no run of " + job.id() + " for a slot after " + booted
                        + " within 60 s of the restart; ledger tail:\n" + ledger.tail(30) + "\ngateway output:\n"
                        + String.join("\n", gateway.lines));
            }
            pause(100);
        }
    }

    private void awaitLedgerGrowth(int lines) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - deadline < 0 && (Files.exists(ledgerFile) ? Files.readAllLines(ledgerFile)
                .size() : 0) <= lines) {
            pause(5);
        }
    }

    /** Waits {@code millis}: the seeded instant of a cut, or the poll interval of a bounded wait. */
    private static void pause(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(left));
        }
    }
}
