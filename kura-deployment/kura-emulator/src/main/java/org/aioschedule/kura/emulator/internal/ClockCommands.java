package org.aioschedule.kura.emulator.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Kura's clock synchronization on demand, as a Gogo command in scope {@code kura}: {@code kura:ntpsync} does what
 * Kura's ClockService does after a successful NTP sync (its last sync becomes now and {@code org/eclipse/kura/clock}
 * is posted), so a script or a test can follow a step of the system clock with Kura's event.
 */
@Component(service = ClockCommands.class, property = {"osgi.command.scope=kura", "osgi.command.function=ntpsync"})
public final class ClockCommands {

    private ClockServiceEmulator clock;

    @Reference
    void setClock(ClockServiceEmulator clock) {
        this.clock = clock;
    }

    /** Posts Kura's clock event now; returns what was done, with the time the clock reads. */
    public String ntpsync() {
        clock.sync();
        return "Clock synchronized at " + clock.getLastSync().toInstant() + "; posted org/eclipse/kura/clock";
    }
}
