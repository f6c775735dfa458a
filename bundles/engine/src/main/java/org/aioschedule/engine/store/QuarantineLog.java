package org.aioschedule.engine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;

/**
 * The human-readable, append-only {@code jobs.quarantine} file. Each entry is four lines and a blank line:
 * {@code time:}, {@code id:}, {@code reason:}, {@code record:}, each escaped as {@link OneLineText} (backslashes,
 * control characters, unpaired surrogates), so each field stays on its line and can be restored exactly. Damaged
 * bytes from the store files are kept as {@code record: base64:...}.
 */
final class QuarantineLog {

    private final Path file;

    QuarantineLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void append(String id, String reason, String record) throws IOException {
        String entry = "time: " + Instant.now() + "\nid: " + OneLineText.escape(id) + "\nreason: "
                + OneLineText.escape(reason) + "\nrecord: " + OneLineText.escape(record) + "\n\n";
        boolean created = !Files.exists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            StoreFiles.writeFully(ch, entry.getBytes(StandardCharsets.UTF_8), ch.size());
            ch.force(true);
        }
        if (created) {
            StoreFiles.syncDirectory(file.getParent());
        }
    }

    void appendDamaged(String id, String reason, byte[] bytes) throws IOException {
        append(id, reason, "base64:" + Base64.getEncoder().encodeToString(bytes));
    }
}
