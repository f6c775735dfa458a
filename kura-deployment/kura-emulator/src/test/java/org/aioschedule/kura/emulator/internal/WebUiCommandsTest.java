package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;

import org.eclipse.kura.configuration.ConfigurationService;
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

    /** kura:show reads the form through getComponentConfiguration, as GwtComponentServiceInternal does. */
    @Test
    void shouldShowWhatGetComponentConfigurationGives() throws Exception {
        WebUiCommands commands = new WebUiCommands();
        commands.setConfiguration((ConfigurationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ConfigurationService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getComponentConfiguration") && "job-1".equals(args[0])) {
                        return new ComponentConfigurationValue("job-1", KuraFixture.ocd("org.example.Job"),
                                KuraFixture.props("threads", 7));
                    }
                    return null;
                }));

        assertThat(commands.show("job-1")).contains("threads = 7  (default 4)");
        assertThat(commands.show("job-2")).contains("tracks no component job-2");
    }
}
