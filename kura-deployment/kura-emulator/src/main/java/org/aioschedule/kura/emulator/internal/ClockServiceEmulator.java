package org.aioschedule.kura.emulator.internal;

import java.time.Clock;
import java.util.Collections;
import java.util.Date;

import org.eclipse.kura.clock.ClockEvent;
import org.eclipse.kura.clock.ClockService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** Kura's ClockService: never synchronized until {@link #sync()} simulates an NTP sync. */
@Component(service = { ClockService.class, ClockServiceEmulator.class })
public final class ClockServiceEmulator implements ClockService {

    private final Clock clock;
    private EventAdmin eventAdmin;
    private volatile Date lastSync;

    public ClockServiceEmulator() {
        this(Clock.systemUTC());
    }

    ClockServiceEmulator(Clock clock) {
        this.clock = clock;
    }

    @Reference
    void setEventAdmin(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public Date getLastSync() {
        Date last = this.lastSync;
        return last == null ? null : new Date(last.getTime());
    }

    /** Records a sync now and posts {@code org/eclipse/kura/clock} with empty properties, as Kura does. */
    void sync() {
        this.lastSync = new Date(this.clock.millis());
        this.eventAdmin.postEvent(new ClockEvent(Collections.<String, Object> emptyMap()));
    }
}
