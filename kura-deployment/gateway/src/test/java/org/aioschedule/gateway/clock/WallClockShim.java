package org.aioschedule.gateway.clock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The wall-clock fake of the clock-fault tests: {@code wallclock_shim.c} (a test resource) compiled with gcc into a
 * library a child JVM loads with {@code LD_PRELOAD}; it adds the offset written here to CLOCK_REALTIME,
 * gettimeofday and time only, so the JVM's monotonic clock, sleeps and waits go on undisturbed. A new offset is seen
 * within about 50 ms.
 */
public final class WallClockShim {

    private final Path library;
    private final Path offsetFile;

    private WallClockShim(Path library, Path offsetFile) {
        this.library = library;
        this.offsetFile = offsetFile;
    }

    /** Compiles the shim into {@code directory} (once per directory) with the offset zero. */
    public static WallClockShim build(Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path source = directory.resolve("wallclock_shim.c");
        Path library = directory.resolve("libwallclock.so");
        if (!Files.exists(library)) {
            try (InputStream in = WallClockShim.class.getResourceAsStream("/clockshim/wallclock_shim.c")) {
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
            Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O2", "-o", library.toString(),
                    source.toString(), "-ldl").redirectErrorStream(true).start();
            String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
                throw new IllegalStateException("gcc could not build the wall-clock shim: " + output);
            }
        }
        WallClockShim shim = new WallClockShim(library, directory.resolve("offset-" + System.nanoTime()));
        shim.offset(Duration.ZERO);
        return shim;
    }

    /** Sets the offset of the faked wall clock from the real one (written atomically). */
    public void offset(Duration offset) throws IOException {
        Path temporary = offsetFile.resolveSibling(offsetFile.getFileName() + ".tmp");
        Files.writeString(temporary, Long.toString(offset.toMillis()));
        Files.move(temporary, offsetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The environment variables that make a child process run on the faked wall clock. */
    public Map<String, String> environment() {
        return Map.of("LD_PRELOAD", library.toString(), "WALLCLOCK_OFFSET_FILE", offsetFile.toString());
    }
}
