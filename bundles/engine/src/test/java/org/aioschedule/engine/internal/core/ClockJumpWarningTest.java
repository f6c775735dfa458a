package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.aioschedule.engine.testing.Harness;
import org.junit.jupiter.api.Test;

/** The warning of a wall-clock jump is read by an operator (slf4j-simple writes it to System.err in tests). */
class ClockJumpWarningTest {

    @Test
    void shouldWarnOfAClockJumpInYearsAndDaysRatherThanAnIsoDuration() {
        String log = logOf(Duration.parse("PT499037H21M55.601457007S"));

        assertThat(log).contains("The wall clock jumped forward by 56 years 339 days").doesNotContain("PT");
    }

    @Test
    void shouldWarnOfABackwardJumpInHoursAndMinutes() {
        String log = logOf(Duration.ofMinutes(-(4 * 60 + 30)).minusSeconds(7));

        assertThat(log).contains("The wall clock jumped back by 4 hours 30 minutes").doesNotContain("PT");
    }

    private static String logOf(Duration jump) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        try (Harness h = new Harness("1970-01-01T00:00:00Z")) {
            h.engine.every(10).minutes().run("task");
            System.setErr(new PrintStream(captured, true));
            h.time.jump(jump);
            h.pending();
        } finally {
            System.setErr(err);
        }
        return new String(captured.toByteArray(), StandardCharsets.UTF_8);
    }
}
