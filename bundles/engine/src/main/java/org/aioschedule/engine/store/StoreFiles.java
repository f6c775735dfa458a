package org.aioschedule.engine.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File operations with the fsyncs that make them durable. */
final class StoreFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);
    private static volatile boolean directorySyncWarned;

    private StoreFiles() {
    }

    /** @return the content, or null if the file does not exist */
    static byte[] readIfExists(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Replaces {@code target} by {@code content} so that a crash leaves either the old or the new file. */
    static void replaceDurably(Path target, byte[] content) throws IOException {
        Path tmp = tmpOf(target);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, content, 0);
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
    }

    static Path tmpOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }

    static void writeFully(FileChannel ch, byte[] content, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(content);
        long p = position;
        while (buf.hasRemaining()) {
            p += ch.write(buf, p);
        }
    }

    /** Locks {@code lockFile} for this process and store instance; the lock's channel stays open until closed. */
    static FileLock lockExclusively(Path directory, Path lockFile) throws StoreException {
        FileChannel ch = null;
        FileLock lock;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new StoreException(directory + " is already open in this process (" + lockFile + " is locked)");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException("cannot lock " + lockFile + ", is " + directory + " writable? " + e, e);
        }
        if (lock == null) {
            closeQuietly(ch);
            throw new StoreException(directory + " is in use by another process (" + lockFile + " is locked)");
        }
        return lock;
    }

    /** Makes renames and new files in {@code dir} durable, where the platform allows fsync on a directory. */
    static void syncDirectory(Path dir) {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            LOG.debug("Cannot open directory {} to sync it (normal on some platforms): {}", dir, e.toString());
            return;
        }
        try {
            ch.force(true);
        } catch (IOException e) {
            if (!directorySyncWarned) {
                directorySyncWarned = true;
                LOG.warn("fsync of directory {} failed; renames may not survive a power cut: {}", dir, e.toString());
            }
        } finally {
            closeQuietly(ch);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("Ignoring failure to close {}: {}", c, e.toString());
        }
    }
}
