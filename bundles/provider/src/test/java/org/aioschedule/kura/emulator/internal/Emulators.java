package org.aioschedule.kura.emulator.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.kura.emulator.KuraEmulatorControl;

/**
 * Test access to the Kura emulator's services, constructed as their own tests do (their lifecycle methods are
 * package-private): this class sits in their package on the test class path only.
 */
public final class Emulators {

    private Emulators() {
    }

    /**
     * A KeyValueDbService on an H2 file database under {@code kuraData}, as on a gateway, where it puts it by default;
     * {@code MAX_COMPACT_TIME=0} only saves the 200 ms that H2 spends compacting at each close.
     */
    public static KeyValueDbServiceEmulator keyValue(Path kuraData) throws SQLException {
        SystemServiceEmulator system = new SystemServiceEmulator();
        system.start(name -> name.startsWith("kura.") ? kuraData.toString() : null);
        KeyValueDbServiceEmulator service = new KeyValueDbServiceEmulator();
        service.setSystemService(system);
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, "jdbc:h2:file:" + kuraData.resolve("kura-emulator/keyvalue").toAbsolutePath()
                + ";MAX_COMPACT_TIME=0");
        service.activate(config);
        return service;
    }

    public static void stop(KeyValueDbServiceEmulator service) {
        service.deactivate();
    }

    /** Kura's H2DbService on {@code url} ({@code jdbc:h2:file:...} or {@code jdbc:h2:mem:...}). */
    public static H2DbServiceEmulator h2(String url) throws SQLException {
        H2DbServiceEmulator service = new H2DbServiceEmulator();
        Map<String, Object> config = new HashMap<>();
        config.put(H2DbOptions.URL, url);
        service.activate(config);
        return service;
    }

    public static void stop(H2DbServiceEmulator service) throws SQLException {
        service.deactivate();
    }

    /** The control whose {@link KuraEmulatorControl#defragDatabase()} runs Kura's SHUTDOWN DEFRAG on {@code h2}. */
    public static KuraEmulatorControl control(H2DbServiceEmulator h2) {
        EmulatorControl control = new EmulatorControl();
        control.setH2(h2);
        return control;
    }
}
