package org.aioschedule.gateway.soak;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;

/**
 * The soak's task, run inside the gateway: appends a {@code START} line when a run begins and an {@code END} line
 * when it ends to the ledger named by the system property {@value #LEDGER}, each written and forced to disk before
 * it goes on. A run lasts 40 to 280 ms, chosen from its slot, so that kills fall inside runs too.
 */
public final class LedgerTask implements Task {

    /** The system property naming the ledger file; it lies outside the gateway's data. */
    public static final String LEDGER = "aioschedule.soak.ledger";
    /** The task's PID. */
    public static final String PID = "org.aioschedule.soak.ledger";

    private static final Object APPENDING = new Object();

    private final Path ledger = Paths.get(System.getProperty(LEDGER, "soak-ledger.txt"));
    private final long process = ProcessHandle.current().pid();

    @Override
    public CompletionStage<?> run(TaskContext context) throws Exception {
        Instant slot = context.scheduledTime();
        append("START " + context.jobId() + " " + slot + " " + context.startTime() + " "
                + context.lastRun().map(Instant::toString).orElse("never") + " " + Instant.now() + " " + process);
        Thread.sleep(40 + Math.floorMod(slot.getEpochSecond() * 7, 9) * 30);
        append("END " + context.jobId() + " " + slot + " " + Instant.now() + " " + process);
        return null;
    }

    private void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (APPENDING) {
            try (FileChannel channel = FileChannel.open(ledger, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        }
    }
}
