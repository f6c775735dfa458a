package org.aioschedule.engine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable store in one directory: a snapshot of all records plus an append-only journal of batches, with one
 * fsync per {@link #write}.
 * <p>
 * Files: {@code jobs.snapshot} (a header frame with a generation number, one frame per record, an end frame with
 * the record count), {@code jobs.journal} (a header frame with a generation number, then one frame per batch),
 * {@code jobs.quarantine} (human-readable, see {@code QuarantineLog}) and {@code jobs.lock}. Every frame carries its
 * own CRC32 (see {@code Frames}); strings are encoded losslessly (see {@code StringCodec}).
 * <p>
 * Invariant: the live records are the snapshot of generation G with, if the journal's generation is also G, the
 * journal's intact batches replayed in order. A journal of an older generation is already contained in the snapshot
 * and is ignored. Compaction keeps this true at every step: (1) write {@code jobs.snapshot.tmp} with generation G+1,
 * fsync; (2) rename it over {@code jobs.snapshot}, fsync the directory (a crash now leaves snapshot G+1 with journal
 * G, which is ignored); (3) write {@code jobs.journal.tmp} with generation G+1 and no batches, fsync, rename over
 * {@code jobs.journal}, fsync the directory. No batch is appended between (2) and (3). Compaction runs when the
 * journal outgrows max(64 KiB, snapshot size), so flash sees at most about twice the bytes of the batches.
 * <p>
 * A torn batch at the end of the journal was never acknowledged: it is logged and cut off. Any other damage is
 * reported by {@link #load()}, its bytes are kept in {@code jobs.quarantine}, and a new snapshot and journal are
 * written at once so it is reported only once. Only the first {@link #load()} reads the files; later calls return
 * the records held in memory. Single process: a second instance on the same directory fails with a clear error.
 */
public final class FileJobStore implements JobStore {

    static final long DEFAULT_COMPACTION_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FileJobStore.class);

    private final Path directory;
    private final Path snapshotFile;
    private final Path journalFile;
    private final QuarantineLog quarantine;
    private final long compactionBytes;
    private final Map<String, String> live = new HashMap<>();
    private final FileLock lock;
    private FileChannel journal;
    private long journalSize;
    private long rollbackTo = -1;
    private long snapshotSize;
    private long generation;
    private long nextCompactionAt;
    private int compactions;
    private boolean loaded;
    private boolean closed;

    /**
     * Opens (creating it if needed) and locks the store directory; records are read by {@link #load()}.
     *
     * @param directory where the store keeps its files
     * @throws StoreException if the directory cannot be created or written, or is in use by another store
     */
    public FileJobStore(Path directory) throws StoreException {
        this(directory, DEFAULT_COMPACTION_BYTES);
    }

    FileJobStore(Path directory, long compactionBytes) throws StoreException {
        this.directory = directory.toAbsolutePath();
        this.snapshotFile = this.directory.resolve("jobs.snapshot");
        this.journalFile = this.directory.resolve("jobs.journal");
        this.quarantine = new QuarantineLog(this.directory.resolve("jobs.quarantine"));
        this.compactionBytes = compactionBytes;
        createDirectory();
        lock = StoreFiles.lockExclusively(this.directory, this.directory.resolve("jobs.lock"));
    }

    @Override
    public String description() {
        return "file " + directory;
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public synchronized LoadResult load() throws StoreException {
        checkOpen();
        return loaded ? new LoadResult(live, Collections.<String>emptyList()) : loadFromDisk();
    }

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        checkOpen();
        Batches.check(upserts, deletes);
        ensureLoaded();
        if (upserts.isEmpty() && deletes.isEmpty()) {
            return;
        }
        prepareJournal();
        append(StoreFormat.batch(upserts, deletes));
        Batches.apply(live, upserts, deletes);
        maybeCompact();
    }

    @Override
    public synchronized void quarantine(String id, String record, String reason) throws StoreException {
        checkOpen();
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        ensureLoaded();
        try {
            quarantine.append(id, String.valueOf(reason), record);
        } catch (IOException e) {
            throw new StoreException("cannot write " + quarantine.file() + ": " + e, e);
        }
        if (live.containsKey(id)) {
            write(Collections.<String, String>emptyMap(), Collections.singleton(id));
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StoreFiles.closeQuietly(journal);
        journal = null;
        StoreFiles.closeQuietly(lock);
        StoreFiles.closeQuietly(lock.channel());
    }

    synchronized int compactions() {
        return compactions;
    }

    private void createDirectory() throws StoreException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + directory + ": " + e, e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("store directory " + directory + " is not writable");
        }
    }

    private void ensureLoaded() throws StoreException {
        if (!loaded) {
            loadFromDisk();
        }
    }

    private LoadResult loadFromDisk() throws StoreException {
        StoreLoader.Loaded found;
        try {
            Files.deleteIfExists(StoreFiles.tmpOf(snapshotFile));
            Files.deleteIfExists(StoreFiles.tmpOf(journalFile));
            found = new StoreLoader(snapshotFile, journalFile).load();
        } catch (IOException e) {
            throw new StoreException("cannot read store in " + directory + ": " + e, e);
        }
        setAside(found);
        live.clear();
        live.putAll(found.records);
        generation = found.generation;
        snapshotSize = found.snapshotSize;
        if (found.rewrite) {
            compact();
        } else if (found.journalEnd < 0) {
            startJournal();
        } else {
            openJournal(found.journalEnd);
        }
        loaded = true;
        for (String problem : found.problems) {
            LOG.warn("{}: {}", description(), problem);
        }
        LOG.info("Loaded {} records from {} (generation {})", live.size(), directory, generation);
        return new LoadResult(live, found.problems);
    }

    private void setAside(StoreLoader.Loaded found) throws StoreException {
        for (StoreLoader.Damage damage : found.damage) {
            try {
                quarantine.appendDamaged(damage.id, damage.reason, damage.bytes);
            } catch (IOException e) {
                throw new StoreException("cannot keep damaged data aside in " + quarantine.file() + ": " + e, e);
            }
        }
    }

    private void openJournal(long end) throws StoreException {
        StoreFiles.closeQuietly(journal);
        try {
            journal = FileChannel.open(journalFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            journalSize = end;
            if (journal.size() != end) {
                journal.truncate(end);
                journal.force(true);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open journal " + journalFile + ": " + e, e);
        }
    }

    private void startJournal() throws StoreException {
        StoreFiles.closeQuietly(journal);
        journal = null;
        byte[] header = StoreFormat.header(StoreFormat.JOURNAL, generation);
        try {
            StoreFiles.replaceDurably(journalFile, header);
            journal = FileChannel.open(journalFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot start journal " + journalFile + ": " + e, e);
        }
        journalSize = header.length;
        rollbackTo = -1;
    }

    private void prepareJournal() throws StoreException {
        if (journal == null) {
            startJournal();
            return;
        }
        if (!journal.isOpen()) {
            LOG.info("Reopening journal {} (its channel was closed, e.g. by a thread interrupt)", journalFile);
            openJournal(journalSize);
        }
        if (rollbackTo >= 0) {
            rollBack();
        }
    }

    private void append(byte[] frame) throws StoreException {
        long start = journalSize;
        try {
            StoreFiles.writeFully(journal, frame, start);
            journal.force(true);
        } catch (IOException e) {
            StoreException failure = new StoreException("cannot write batch to " + journalFile + ": " + e, e);
            rollbackTo = start;
            try {
                rollBack();
            } catch (StoreException | RuntimeException r) {
                failure.addSuppressed(r);
            }
            throw failure;
        }
        journalSize = start + frame.length;
    }

    private void rollBack() throws StoreException {
        try {
            if (!journal.isOpen()) {
                journal = FileChannel.open(journalFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            journal.truncate(rollbackTo);
            journal.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot roll back a failed batch in " + journalFile + ": " + e, e);
        }
        journalSize = rollbackTo;
        rollbackTo = -1;
    }

    private void maybeCompact() {
        if (journalSize <= Math.max(compactionBytes, snapshotSize) || journalSize < nextCompactionAt) {
            return;
        }
        try {
            compact();
        } catch (StoreException e) {
            nextCompactionAt = journalSize + compactionBytes;
            LOG.warn("Compaction of {} failed, will retry later: {}", directory, e.getMessage());
        }
    }

    private void compact() throws StoreException {
        long next = generation + 1;
        byte[] snapshot = StoreFormat.snapshot(next, live);
        try {
            StoreFiles.replaceDurably(snapshotFile, snapshot);
        } catch (IOException e) {
            throw new StoreException("cannot write snapshot " + snapshotFile + ": " + e, e);
        }
        generation = next;
        snapshotSize = snapshot.length;
        nextCompactionAt = 0;
        compactions++;
        startJournal();
        LOG.debug("Compacted {}: generation {}, {} records, {} bytes", directory, next, live.size(), snapshot.length);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed: " + description());
        }
    }
}
