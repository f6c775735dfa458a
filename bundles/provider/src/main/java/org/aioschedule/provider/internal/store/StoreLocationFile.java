package org.aioschedule.provider.internal.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small file that says where the job state lives ({@code store.*}) and, when the state of an earlier store could not
 * be carried over, where it was left ({@code left.*}). It sits in a durable directory (the file store's default,
 * {@code <kura.data>/aioschedule}), so that the next start finds the state even when {@code auto} then chooses
 * another store. Written atomically: a temporary file, fsync, rename over the old one, fsync of the directory.
 */
public final class StoreLocationFile {

    /** The file's name in its directory. */
    public static final String NAME = "store-location.properties";
    private static final Logger LOG = LoggerFactory.getLogger(StoreLocationFile.class);

    private final Path file;

    /** @param directory where the file is kept */
    public StoreLocationFile(Path directory) {
        this.file = directory.toAbsolutePath().resolve(NAME);
    }

    /**
     * The location file for a gateway: in {@code <kura.data>/aioschedule} (the file store's default directory), else
     * in {@code store.file.path}; null when neither is known.
     */
    public static StoreLocationFile forData(String kuraDataDirectory, String storeFilePath) {
        if (kuraDataDirectory != null && !kuraDataDirectory.trim().isEmpty()) {
            return new StoreLocationFile(Paths.get(kuraDataDirectory.trim(), StoreChoice.DATA_SUBDIRECTORY));
        }
        if (storeFilePath != null && !storeFilePath.trim().isEmpty()) {
            return new StoreLocationFile(Paths.get(storeFilePath.trim()));
        }
        return null;
    }

    public Path path() {
        return file;
    }

    /** What the file says. */
    public static final class Contents {
        /** Where the state lived when the file was written, or null (no file yet). */
        public final StoreLocation store;
        /** Where the state of an earlier store was left without being carried over, or null. */
        public final StoreLocation left;

        public Contents(StoreLocation store, StoreLocation left) {
            this.store = store;
            this.left = left;
        }
    }

    /**
     * Reads the file.
     *
     * @return empty contents when there is no file yet
     * @throws IOException if it cannot be read, or says something that is not a location
     */
    public Contents read() throws IOException {
        if (!Files.exists(file)) {
            return new Contents(null, null);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        try {
            return new Contents(StoreLocation.read(properties, "store."), StoreLocation.read(properties, "left."));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the file, durably. */
    public void write(StoreLocation store, StoreLocation left) throws IOException {
        Properties properties = new Properties();
        store.store(properties, "store.");
        if (left != null) {
            left.store(properties, "left.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, "aioschedule: where the job state lives (written by the scheduler; do not edit)");
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(directory);
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot fsync the directory {} (not supported here)", directory, e);
        }
    }
}
