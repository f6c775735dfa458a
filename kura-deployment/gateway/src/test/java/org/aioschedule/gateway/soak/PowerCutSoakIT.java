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
 * every promise kept ({@link LedgerChecks}), within what the commit window promises where there is one.
 * {@code -Dsoak.cycles=N} cuts per store (default 4: four of the five kill points, a different one left out for each
 * store, in seeded order); {@code -Dsoak.seed=S} repeats a run.
 */
class PowerCutSoakIT {

    private static final int CYCLES = Integer.getInteger("soak.cycles", 4);
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
        new SoakRun(store, root, dp, seed).run(points(store, new Random(seed)));
    }

    /**
     * Seeded rounds of the five kill points, {@link #CYCLES} in all; the first round leaves the point of the store's
     * ordinal to the end, so that with four cuts per store (CI) each store misses another point.
     */
    private static List<KillPoint> points(SoakStore store, Random random) {
        KillPoint last = KillPoint.values()[store.ordinal() % KillPoint.values().length];
        List<KillPoint> first = new ArrayList<>(List.of(KillPoint.values()));
        first.remove(last);
        Collections.shuffle(first, random);
        first.add(last);
        List<KillPoint> points = new ArrayList<>(first);
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
