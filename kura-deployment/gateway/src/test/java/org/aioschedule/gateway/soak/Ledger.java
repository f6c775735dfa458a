package org.aioschedule.gateway.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The ledger the {@link LedgerTask} wrote, read back: the runs that started and those that ended, in file order. */
public final class Ledger {

    /** A run that began: its slot, the engine's start time, the last run the task was told of, its process. */
    public record Start(int line, String job, Instant slot, Instant start, Instant lastRun, Instant at, long pid) {
    }

    /** A run that ended. */
    public record End(int line, String job, Instant slot, Instant at, long pid) {
    }

    public final List<String> lines;
    public final List<Start> starts = new ArrayList<>();
    public final List<End> ends = new ArrayList<>();

    private Ledger(List<String> lines) {
        this.lines = Collections.unmodifiableList(lines);
        for (int i = 0; i < lines.size(); i++) {
            parse(i + 1, lines.get(i).split(" "));
        }
    }

    /** Reads the ledger; a line cut short by a kill is kept in {@link #lines} and otherwise ignored. */
    public static Ledger read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Ledger(new ArrayList<>());
        }
        return new Ledger(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void parse(int line, String[] f) {
        try {
            if (f[0].equals("START") && f.length == 7) {
                starts.add(new Start(line, f[1], Instant.parse(f[2]), Instant.parse(f[3]),
                        f[4].equals("never") ? null : Instant.parse(f[4]), Instant.parse(f[5]), Long.parseLong(f[6])));
            } else if (f[0].equals("END") && f.length == 5) {
                ends.add(new End(line, f[1], Instant.parse(f[2]), Instant.parse(f[3]), Long.parseLong(f[4])));
            }
        } catch (RuntimeException torn) {
            // a line cut short by the kill: nothing to read in it
        }
    }

    public List<Start> starts(String job) {
        return starts.stream().filter(s -> s.job.equals(job)).collect(Collectors.toList());
    }

    public List<End> ends(String job) {
        return ends.stream().filter(e -> e.job.equals(job)).collect(Collectors.toList());
    }

    /** The lines around line {@code at} (1-based), numbered, for a failure message. */
    public String excerpt(int at, int around) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(1, at - around); i <= Math.min(lines.size(), at + around); i++) {
            text.append(i == at ? ">" : " ").append(String.format("%5d ", i)).append(lines.get(i - 1)).append('\n');
        }
        return text.toString();
    }

    /** The last {@code count} lines, for a failure message. */
    public String tail(int count) {
        return excerpt(lines.size(), count).replace(">", " ");
    }
}
