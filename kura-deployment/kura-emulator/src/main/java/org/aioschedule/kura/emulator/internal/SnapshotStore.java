package org.aioschedule.kura.emulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;

/**
 * The snapshot directory, kept as Kura keeps it: {@code snapshot_<ms>.xml} files, ids never going backwards, each
 * written to a temporary file, forced to disk and moved into place; only the newest are kept, as many as
 * SystemService's {@code getKuraSnapshotsCount()} says when the snapshot is written, and {@code snapshot_0} (the
 * seed) is never deleted. Plain XML: Kura encrypts snapshots with CryptoService, the emulator does not.
 */
final class SnapshotStore {

    private static final Pattern NAME = Pattern.compile("snapshot_([0-9]+)\\.xml");

    private final Path directory;
    private final Clock clock;
    private final IntSupplier maxSnapshots;

    SnapshotStore(Path directory, Clock clock, IntSupplier maxSnapshots) {
        this.directory = directory;
        this.clock = clock;
        this.maxSnapshots = maxSnapshots;
    }

    /**
     * Writes {@code configurations} (PID to properties, {@code null} properties written as none) as a new snapshot
     * and returns its id.
     */
    synchronized long write(Map<String, Map<String, Object>> configurations) throws KuraException {
        try {
            Files.createDirectories(this.directory);
            TreeSet<Long> ids = ids();
            long id = this.clock.millis();
            if (!ids.isEmpty() && id <= ids.last()) {
                id = ids.last() + 1;
            }
            writeDurably(file(id), SnapshotXml.write(configurations));
            prune();
            return id;
        } catch (Exception e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot write snapshot");
        }
    }

    /** The configurations of the newest snapshot, or an empty map when there is none. */
    synchronized Map<String, Map<String, Object>> readLatest() throws KuraException {
        TreeSet<Long> ids = ids();
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return read(ids.last());
    }

    synchronized Map<String, Map<String, Object>> read(long id) throws KuraException {
        try (InputStream in = Files.newInputStream(file(id))) {
            return SnapshotXml.read(in);
        } catch (Exception e) {
            throw new KuraException(KuraErrorCode.CONFIGURATION_ERROR, e, "cannot read snapshot " + id);
        }
    }

    /** The ids of the snapshots present, oldest first. */
    synchronized TreeSet<Long> ids() {
        TreeSet<Long> ids = new TreeSet<>();
        if (!Files.isDirectory(this.directory)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory)) {
            for (Path file : files) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    ids.add(Long.parseLong(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list snapshots in " + this.directory, e);
        }
        return ids;
    }

    Path file(long id) {
        return this.directory.resolve("snapshot_" + id + ".xml");
    }

    private void prune() throws IOException {
        TreeSet<Long> ids = ids();
        int count = ids.size();
        int max = this.maxSnapshots.getAsInt();
        while (count > max && !ids.isEmpty()) {
            long oldest = ids.pollFirst();
            if (oldest != 0 && Files.deleteIfExists(file(oldest))) {
                count--;
            }
        }
    }

    private static void writeDurably(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
