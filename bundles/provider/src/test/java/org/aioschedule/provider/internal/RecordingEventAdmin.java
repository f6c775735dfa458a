package org.aioschedule.provider.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An EventAdmin that keeps what is posted. */
final class RecordingEventAdmin implements EventAdmin {

    final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    List<Event> topic(String result) {
        return events.stream().filter(event -> event.getTopic().equals("org/aioschedule/job/" + result))
                .collect(Collectors.toList());
    }
}
