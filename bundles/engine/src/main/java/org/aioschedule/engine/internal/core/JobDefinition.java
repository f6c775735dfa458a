package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.engine.internal.schedule.ScheduleSpec;

/**
 * What a job is: immutable; {@code null} policies and timeout mean "the scheduler's default". The two policies are
 * kept in one byte (their ordinals plus one, 0 for the default), which keeps the object at 48 bytes.
 */
final class JobDefinition {

    private static final MisfirePolicy[] MISFIRES = MisfirePolicy.values();
    private static final Delivery[] DELIVERIES = Delivery.values();

    final String id;
    final String taskPid;
    final ScheduleSpec spec;
    final Set<String> tags;
    final JobSource source;
    final Map<String, Object> arguments;
    private final byte policies;
    final Duration timeout;
    final int maxInstances;

    JobDefinition(String id, String taskPid, ScheduleSpec spec, Set<String> tags, JobSource source,
            Map<String, Object> arguments, MisfirePolicy misfire, Delivery delivery, Duration timeout,
            int maxInstances) {
        this.id = id;
        this.taskPid = taskPid;
        this.spec = spec;
        this.tags = tags;
        this.source = source;
        this.arguments = arguments;
        this.policies = (byte) (code(misfire) | code(delivery) << 4);
        this.timeout = timeout;
        this.maxInstances = maxInstances;
    }

    public String id() {
        return id;
    }

    public String taskPid() {
        return taskPid;
    }

    public ScheduleSpec spec() {
        return spec;
    }

    public Set<String> tags() {
        return tags;
    }

    public JobSource source() {
        return source;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public MisfirePolicy misfire() {
        int code = policies & 0xF;
        return code == 0 ? null : MISFIRES[code - 1];
    }

    public Delivery delivery() {
        int code = policies >> 4 & 0xF;
        return code == 0 ? null : DELIVERIES[code - 1];
    }

    private static int code(Enum<?> value) {
        return value == null ? 0 : value.ordinal() + 1;
    }

    public Duration timeout() {
        return timeout;
    }

    public int maxInstances() {
        return maxInstances;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobDefinition)) {
            return false;
        }
        JobDefinition d = (JobDefinition) o;
        return id.equals(d.id) && taskPid.equals(d.taskPid) && spec.equals(d.spec) && tags.equals(d.tags)
                && source == d.source && arguments.equals(d.arguments) && policies == d.policies
                && Objects.equals(timeout, d.timeout) && maxInstances == d.maxInstances;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, taskPid, spec, source);
    }
}
