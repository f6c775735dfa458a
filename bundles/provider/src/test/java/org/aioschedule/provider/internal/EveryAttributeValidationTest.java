package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aioschedule.kura.emulator.metatype.KuraAttribute;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kura checks no value of a third-party component that arrives over REST or MQTT: every attribute of both metatypes,
 * sent a bad value, is reported (naming the owner, the key, the value and a valid example) while the rest runs on.
 * The tables below must name every AD of the generated metatype, so an attribute added later needs a case here.
 */
class EveryAttributeValidationTest {

    /** A bad value for each Scheduler AD; several fall back to the value already in use. */
    private static final Map<String, Object> BAD_SCHEDULER_VALUES = table(
            "enabled", "maybe",
            "store.type", "disk",
            "KeyValueDbService.target", "(kura.service.pid=",
            "BaseDbService.target", "kura.service.pid=org.eclipse.kura.db.H2DbService",
            "store.file.path", "data/aioschedule",
            "misfire.policy", "SOMETIMES",
            "misfire.grace.seconds", -1,
            "delivery", "EXACTLY_ONCE",
            "executor.threads", 0,
            "task.timeout.seconds", "ten",
            "waiting.retention.days", 99_999L,
            "history.runs", 1001,
            "timezone", "Mars/Olympus_Mons");

    /** A bad value for each Job AD. */
    private static final Map<String, Object> BAD_JOB_VALUES = table(
            "enabled", "yes please",
            "task.pid", "org.example task",
            "schedule", "every blue moon",
            "arguments", "{\"name\":",
            "tags", "reports, a\u0001b",
            "misfire.policy", "LATER",
            "delivery", "TWICE",
            "timeout.seconds", -5,
            "max.instances", 0);

    private final Gateway gateway = new Gateway();

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldHaveABadValueCaseForEveryAttribute() {
        assertThat(BAD_SCHEDULER_VALUES.keySet()).containsExactlyInAnyOrderElementsOf(adIds(SchedulerOptions.PID));
        assertThat(BAD_JOB_VALUES.keySet()).containsExactlyInAnyOrderElementsOf(adIds(JobOptions.FACTORY_PID));
    }

    @ParameterizedTest
    @MethodSource("schedulerKeys")
    void shouldReportABadSchedulerValueEvenWhenItsFallbackIsInUse(String key) {
        gateway.start();
        gateway.addJob(Gateway.job("steady"));
        Object bad = BAD_SCHEDULER_VALUES.get(key);

        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), key, bad));

        assertThat(gateway.scheduler.problems()).singleElement().asString()
                .startsWith("Scheduler " + SchedulerOptions.PID + ": invalid " + key + " \"" + bad + "\"")
                .contains("for example");
        assertThat(gateway.scheduler.job("steady")).as("the other settings and the jobs go on").isPresent();
    }

    @ParameterizedTest
    @MethodSource("schedulerKeys")
    void shouldClearTheReportWhenTheValueIsFixed(String key) {
        gateway.start();
        gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), key, BAD_SCHEDULER_VALUES.get(key)));

        gateway.scheduler.modified(Gateway.schedulerDefaults());

        assertThat(gateway.scheduler.problems()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("jobKeys")
    void shouldReportABadJobValueWhileTheOtherJobsRun(String key) {
        gateway.start();
        gateway.addJob(Gateway.job("steady"));
        Object bad = BAD_JOB_VALUES.get(key);

        gateway.addJob(Gateway.job("odd", key, bad));

        assertThat(gateway.scheduler.problems()).singleElement().asString()
                .startsWith("Job odd: invalid " + key + " \"" + bad + "\"").contains("example");
        assertThat(gateway.scheduler.job("odd")).isEmpty();
        assertThat(gateway.scheduler.job("steady")).isPresent();
    }

    @Test
    void shouldSplitTagsAtCommasAndDropEmptyOnes() {
        gateway.start();

        gateway.addJob(Gateway.job("tagged", "tags", new String[] {"", "x, y", repeat('t', 10_000)}));

        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(gateway.scheduler.job("tagged").get().tags()).contains("x", "y").hasSize(3);
    }

    static Stream<String> schedulerKeys() {
        return BAD_SCHEDULER_VALUES.keySet().stream();
    }

    static Stream<String> jobKeys() {
        return BAD_JOB_VALUES.keySet().stream();
    }

    private static java.util.List<String> adIds(String pid) {
        return GeneratedDescriptors.metatype(pid).ocd(pid).attributes().stream().map(KuraAttribute::id)
                .collect(Collectors.toList());
    }

    private static Map<String, Object> table(Object... keyValues) {
        Map<String, Object> table = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            table.put((String) keyValues[i], keyValues[i + 1]);
        }
        return table;
    }

    private static String repeat(char c, int count) {
        char[] chars = new char[count];
        java.util.Arrays.fill(chars, c);
        return new String(chars);
    }
}
