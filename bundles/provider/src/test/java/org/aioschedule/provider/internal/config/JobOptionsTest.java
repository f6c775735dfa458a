package org.aioschedule.provider.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.aioschedule.Delivery;
import org.aioschedule.MisfirePolicy;
import org.junit.jupiter.api.Test;

/** A job configuration read as Kura may deliver it: typed, as text, as arrays, or with keys missing. */
class JobOptionsTest {

    @Test
    void shouldReadTypedValues() {
        JobOptions options = JobOptions.from(job("misfire.policy", "RUN_ALL", "delivery", "AT_MOST_ONCE",
                "timeout.seconds", 60, "max.instances", 2, "arguments", "{\"name\": \"Kura\", \"n\": 3}"));

        assertThat(options.isValid()).isTrue();
        assertThat(options.id).isEqualTo("greeter");
        assertThat(options.misfirePolicy).isEqualTo(MisfirePolicy.RUN_ALL);
        assertThat(options.delivery).isEqualTo(Delivery.AT_MOST_ONCE);
        assertThat(options.timeout).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.maxInstances).isEqualTo(2);
        assertThat(options.arguments).containsEntry("name", "Kura").containsEntry("n", 3L);
    }

    @Test
    void shouldInheritWhenPoliciesAndTimeoutAreMissing() {
        JobOptions options = JobOptions.from(job());

        assertThat(options.misfirePolicy).isNull();
        assertThat(options.delivery).isNull();
        assertThat(options.timeout).isNull();
        assertThat(options.maxInstances).isEqualTo(1);
        assertThat(options.arguments).isEmpty();
    }

    @Test
    void shouldRequireTaskPidAndSchedule() {
        Map<String, Object> properties = job();
        properties.remove("task.pid");
        properties.put("schedule", "  ");

        assertThat(JobOptions.from(properties).problems).containsExactly(
                "Job greeter: invalid task.pid \"\": it is required, for example "
                        + "task.pid=org.aioschedule.examples.job",
                "Job greeter: invalid schedule \"\": it is required, for example schedule=every 10 seconds");
    }

    @Test
    void shouldNameKeyValueAndExampleOfEachBadValue() {
        JobOptions options = JobOptions.from(job("timeout.seconds", -1, "max.instances", "1.5",
                "enabled", "yes", "delivery", "EXACTLY_ONCE"));

        assertThat(options.problems).containsExactly(
                "Job greeter: invalid enabled \"yes\": use true or false, for example enabled=true",
                "Job greeter: invalid delivery \"EXACTLY_ONCE\": use one of inherit, AT_LEAST_ONCE, AT_MOST_ONCE, "
                        + "for example delivery=inherit",
                "Job greeter: invalid timeout.seconds \"-1\": use a whole number from 0 to 604800, for example "
                        + "timeout.seconds=60 (0 for the scheduler's)",
                "Job greeter: invalid max.instances \"1.5\": use a whole number from 1 to 100, for example "
                        + "max.instances=1");
    }

    @Test
    void shouldUseServicePidWithoutKuraServicePid() {
        Map<String, Object> properties = job();
        properties.remove("kura.service.pid");
        properties.put("service.pid", "org.aioschedule.Job.4711");

        assertThat(JobOptions.from(properties).id).isEqualTo("org.aioschedule.Job.4711");
    }

    @Test
    void shouldCompareByValue() {
        assertThat(JobOptions.from(job())).isEqualTo(JobOptions.from(job())).hasSameHashCodeAs(
                JobOptions.from(job()));
        assertThat(JobOptions.from(job())).isNotEqualTo(JobOptions.from(job("max.instances", 3)));
    }

    @Test
    void shouldSplitTagsButNotSchedules() {
        ConfigReader reader = new ConfigReader("x", job("tags", "a, b,,c", "aioschedule.schedule",
                new String[] {"cron 0 0,30 * * * ?", " "}));

        assertThat(reader.texts("tags")).containsExactly("a", "b", "c");
        assertThat(reader.values("aioschedule.schedule")).containsExactly("cron 0 0,30 * * * ?");
    }

    private static Map<String, Object> job(Object... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kura.service.pid", "greeter");
        properties.put("task.pid", "org.aioschedule.examples.job_with_argument");
        properties.put("schedule", "every 10 seconds");
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }
}
