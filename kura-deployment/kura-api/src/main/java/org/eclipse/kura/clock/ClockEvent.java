package org.eclipse.kura.clock;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.event.Event;

/** Posted on {@link #CLOCK_EVENT_TOPIC} after every successful clock synchronization. */
@ProviderType
public class ClockEvent extends Event {

    public static final String CLOCK_EVENT_TOPIC = "org/eclipse/kura/clock";

    public ClockEvent(Map<String, ?> properties) {
        super(CLOCK_EVENT_TOPIC, properties);
    }
}
