package org.aioschedule.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * Target 2: {@code jobs} jobs every second on the real clock, each peer in turn (one scheduler at a time, so they
 * do not compete for the cores), for {@code warmup} seconds not counted and then {@code seconds} measured. Each run
 * records its start minus its scheduled time; p50, p99 and max are printed per peer, with the runs that never came.
 */
final class LatenessRun {

    private LatenessRun() {
    }

    static void main(String[] args) throws Exception {
        int jobs = Bench.intArg(args, 0, 10_000);
        int seconds = Bench.intArg(args, 1, 10);
        int warmup = Bench.intArg(args, 2, 3);
        String names = args.length > 3 ? args[3] : "all";
        int threads = Bench.intArg(args, 4, 4);
        System.out.printf("lateness: %,d jobs every second, %d s warm-up + %d s measured per peer, %d task threads%n",
                jobs, warmup, seconds, threads);
        List<Peer> peers = Peers.parse(names, threads);
        for (Peer peer : peers) {
            try {
                Lateness lateness = peer.lateness(jobs, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
                System.out.println(peer.name() + ": " + lateness.summary((long) jobs * seconds));
            } catch (Exception e) {
                System.out.println(peer.name() + ": failed: " + e);
            }
            System.gc();
            Thread.sleep(1000);
        }
        Peers.closeAll(peers);
    }
}
