package org.aioschedule.provider.internal.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.engine.store.CrashWorkload;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.kura.emulator.internal.Emulators;
import org.aioschedule.kura.emulator.internal.H2DbServiceEmulator;

/**
 * Child process of {@link JdbcJobStoreCrashTest}: {@code JdbcCrashWriter url seed}. Opens the H2DbService emulator
 * on the H2 file URL and a JDBC store on it; prints {@code LOADING}, {@code READY <last batch> <problems>}, then
 * {@code ACK <batch>} after each acknowledged write, until killed (or a safety limit of 60 s).
 */
public final class JdbcCrashWriter {

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);

    private JdbcCrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        CrashWorkload workload = new CrashWorkload(Long.parseLong(args[1]));
        long deadline = System.nanoTime() + 60_000_000_000L;
        say("LOADING");
        H2DbServiceEmulator h2 = Emulators.h2(args[0]);
        try (JdbcJobStore store = new JdbcJobStore(h2, "crash")) {
            LoadResult loaded = store.load();
            Map<String, String> state = new HashMap<>(loaded.records());
            long batch = CrashWorkload.lastBatch(state);
            say("READY " + batch + " " + loaded.problems().size());
            while (System.nanoTime() < deadline) {
                batch++;
                CrashWorkload.Batch next = workload.batch(batch, state);
                store.write(next.upserts, next.deletes);
                state = workload.apply(state, next);
                say("ACK " + batch);
            }
        } finally {
            Emulators.stop(h2);
        }
    }

    /** One write(2) per line, so a kill never leaves half a line. */
    private static void say(String line) throws IOException {
        OUT.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
