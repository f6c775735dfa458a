package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.aioschedule.Job;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Configured jobs: one factory instance each, keyed by kura.service.pid, validated by the component. */
class JobComponentTest {

    private final Gateway gateway = new Gateway().start();

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void shouldRunTaskOfFactoryInstanceCreatedWithKuraDefaults() {
        RecordingTask greeting = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));

        gateway.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));

        Job job = gateway.scheduler.job("greeter").get();
        assertThat(job.source()).isEqualTo(JobSource.CONFIGURATION);
        assertThat(job.schedule()).isEqualTo("every 10 seconds");
        assertThat(job.tags()).containsExactly("example", "seed");
        assertThat(greeting.count()).isEqualTo(3);
        assertThat(greeting.lastArguments()).containsEntry("name", "MicroPython");
        assertThat(greeting.runs.get(0).jobId()).isEqualTo("greeter");
    }

    @Test
    void shouldKeyJobByKuraServicePidNotByGeneratedServicePid() {
        gateway.addJob(Gateway.job("nightly.report", "service.pid", "org.aioschedule.Job.1f0c-9a2b"));

        assertThat(gateway.scheduler.jobs()).extracting(Job::id).containsExactly("nightly.report");
    }

    @Test
    void shouldNotRebuildOnKurasExtraUpdateAfterActivation() {
        JobComponent component = gateway.addJob(Gateway.job("greeter"));
        RecordingTask task = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        component.modified(Gateway.job("greeter"));

        assertThat(gateway.scheduler.job("greeter").get().runCount()).isEqualTo(1);
        assertThat(task.count()).isEqualTo(1);
    }

    @Test
    void shouldApplyChangedConfiguration() {
        JobComponent component = gateway.addJob(Gateway.job("greeter"));

        component.modified(Gateway.job("greeter", "schedule", "every 5 minutes", "misfire.policy", "SKIP",
                "arguments", "{\"name\": \"Kura\"}"));

        Job job = gateway.scheduler.job("greeter").get();
        assertThat(job.schedule()).isEqualTo("every 5 minutes");
        assertThat(job.arguments()).containsEntry("name", "Kura");
    }

    @Test
    void shouldReportEachBadValueNamingJobKeyValueAndExampleWhileOthersRun() {
        RecordingTask task = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("good"));
        gateway.addJob(Gateway.job("bad", "schedule", "every 10 sekonds", "max.instances", "many",
                "arguments", "{name: MicroPython", "misfire.policy", "SOMETIMES"));

        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        assertThat(task.count()).isEqualTo(1);
        assertThat(gateway.scheduler.job("bad")).isEmpty();
        assertThat(gateway.scheduler.problems()).hasSize(3).allSatisfy(message -> assertThat(message)
                .startsWith("Job bad: invalid ").contains("example"));
        assertThat(gateway.scheduler.problems()).anySatisfy(message -> assertThat(message)
                .contains("max.instances \"many\"").contains("max.instances=1"));
        assertThat(gateway.scheduler.problems()).anySatisfy(message -> assertThat(message)
                .contains("misfire.policy \"SOMETIMES\"").contains("RUN_ONCE"));
        assertThat(gateway.scheduler.problems()).anySatisfy(message -> assertThat(message)
                .contains("arguments \"{name: MicroPython\"").contains("{\"name\": \"MicroPython\""));
        assertThat(gateway.events.topic("FAILED")).hasSize(3).allSatisfy(event -> {
            assertThat(event.getProperty("job.id")).isEqualTo("bad");
            assertThat((String) event.getProperty("error")).startsWith("Job bad: invalid ");
        });
    }

    @Test
    void shouldReportScheduleTheEngineRejects() {
        gateway.addJob(Gateway.job("typo", "schedule", "every 10 sekonds"));

        assertThat(gateway.scheduler.problems()).singleElement().satisfies(message -> assertThat(message)
                .startsWith("Job typo: invalid schedule \"every 10 sekonds\"").contains("every"));
        assertThat(gateway.events.topic("FAILED")).extracting(event -> event.getProperty("task.pid"))
                .containsExactly("org.aioschedule.examples.job_with_argument");
    }

    /** Issue 10: the message read {@code Job typo: invalid schedule "...": Invalid schedule "...": ...}. */
    @Test
    void shouldNameTheRejectedScheduleOnceInItsProblem() {
        gateway.addJob(Gateway.job("typo", "schedule", "every 10 sekonds"));

        assertThat(gateway.scheduler.problems()).singleElement().satisfies(message -> {
            assertThat(message).startsWith("Job typo: invalid schedule \"every 10 sekonds\": ")
                    .doesNotContainIgnoringCase("invalid schedule \"every 10 sekonds\": invalid schedule");
            assertThat(message.split("every 10 sekonds", -1)).hasSize(2);
        });
    }

    @Test
    void shouldRunFixedJobAndClearItsProblems() {
        JobComponent component = gateway.addJob(Gateway.job("typo", "schedule", "every 10 sekonds"));

        component.modified(Gateway.job("typo"));

        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(gateway.scheduler.job("typo")).isPresent();
    }

    @Test
    void shouldForgetStateWhenConfigurationIsDeleted() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        JobComponent component = gateway.addJob(Gateway.job("greeter"));
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));

        Gateway.delete(component);
        gateway.addJob(Gateway.job("greeter"));

        assertThat(gateway.scheduler.job("greeter").get().runCount()).isZero();
    }

    @Test
    void shouldKeepStateWhenBundleStops() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        JobComponent component = gateway.addJob(Gateway.job("greeter"));
        gateway.runFor(Duration.ofSeconds(20), Duration.ofSeconds(1));

        Gateway.stopBundle(component);
        assertThat(gateway.scheduler.job("greeter")).isEmpty();
        gateway.addJob(Gateway.job("greeter"));

        assertThat(gateway.scheduler.job("greeter").get().runCount()).isEqualTo(2);
    }

    @Test
    void shouldStopDisabledJobAndResumeItWithItsState() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        JobComponent component = gateway.addJob(Gateway.job("greeter"));
        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        component.modified(Gateway.job("greeter", "enabled", false));
        assertThat(gateway.scheduler.job("greeter")).isEmpty();
        component.modified(Gateway.job("greeter", "enabled", "true"));

        assertThat(gateway.scheduler.job("greeter").get().runCount()).isEqualTo(1);
        assertThat(gateway.scheduler.problems()).isEmpty();
    }

    @Test
    void shouldWaitForMissingTaskAndRunWhenItArrives() {
        gateway.addJob(Gateway.job("greeter", "misfire.policy", MisfirePolicy.RUN_ONCE.name()));
        gateway.runFor(Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(gateway.scheduler.job("greeter").get().state().name()).isEqualTo("WAITING_FOR_TASK");

        RecordingTask task = gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.runFor(Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(task.count()).isEqualTo(1);
    }

    @Test
    void shouldPostStartedAndSucceededEvents() {
        gateway.addTask("org.aioschedule.examples.job_with_argument");
        gateway.addJob(Gateway.job("greeter"));

        gateway.runFor(Duration.ofSeconds(10), Duration.ofSeconds(1));

        Event succeeded = gateway.events.topic("SUCCEEDED").get(0);
        assertThat(gateway.events.topic("STARTED")).hasSize(1);
        assertThat(succeeded.getProperty("job.id")).isEqualTo("greeter");
        assertThat(succeeded.getProperty("task.pid")).isEqualTo("org.aioschedule.examples.job_with_argument");
        assertThat(succeeded.getProperty("scheduled.time")).isEqualTo(gateway.time.millis());
        assertThat(succeeded.getProperty("duration.ms")).isEqualTo(0L);
        assertThat(succeeded.getPropertyNames()).doesNotContain("error");
    }

    @Test
    void shouldAcceptValuesAsRestAndMqttDeliverThem() {
        gateway.addJob(Gateway.job("rest", "max.instances", "2", "timeout.seconds", new Long[] {30L},
                "enabled", "TRUE", "tags", new String[] {"a", "b, c"}));

        assertThat(gateway.scheduler.problems()).isEmpty();
        assertThat(gateway.scheduler.job("rest").get().tags()).containsExactly("a", "b", "c");
    }
}
