package org.aioschedule.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The peers by short name, as the commands take them ({@code all} or a comma-separated list). */
final class Peers {

    static final String ALL = "aio,aio-file,quartz-ram,quartz-jdbc,db-scheduler,stpe";

    private Peers() {
    }

    static List<Peer> parse(String names, int threads) {
        List<Peer> peers = new ArrayList<>();
        for (String name : ("all".equals(names) ? ALL : names).split(",")) {
            peers.add(create(name.trim(), threads));
        }
        return peers;
    }

    private static Peer create(String name, int threads) {
        switch (name) {
            case "aio":
                return new AioPeer(false, threads);
            case "aio-file":
                return new AioPeer(true, threads);
            case "quartz-ram":
                return new QuartzPeer(false, threads, 1);
            case "quartz-jdbc":
                return new QuartzPeer(true, threads, 1);
            case "db-scheduler":
                return new DbSchedulerPeer(threads);
            case "stpe":
                return new ExecutorPeer(threads);
            default:
                throw new IllegalArgumentException("unknown peer '" + name + "': use all or a comma-separated list of "
                        + ALL + " (for example aio,quartz-ram)");
        }
    }

    static void closeAll(List<Peer> peers) {
        for (Peer peer : peers) {
            try {
                peer.close();
            } catch (Exception e) {
                System.out.println(peer.name() + ": close failed: " + e);
            }
        }
    }
}
