package org.aioschedule.provider.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/** Kura posts {@code org/eclipse/kura/clock} after each clock sync: the engine re-checks the wall clock at once. */
@Component(service = EventHandler.class, property = "event.topics=" + ClockEvents.CLOCK_TOPIC)
public final class ClockEvents implements EventHandler {

    /** Kura's ClockEvent.CLOCK_EVENT_TOPIC, written out so that the Kura clock package is not imported. */
    static final String CLOCK_TOPIC = "org/eclipse/kura/clock";

    private SchedulerHost host;

    @Reference
    void setHost(SchedulerHost host) {
        this.host = host;
    }

    @Override
    public void handleEvent(Event event) {
        host.checkClock();
    }
}
