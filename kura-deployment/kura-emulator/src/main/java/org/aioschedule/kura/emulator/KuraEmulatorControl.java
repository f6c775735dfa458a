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
     * Runs now what Kura's DEFRAG timer runs on the default H2DbService instance ({@code kura.service.pid}
     * {@code org.eclipse.kura.db.H2DbService}): {@code SHUTDOWN DEFRAG}, which closes every open connection,
     * including those handed out and not yet closed, then the pool is opened again. Kura schedules it only for file
     * databases, so for an in-memory database (or while the default instance does not exist or is not initialized)
     * nothing happens.
     *
     * @return whether the database was defragmented
     * @throws IllegalStateException if the defragmentation failed
     */
    boolean defragDatabase();
}
