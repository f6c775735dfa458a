package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.aioschedule.engine.testing.BadInputs;
import org.aioschedule.kura.emulator.metatype.KuraAttribute;
import org.aioschedule.provider.internal.config.JobOptions;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated values for every AD of both metatypes, delivered unchecked as Kura's REST and MQTT deliver them (Kura's
 * ConfigurationServiceImpl.updateConfiguration validates nothing for a third-party component: KURA.md, fact 15):
 * wrong types (Integer for String, String for Long, arrays, lists, Boolean), empty, blank, one megabyte, control
 * characters, NaN and infinities, negative and huge numbers. Each value is taken or reported once with a named error
 * (owner, key, value shown shortened, a valid example); nothing is thrown to the caller (SCR); a healthy job runs every
 * slot meanwhile. CI runs 8 seeds of 40 values; {@code -Daioschedule.badinput.seeds=N} runs more (issue 13).
 */
class GeneratedAttributeValuesTest {

    private static final int VALUES_PER_SEED = 40;
    private static final int LONGEST_MESSAGE = 2_000;
    private static final String STEADY_TASK = "org.aioschedule.examples.job_with_argument";

    /** Found by this test: a megabyte value came back whole in its message, and a newline split the log line. */
    @Test
    void shouldShowAHugeOrMultiLineValueShortAndOnOneLine() {
        try (Gateway gateway = new Gateway().start()) {
            gateway.addJob(Gateway.job("huge", "schedule", BadInputs.huge(new Random(1))));
            gateway.addJob(Gateway.job("lines", "max.instances", "3\nJob steady: all fine"));

            assertThat(gateway.scheduler.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem)
                    .hasSizeLessThan(600).doesNotContainPattern("\\p{Cntrl}"));
            assertThat(gateway.scheduler.problems())
                    .anySatisfy(p -> assertThat(p).startsWith("Job huge: invalid schedule \"").contains(" characters)"))
                    .anySatisfy(p -> assertThat(p).startsWith("Job lines: invalid max.instances \"3\\u000aJob steady"));
        }
    }

    /** Found by this test: a control character inside task.pid passed the component and was refused by the engine. */
    @Test
    void shouldNameATaskPidWithAControlCharacterByItsKey() {
        try (Gateway gateway = new Gateway().start()) {
            gateway.addJob(Gateway.job("ctl", "task.pid", "org.example\u001ctask"));

            assertThat(gateway.scheduler.problems()).singleElement().asString()
                    .startsWith("Job ctl: invalid task.pid \"org.example\\u001ctask\": use the PID of a task service");
        }
    }

    static LongStream seeds() {
        return BadInputs.seeds(8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldTakeOrNameEveryValueWhileAHealthyJobRunsEverySlot(long seed) {
        Random random = new Random(seed);
        List<String> schedulerKeys = adIds(SchedulerOptions.PID);
        List<String> jobKeys = adIds(JobOptions.FACTORY_PID);
        try (Gateway gateway = new Gateway().start()) {
            RecordingTask steady = gateway.addTask(STEADY_TASK);
            gateway.addJob(Gateway.job("steady"));
            for (int i = 0; i < VALUES_PER_SEED; i++) {
                boolean scheduler = random.nextBoolean();
                String key = BadInputs.pick(random, scheduler ? schedulerKeys : jobKeys);
                Object value = safe(key, BadInputs.value(random));
                String what = "seed " + seed + ", " + (scheduler ? "Scheduler " : "Job ") + key + " = "
                        + BadInputs.shown(value) + " (" + value.getClass().getSimpleName() + ")";
                List<String> before = gateway.scheduler.problems();
                boolean stopsRuns = apply(gateway, scheduler, "odd-" + i, key, value, what);
                List<String> added = new ArrayList<>(gateway.scheduler.problems());
                added.removeAll(before);
                assertNamed(added, scheduler ? "Scheduler " + SchedulerOptions.PID : "Job odd-" + i, key, what);
                if (!stopsRuns) {
                    long runs = steadyRuns(steady);
                    gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
                    assertThat(steadyRuns(steady) - runs).as("%s: the healthy job's runs in 20 s", what).isEqualTo(2);
                }
                gateway.scheduler.modified(Gateway.schedulerDefaults());
            }
        }
    }

    private static long steadyRuns(RecordingTask task) {
        return task.runs.stream().filter(run -> run.jobId().equals("steady")).count();
    }

    /** Applies the value; true if it was taken and legitimately stops the healthy job (enabled=false). */
    private static boolean apply(Gateway gateway, boolean scheduler, String jobName, String key, Object value,
            String what) {
        try {
            if (scheduler) {
                gateway.scheduler.modified(Gateway.with(Gateway.schedulerDefaults(), key, value));
                return SchedulerOptions.ENABLED.equals(key) && "false".equals(first(value))
                        && gateway.scheduler.problems().stream().noneMatch(
                                p -> p.startsWith("Scheduler " + SchedulerOptions.PID + ": invalid enabled"));
            }
            gateway.addJob(Gateway.job(jobName, key, value));
            return false;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    private static void assertNamed(List<String> added, String owner, String key, String what) {
        assertThat(added).as(what).hasSizeLessThanOrEqualTo(1);
        for (String problem : added) {
            assertThat(problem.length()).as("%s: length of %s", what, BadInputs.shown(problem))
                    .isLessThan(LONGEST_MESSAGE);
            assertThat(problem).as(what).startsWith(owner + ": invalid " + key + " \"").contains("example")
                    .doesNotContainPattern("\\p{Cntrl}");
        }
    }

    /** An absolute store.file.path would make the file store write there: keep generated paths relative. */
    private static Object safe(String key, Object value) {
        if (SchedulerOptions.STORE_FILE_PATH.equals(key) && first(value).trim().matches("^(/|[A-Za-z]:).*")) {
            return "relative" + first(value);
        }
        return value;
    }

    private static String first(Object value) {
        Object first = value;
        if (value instanceof Object[]) {
            first = ((Object[]) value).length == 0 ? "" : ((Object[]) value)[0];
        } else if (value instanceof List) {
            first = ((List<?>) value).isEmpty() ? "" : ((List<?>) value).get(0);
        }
        return String.valueOf(first).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> adIds(String pid) {
        return GeneratedDescriptors.metatype(pid).ocd(pid).attributes().stream().map(KuraAttribute::id)
                .collect(Collectors.toList());
    }
}
