package org.aioschedule.engine.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads {@code jobs.snapshot} and replays {@code jobs.journal}; writes nothing. See {@link FileJobStore}. */
final class StoreLoader {

    private static final Logger LOG = LoggerFactory.getLogger(StoreLoader.class);

    /** Bytes that could not be read, to be kept in the quarantine file. */
    static final class Damage {
        final String id;
        final String reason;
        final byte[] bytes;

        Damage(String id, String reason, byte[] bytes) {
            this.id = id;
            this.reason = reason;
            this.bytes = bytes;
        }
    }

    /** What was found, and what the store must do before it appends again. */
    static final class Loaded {
        final Map<String, String> records = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        final List<Damage> damage = new ArrayList<>();
        long generation;
        long snapshotSize;
        /** Where the journal's last intact batch ends; -1 if a new journal must be started. */
        long journalEnd = -1;
        /** Damage was found: write a new snapshot and journal so it is not met again. */
        boolean rewrite;

        private void problem(String text, Damage damaged) {
            problems.add(text);
            if (damaged != null) {
                damage.add(damaged);
            }
            rewrite = true;
        }
    }

    private final Path snapshotFile;
    private final Path journalFile;
    private final Loaded out = new Loaded();

    StoreLoader(Path snapshotFile, Path journalFile) {
        this.snapshotFile = snapshotFile;
        this.journalFile = journalFile;
    }

    Loaded load() throws IOException {
        byte[] snapshot = StoreFiles.readIfExists(snapshotFile);
        long snapshotGeneration = snapshot == null ? 0 : readSnapshot(snapshot);
        out.snapshotSize = snapshot == null ? 0 : snapshot.length;
        out.generation = Math.max(snapshotGeneration, 0);
        byte[] journal = StoreFiles.readIfExists(journalFile);
        if (journal == null && snapshot != null) {
            out.problem(journalFile + " is missing: changes made after snapshot generation " + snapshotGeneration
                    + " are lost", null);
        } else if (journal != null) {
            readJournal(journal, snapshot != null, snapshotGeneration);
        }
        return out;
    }

    /** @return the snapshot's generation, or -1 if its header is unreadable */
    private long readSnapshot(byte[] data) {
        List<Frames.Segment> segments = Frames.scan(data, 0);
        long generation = -1;
        int count = 0;
        int declared = -1;
        for (int i = 0; i < segments.size(); i++) {
            Frames.Segment seg = segments.get(i);
            try {
                StoreFormat.In in = intact(data, seg);
                if (i == 0 && in.type() == StoreFormat.HEADER) {
                    generation = StoreFormat.readHeader(in, StoreFormat.SNAPSHOT);
                } else if (in.type() == StoreFormat.RECORD) {
                    readRecord(in);
                    count++;
                } else if (in.type() == StoreFormat.END && i == segments.size() - 1) {
                    declared = Math.max(in.readInt(), 0);
                    in.expectEnd();
                } else {
                    throw new CorruptDataException("unexpected frame type " + in.type());
                }
            } catch (CorruptDataException e) {
                snapshotDamage(data, seg, e.getMessage());
            }
        }
        checkSnapshotComplete(generation, count, declared);
        return generation;
    }

    private void readRecord(StoreFormat.In in) throws CorruptDataException {
        String id = in.readString();
        String record = in.readString();
        in.expectEnd();
        out.records.put(id, record);
    }

    private void checkSnapshotComplete(long generation, int count, int declared) {
        if (generation < 0) {
            out.problem(snapshotFile + ": header unreadable, generation unknown; journal replayed over it", null);
        }
        if (declared < 0) {
            out.problem(snapshotFile + ": end marker missing or unreadable, records may be missing", null);
        } else if (declared != count) {
            out.problem(snapshotFile + ": holds " + declared + " records, " + count + " readable", null);
        }
    }

    private void snapshotDamage(byte[] data, Frames.Segment seg, String why) {
        String id = guessId(data, seg);
        String what = id == null ? "damaged bytes" : "unreadable record (job id '" + id + "', unverified)";
        String reason = snapshotFile + ": " + what + " at bytes " + seg.start + "-" + seg.end + ": " + why;
        out.problem(reason + "; set aside in quarantine",
                new Damage(id == null ? "(unknown)" : id, reason, Arrays.copyOfRange(data, seg.start, seg.end)));
    }

