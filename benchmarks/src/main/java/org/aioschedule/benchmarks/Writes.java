package org.aioschedule.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
}
