package org.aioschedule.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import org.aioschedule.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's two example tasks print what the seed prints. */
class ExampleTasksTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureOut() {
        original = System.out;
        System.setOut(new PrintStream(out, true));
    }

    @AfterEach
    void restoreOut() {
        System.setOut(original);
    }

    @Test
    void shouldPrintImWorking() {
        assertThat(new WorkingTask().run(context(Collections.emptyMap()))).isNull();

        assertThat(out.toString()).contains("I'm working...");
    }

    @Test
    void shouldPrintIAmName() {
        new GreetingTask().run(context(Collections.singletonMap("name", "MicroPython")));

        assertThat(out.toString()).contains("I am MicroPython");
    }

    @Test
    void shouldSayNobodyWithoutName() {
        new GreetingTask().run(context(Collections.emptyMap()));

        assertThat(out.toString()).contains("I am nobody");
    }

    private static TaskContext context(Map<String, Object> arguments) {
        return new TaskContext() {
            @Override
            public String jobId() {
                return "example";
            }

            @Override
            public String taskPid() {
                return GreetingTask.PID;
            }

            @Override
            public Instant scheduledTime() {
                return Instant.EPOCH;
            }

            @Override
            public Instant startTime() {
                return Instant.EPOCH;
            }

            @Override
            public Optional<Instant> lastRun() {
                return Optional.empty();
            }

            @Override
            public Map<String, Object> arguments() {
                return arguments;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void cancelJob() {
            }
        };
    }
}
