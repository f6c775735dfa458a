package org.aioschedule.gateway.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Power cuts of the real gateway process (SIGKILL at seeded random instants: during boot, during runs, during
 * writes, during a store switch and a configuration change), for each durable store; after every restart the store
 * loads, the jobs and their configuration are there, and the ledger the task wrote outside the gateway's data shows
 * every promise kept ({@link LedgerChecks}). {@code -Dsoak.cycles=N} cuts per store (default 5: each kill point
 * once, in seeded order); {@code -Dsoak.seed=S} repeats a run.
 */
class PowerCutSoakIT {

    private static final int CYCLES = Integer.getInteger("soak.cycles", 5);
    private static final long SEED = Long.getLong("soak.seed", System.currentTimeMillis());

    @ParameterizedTest
    @EnumSource(SoakStore.class)
    void shouldKeepEveryPromiseThroughPowerCuts(SoakStore store) throws Exception {
        long seed = SEED + store.ordinal();
        System.out.println("Power-cut soak of store " + store + ": " + CYCLES + " cuts, -Dsoak.seed=" + SEED
                + " (this store's seed " + seed + ")");
        Path root = Paths.get("target", "soak", store.name().toLowerCase()).toAbsolutePath();
        deleteRecursively(root);
        Path dp = LedgerPackage.write(Paths.get("target", "soak").toAbsolutePath());
        new SoakRun(store, root, dp, seed).run(points(new Random(seed)));
    }

    /** Every kill point once in seeded order, then seeded random points, {@link #CYCLES} in all. */
    private static List<KillPoint> points(Random random) {
        List<KillPoint> points = new ArrayList<>();
        while (points.size() < CYCLES) {
            List<KillPoint> round = new ArrayList<>(List.of(KillPoint.values()));
            Collections.shuffle(round, random);
            points.addAll(round);
        }
        return points.subList(0, CYCLES);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
