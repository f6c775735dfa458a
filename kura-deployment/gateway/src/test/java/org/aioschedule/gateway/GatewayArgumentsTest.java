package org.aioschedule.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class GatewayArgumentsTest {

    @Test
    void helpAndItsShortFormAskForHelpWhereverTheyStand() {
        assertThat(GatewayArguments.parse(new String[] {"--help"}, false).help).isTrue();
        assertThat(GatewayArguments.parse(new String[] {"-h"}, false).help).isTrue();
        assertThat(GatewayArguments.parse(new String[] {"--data", "d", "--help", "--bogus"}, false).help).isTrue();
    }

    @Test
    void usageNamesEveryOption() {
        assertThat(GatewayArguments.USAGE).contains("Usage: java -jar gateway.jar").contains("--data DIR")
                .contains("--headless").contains("-h, --help").contains("gateway-data");
    }

    @Test
    void withoutArgumentsTheStateIsInGatewayDataAndTheTerminalDecidesHeadless() {
        GatewayArguments interactive = GatewayArguments.parse(new String[0], false);
        assertThat(interactive.data).isEqualTo(Paths.get("gateway-data"));
        assertThat(interactive.headless).isFalse();
        assertThat(interactive.help).isFalse();
        assertThat(GatewayArguments.parse(new String[0], true).headless).isTrue();
    }

    @Test
    void dataAndHeadlessAreRead() {
        GatewayArguments options = GatewayArguments.parse(new String[] {"--headless", "--data", "/tmp/gw"}, false);
        assertThat(options.data).isEqualTo(Paths.get("/tmp/gw"));
        assertThat(options.headless).isTrue();
        assertThat(options.help).isFalse();
    }

    @Test
    void unknownArgumentIsNamedWithAValidExample() {
        assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--bogus"}, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown argument --bogus")
                .hasMessageContaining("e.g. java -jar gateway.jar --data gateway-data --headless");
    }

    @Test
    void dataWithoutADirectoryIsRefusedWithAnExample() {
        assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--headless", "--data"}, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--data needs a directory, e.g. --data gateway-data");
    }
}
