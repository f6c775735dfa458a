package org.aioschedule.itests;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** The scheduler's job events ({@code org/aioschedule/job/*}) as a test in the framework receives them, in order. */
final class JobEvents implements AutoCloseable {

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final ServiceRegistration<EventHandler> registration;

    private JobEvents(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, "org/aioschedule/job/*");
        registration = context.registerService(EventHandler.class, events::add, properties);
    }

    static JobEvents listen(BundleContext context) {
        return new JobEvents(context);
    }

    /** The next {@code result} event (SUCCEEDED, FAILED, ...) of {@code jobId}, waiting a bounded time for it. */
    Event await(String result, String jobId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Probe.WAIT_MILLIS;
        for (long left = Probe.WAIT_MILLIS; left > 0; left = deadline - System.currentTimeMillis()) {
            Event event = events.poll(left, TimeUnit.MILLISECONDS);
            if (event != null && event.getTopic().endsWith("/" + result) && jobId.equals(event.getProperty("job.id"))) {
                return event;
            }
        }
        throw new AssertionError("No " + result + " event for job " + jobId + " within " + Probe.WAIT_MILLIS + " ms");
    }

    /** The events received so far and not yet awaited, in order; they are forgotten here. */
    List<Event> drain() {
        List<Event> drained = new ArrayList<>();
        events.drainTo(drained);
        return drained;
    }

    /** Forgets the events received so far. */
    void clear() {
        events.clear();
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
