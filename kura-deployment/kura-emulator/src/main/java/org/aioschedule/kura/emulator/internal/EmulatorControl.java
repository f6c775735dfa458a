package org.aioschedule.kura.emulator.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.aioschedule.kura.emulator.KuraEmulatorControl;
import org.aioschedule.kura.emulator.metatype.KuraOcd;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The emulator's control service. */
@Component(service = KuraEmulatorControl.class)
public final class EmulatorControl implements KuraEmulatorControl {

    private ClockServiceEmulator clock;
    private H2DbServiceEmulator h2;
    private ConfigurationServiceEmulator configuration;

    @Reference
    void setClock(ClockServiceEmulator clock) {
        this.clock = clock;
    }

    @Reference
    void setH2(H2DbServiceEmulator h2) {
        this.h2 = h2;
    }

    @Reference
    void setConfiguration(ConfigurationServiceEmulator configuration) {
        this.configuration = configuration;
    }

    @Override
    public Optional<KuraOcd> componentOcd(String pid) {
        return Optional.ofNullable(this.configuration.ocd(pid));
    }

    @Override
    public void syncClock() {
        this.clock.sync();
    }

    @Override
    public boolean defragDatabase() {
        try {
            return this.h2.shutdownDefrag();
        } catch (SQLException e) {
            throw new IllegalStateException("SHUTDOWN DEFRAG of the H2DbService emulator failed", e);
        }
    }
}
