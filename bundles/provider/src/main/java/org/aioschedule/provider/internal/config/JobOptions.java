package org.aioschedule.provider.internal.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.JsonArguments;

/**
 * The validated configuration of one {@code org.aioschedule.Job} factory instance: an immutable value. A job with
 * any bad value is not scheduled; {@link #problems} says why, one message per bad value.
 */
public final class JobOptions {

    public static final String FACTORY_PID = "org.aioschedule.Job";
    public static final String KURA_SERVICE_PID = "kura.service.pid";

    public static final String ENABLED = "enabled";
    public static final String TASK_PID = "task.pid";
    public static final String SCHEDULE = "schedule";
    public static final String ARGUMENTS = "arguments";
    public static final String TAGS = "tags";
    public static final String MISFIRE_POLICY = "misfire.policy";
    public static final String DELIVERY = "delivery";
    public static final String TIMEOUT = "timeout.seconds";
    public static final String MAX_INSTANCES = "max.instances";

    static final String INHERIT = "inherit";

    public final String id;
    public final boolean enabled;
    public final String taskPid;
    public final String schedule;
    public final Map<String, Object> arguments;
    public final Set<String> tags;
    /** Null to inherit the scheduler's. */
    public final MisfirePolicy misfirePolicy;
    /** Null to inherit the scheduler's. */
    public final Delivery delivery;
    /** Null to inherit the scheduler's task timeout. */
    public final Duration timeout;
    public final int maxInstances;
    public final List<String> problems;

    private JobOptions(String id, ConfigReader in) {
        this.id = id;
        enabled = in.bool(ENABLED, true);
        taskPid = pid(in);
        schedule = required(in, SCHEDULE, "every 10 seconds");
        arguments = arguments(in);
        tags = Collections.unmodifiableSet(new LinkedHashSet<>(in.texts(TAGS)));
        String misfire = in.choice(MISFIRE_POLICY, INHERIT, INHERIT, "RUN_ONCE", "SKIP", "RUN_ALL");
        misfirePolicy = INHERIT.equals(misfire) ? null : MisfirePolicy.valueOf(misfire);
        String deliveryText = in.choice(DELIVERY, INHERIT, INHERIT, "AT_LEAST_ONCE", "AT_MOST_ONCE");
        delivery = INHERIT.equals(deliveryText) ? null : Delivery.valueOf(deliveryText);
        long seconds = in.number(TIMEOUT, 0, 0, 604_800, "timeout.seconds=60 (0 for the scheduler's)");
        timeout = seconds == 0 ? null : Duration.ofSeconds(seconds);
        maxInstances = (int) in.number(MAX_INSTANCES, 1, 1, 100, "max.instances=1");
        problems = in.problems();
    }

    /**
     * Reads a factory instance's properties. Its id is {@code kura.service.pid} (Kura's persistent identity); a
     * configuration created outside Kura without one is identified by its {@code service.pid}.
     */
    public static JobOptions from(Map<String, ?> properties) {
        Object kuraPid = properties.get(KURA_SERVICE_PID);
        Object id = kuraPid != null ? kuraPid : properties.get("service.pid");
        String jobId = id == null ? FACTORY_PID : id.toString();
        return new JobOptions(jobId, new ConfigReader("Job " + jobId, properties));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    private static String pid(ConfigReader in) {
        String pid = required(in, TASK_PID, "org.aioschedule.examples.job");
        if (pid != null && pid.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            in.problem(TASK_PID, pid, "use the PID of a task service, without spaces or control characters, "
                    + "for example task.pid=org.aioschedule.examples.job");
            return null;
        }
        return pid;
    }

    private static String required(ConfigReader in, String key, String example) {
        String text = in.text(key, null);
        if (text == null) {
            in.problem(key, "", "it is required, for example " + key + "=" + example);
        }
        return text;
    }

    private static Map<String, Object> arguments(ConfigReader in) {
        String json = in.text(ARGUMENTS, "");
        try {
            return JsonArguments.parse(json);
        } catch (ScheduleValueException e) {
            in.problem(ARGUMENTS, json, e.getMessage());
            return Collections.emptyMap();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobOptions)) {
            return false;
        }
        JobOptions other = (JobOptions) o;
        return id.equals(other.id) && enabled == other.enabled && Objects.equals(taskPid, other.taskPid)
                && Objects.equals(schedule, other.schedule) && arguments.equals(other.arguments)
                && tags.equals(other.tags) && misfirePolicy == other.misfirePolicy && delivery == other.delivery
                && Objects.equals(timeout, other.timeout) && maxInstances == other.maxInstances
                && problems.equals(other.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, enabled, taskPid, schedule, arguments, tags, misfirePolicy, delivery, timeout,
                maxInstances);
    }

    @Override
    public String toString() {
        return "job " + id + " (task " + taskPid + ", " + schedule + (enabled ? "" : ", disabled") + ")";
    }
}
