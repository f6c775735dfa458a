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
 * {@code time:}, {@code id:}, {@code reason:}, {@code record:}. Backslashes, control characters and unpaired
 * surrogates are escaped Java-style, so each field stays on its line and can be restored exactly. Damaged bytes
 * from the store files are kept as {@code record: base64:...}.
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
        String entry = "time: " + Instant.now() + "\nid: " + escape(id) + "\nreason: " + escape(reason)
                + "\nrecord: " + escape(record) + "\n\n";
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

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7F || isLoneSurrogate(s, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
