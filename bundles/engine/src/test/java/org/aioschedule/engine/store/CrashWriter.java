package org.aioschedule.engine.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * Child process of {@link FileJobStoreCrashTest}: {@code CrashWriter dir seed compactionBytes}. Prints
 * {@code LOADING}, {@code READY <last batch> <problems>}, then {@code ACK <batch> <compactions>} after each
 * acknowledged write, until killed (or a safety limit of 60 s).
 */
public final class CrashWriter {

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        CrashWorkload workload = new CrashWorkload(Long.parseLong(args[1]));
        long deadline = System.nanoTime() + 60_000_000_000L;
        say("LOADING");
        try (FileJobStore store = new FileJobStore(Paths.get(args[0]), Long.parseLong(args[2]))) {
            LoadResult loaded = store.load();
            Map<String, String> state = new HashMap<>(loaded.records());
            long batch = CrashWorkload.lastBatch(state);
            say("READY " + batch + " " + loaded.problems().size());
            for (String problem : loaded.problems()) {
                System.err.println("PROBLEM " + problem);
            }
            while (System.nanoTime() < deadline) {
                batch++;
                CrashWorkload.Batch next = workload.batch(batch, state);
                store.write(next.upserts, next.deletes);
                state = workload.apply(state, next);
                say("ACK " + batch + " " + store.compactions());
            }
        }
    }

    /** One write(2) per line, so a kill never leaves half a line. */
    private static void say(String line) throws IOException {
        OUT.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
