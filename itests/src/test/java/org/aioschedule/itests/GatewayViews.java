package org.aioschedule.itests;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a test reads from a {@link KuraGateway}, copied out of the gateway's class space into plain JDK values. */
final class GatewayViews {

    private GatewayViews() {
    }

    /** An EventAdmin event the gateway delivered, with the boot (1 = first start) it arrived in. */
    static final class GatewayEvent {
        final String topic;
        final Map<String, Object> properties;
        final int boot;

        GatewayEvent(Object event, int boot) {
            this.topic = (String) Reflect.call(event, "getTopic");
            Map<String, Object> copy = new HashMap<>();
            for (String name : (String[]) Reflect.call(event, "getPropertyNames")) {
                copy.put(name, Reflect.call(event, "getProperty", name));
            }
            this.properties = Collections.unmodifiableMap(copy);
            this.boot = boot;
        }

        boolean is(String result, String jobId) {
            return topic.equals("org/aioschedule/job/" + result) && jobId.equals(properties.get("job.id"));
        }

        /** The slot the run stood for, in epoch milliseconds (-1 when the event has none). */
        long scheduledTime() {
            Object time = properties.get("scheduled.time");
            return time instanceof Long ? (Long) time : -1;
        }

        @Override
        public String toString() {
            return "boot " + boot + " " + topic + " " + properties;
        }
    }

    /** A Job of the gateway's scheduler, as seen when it was read. */
    static final class JobView {
        final String id;
        final String state;
        final String schedule;
        final long runCount;
        final Optional<Instant> lastRun;
        final Optional<Instant> nextRun;

        @SuppressWarnings("unchecked")
        JobView(Object job) {
            this.id = (String) Reflect.call(job, "id");
            this.state = Reflect.call(job, "state").toString();
            this.schedule = (String) Reflect.call(job, "schedule");
            this.runCount = (Long) Reflect.call(job, "runCount");
            this.lastRun = (Optional<Instant>) Reflect.call(job, "lastRun");
            this.nextRun = (Optional<Instant>) Reflect.call(job, "nextRun");
        }

        @Override
        public String toString() {
            return "job " + id + " " + state + " runs=" + runCount + " last=" + lastRun.orElse(null) + " next="
                    + nextRun.orElse(null);
        }
    }

    /** One run of a task the test registered, as its TaskContext described it. */
    static final class TaskRun {
        final String jobId;
        final Instant scheduledTime;
        final Instant startTime;
        final Optional<Instant> lastRun;
        final int boot;

        @SuppressWarnings("unchecked")
        TaskRun(Object context, int boot) {
            this.jobId = (String) Reflect.call(context, "jobId");
            this.scheduledTime = (Instant) Reflect.call(context, "scheduledTime");
            this.startTime = (Instant) Reflect.call(context, "startTime");
            this.lastRun = (Optional<Instant>) Reflect.call(context, "lastRun");
            this.boot = boot;
        }

        @Override
        public String toString() {
            return "boot " + boot + " run of " + jobId + " for " + scheduledTime + " at " + startTime + " (last "
                    + lastRun.orElse(null) + ")";
        }
    }
}