    private static String guessId(byte[] data, Frames.Segment seg) {
        int p = seg.payloadStart();
        if (seg.end - p < 5 || data[p] != StoreFormat.RECORD) {
            return null;
        }
        int length = Frames.readInt(data, p + 1);
        if (length < 0 || length > seg.end - p - 5) {
            return null;
        }
        try {
            return StringCodec.decode(data, p + 5, length);
        } catch (CorruptDataException e) {
            return null;
        }
    }

    private void readJournal(byte[] data, boolean snapshotExists, long snapshotGeneration) {
        List<Frames.Segment> segments = Frames.scan(data, 0);
        long generation;
        try {
            if (segments.isEmpty()) {
                throw new CorruptDataException("file is empty");
            }
            StoreFormat.In in = intact(data, segments.get(0));
            if (in.type() != StoreFormat.HEADER) {
                throw new CorruptDataException("no header");
            }
            generation = StoreFormat.readHeader(in, StoreFormat.JOURNAL);
        } catch (CorruptDataException e) {
            String reason = journalFile + ": header unreadable (" + e.getMessage() + "), journal not replayed";
            out.problem(reason + "; set aside in quarantine", new Damage("(journal)", reason, data));
            return;
        }
        if (snapshotExists && generation < snapshotGeneration) {
            LOG.info("{} generation {} predates snapshot generation {} (compaction was interrupted): "
                    + "its batches are in the snapshot", journalFile, generation, snapshotGeneration);
            return;
        }
        checkGenerations(snapshotExists, snapshotGeneration, generation);
        out.generation = Math.max(out.generation, generation);
        replay(data, segments, generation);
    }

    private void checkGenerations(boolean snapshotExists, long snapshotGeneration, long generation) {
        if (!snapshotExists && generation > 0) {
            out.problem(snapshotFile + " is missing but " + journalFile + " is at generation " + generation
                    + ": records written before that generation are lost", null);
        } else if (snapshotExists && snapshotGeneration >= 0 && generation > snapshotGeneration) {
            out.problem(snapshotFile + " generation " + snapshotGeneration + " is older than " + journalFile
                    + " generation " + generation + ": records may be missing or stale", null);
        }
    }

    private void replay(byte[] data, List<Frames.Segment> segments, long generation) {
        out.journalEnd = segments.get(0).end;
        for (int i = 1; i < segments.size(); i++) {
            Frames.Segment seg = segments.get(i);
            String why = "checksum or framing damaged";
            if (seg.intact) {
                try {
                    apply(data, seg);
                    out.journalEnd = seg.end;
                    continue;
                } catch (CorruptDataException e) {
                    why = e.getMessage();
                }
            } else if (i == segments.size() - 1) {
                LOG.warn("Discarding {} bytes at the end of {} from byte {}: an incomplete batch, never acknowledged",
                        data.length - seg.start, journalFile, seg.start);
                return;
            }
            journalDamage(data, seg, generation, why, segments.size() - 1 - i);
            return;
        }
    }

    private void apply(byte[] data, Frames.Segment seg) throws CorruptDataException {
        StoreFormat.In in = intact(data, seg);
        if (in.type() != StoreFormat.BATCH) {
            throw new CorruptDataException("unexpected frame type " + in.type());
        }
        StoreFormat.Batch batch = StoreFormat.readBatch(in);
        Batches.apply(out.records, batch.upserts, batch.deletes);
    }

    private void journalDamage(byte[] data, Frames.Segment seg, long generation, String why, int later) {
        String reason = journalFile + " generation " + generation + ": damaged batch at byte " + seg.start + " ("
                + why + "); replay stopped there, " + later + " later frame(s) not applied";
        out.problem(reason + "; bytes " + seg.start + "-" + data.length + " set aside in quarantine",
                new Damage("(journal)", reason, Arrays.copyOfRange(data, seg.start, data.length)));
    }

    private static StoreFormat.In intact(byte[] data, Frames.Segment seg) throws CorruptDataException {
        if (!seg.intact) {
            throw new CorruptDataException("checksum or framing damaged");
        }
        return new StoreFormat.In(data, seg);
    }
}
