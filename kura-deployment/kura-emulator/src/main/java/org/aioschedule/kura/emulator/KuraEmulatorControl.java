package org.aioschedule.kura.emulator;

import java.util.Optional;

import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.osgi.annotation.versioning.ProviderType;

/** Triggers, on demand, what Kura does on its own schedule. Registered by the Kura emulator bundle. */
@ProviderType
public interface KuraEmulatorControl {

    /**
     * The OCD the ConfigurationService emulator read, with Kura's rules, for a singleton PID or a factory PID of an
     * ACTIVE bundle, as Kura's web UI would show it; empty when Kura would show nothing for it.
     */
    Optional<KuraOcd> componentOcd(String pid);

    /**
     * Simulates a successful NTP synchronization: {@code ClockService.getLastSync()} becomes now, and an event on
     * {@code org/eclipse/kura/clock} with empty properties is posted (asynchronously) through EventAdmin.
     */
    void syncClock();

    /**
     * Simulates Kura's periodic {@code SHUTDOWN DEFRAG} of the H2DbService emulator: every open connection,
     * including those handed out and not yet closed, is closed, and the pool is reopened. Kura does this only for
     * file databases, so for an in-memory database nothing happens.
     *
     * @return whether the database was defragmented (false for an in-memory database)
     * @throws IllegalStateException if the defragmentation failed
     */
    boolean defragDatabase();
}
