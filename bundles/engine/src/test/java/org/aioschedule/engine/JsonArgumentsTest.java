package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aioschedule.ScheduleValueException;
import org.junit.jupiter.api.Test;

/** Arguments as configuration delivers them: JSON text, checked before a job is defined. */
class JsonArgumentsTest {

    @Test
    void shouldReadAnObjectOfJsonValues() {
        assertThat(JsonArguments.parse("{\"name\": \"MicroPython\", \"retries\": 3, \"ratio\": 0.5}"))
                .containsEntry("name", "MicroPython").containsEntry("retries", 3L).containsEntry("ratio", 0.5);
    }

    /** A number no double holds used to become Infinity, which no store write could encode again. */
    @Test
    void shouldRejectANumberOutOfTheRangeOfADouble() {
        assertThatThrownBy(() -> JsonArguments.parse("{\"limit\": 1e999}")).isInstanceOf(ScheduleValueException.class)
                .hasMessageContaining("1e999 is out of range").hasMessageContaining("for example");
    }
}
