package org.aioschedule.kura.emulator.internal;

import java.sql.SQLException;

import org.aioschedule.kura.emulator.KuraEmulatorControl;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The emulator's control service. */
@Component(service = KuraEmulatorControl.class)
public final class EmulatorControl implements KuraEmulatorControl {

    private ClockServiceEmulator clock;
    private H2DbServiceEmulator h2;

    @Reference
    void setClock(ClockServiceEmulator clock) {
        this.clock = clock;
    }

    @Reference
    void setH2(H2DbServiceEmulator h2) {
        this.h2 = h2;
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
