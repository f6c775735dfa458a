package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebUiCommandsTest {

    @Test
    void shouldReadKeyValuePropertiesAsText() {
        assertThat(WebUiCommands.parse("task.pid=org.example.Task", "schedule=every 30 seconds", "arguments={\"a\":1}"))
                .containsEntry("task.pid", "org.example.Task").containsEntry("schedule", "every 30 seconds")
                .containsEntry("arguments", "{\"a\":1}");
    }

    @Test
    void shouldRejectAPropertyWithoutKeyAndShowAValidCommand() {
        assertThatThrownBy(() -> WebUiCommands.parse("every 30 seconds")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kura:add org.aioschedule.Job my-job");
    }
}
