package org.aioschedule.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target 1, side by side: no-op jobs per second when {@code jobs} are due at once, every peer with the same number
 * of task threads. The peers take turns within each round, in an order rotated every round; the first
 * {@code warmups} rounds are not counted. A peer that fails is reported and left out of later rounds.
 */
final class Throughput {

    private Throughput() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 10_000);
        int warmups = Bench.intArg(args, 1, 2);
        int rounds = Bench.intArg(args, 2, 5);
        String names = args.length > 3 ? args[3] : "all";
        int threads = Bench.intArg(args, 4, 4);
        System.out.printf("throughput: %,d no-op jobs due at once, %d task threads, %d warm-up + %d rounds,"
                + " peers alternating%n", jobs, threads, warmups, rounds);
        List<Peer> peers = Peers.parse(names, threads);
        Map<Peer, List<Double>> results = new LinkedHashMap<>();
        peers.forEach(peer -> results.put(peer, new ArrayList<>()));
        Set<Peer> failed = new HashSet<>();
        try {
            for (int round = 0; round < warmups + rounds; round++) {
                runRound(peers, failed, round, jobs, round < warmups ? null : results);
            }
        } finally {
            Peers.closeAll(peers);
        }
        report(results);
    }

    private static void runRound(List<Peer> peers, Set<Peer> failed, int round, int jobs,
            Map<Peer, List<Double>> results) throws InterruptedException {
        StringBuilder line = new StringBuilder(results == null ? "warm-up " : "round ").append(round).append(':');
        for (int turn = 0; turn < peers.size(); turn++) {
            Peer peer = peers.get((round + turn) % peers.size());
            if (failed.contains(peer)) {
                continue;
            }
            Runs.expect(jobs);
            try {
                double perSecond = peer.throughputRound(jobs);
                line.append(String.format(" %s %,.0f;", shortName(peer), perSecond));
                if (results != null) {
                    results.get(peer).add(perSecond);
                }
            } catch (Exception e) {
                System.out.println(peer.name() + " failed and is left out: " + e);
                failed.add(peer);
            }
            System.gc();
            Thread.sleep(200);
        }
        System.out.println(line);
    }

    private static String shortName(Peer peer) {
        int bracket = peer.name().indexOf(" (");
        String store = peer.name().contains("File") || peer.name().contains("H2") ? "/disk" : "";
        return (bracket < 0 ? peer.name() : peer.name().substring(0, bracket)) + store;
    }

    private static void report(Map<Peer, List<Double>> results) {
        Double reference = null;
        for (Map.Entry<Peer, List<Double>> entry : results.entrySet()) {
            if (entry.getValue().isEmpty()) {
                System.out.println(entry.getKey().name() + ": no measured rounds");
                continue;
            }
            double median = Bench.median(entry.getValue());
            reference = reference == null ? median : reference;
            System.out.printf("%s: %s; first peer / this = %.2f%n", entry.getKey().name(),
                    Bench.summary(entry.getValue(), "jobs/s"), reference / median);
        }
    }
}
