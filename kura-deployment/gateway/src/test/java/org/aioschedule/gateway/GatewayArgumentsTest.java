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

    @Test
    void consoleReadsStandardInputWithoutATerminalAndExcludesHeadless() {
        assertThat(GatewayArguments.parse(new String[] {"--console"}, true).headless).isFalse();
        assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--console", "--headless"}, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--console and --headless exclude each other; e.g. java -jar gateway.jar --data "
                        + "gateway-data --console");
        assertThat(GatewayArguments.USAGE).contains("--console", "--package FILE.dp");
    }

    @Test
    void packagesAreReadInOrderAndOneWithoutAFileIsRefused() {
        GatewayArguments options = GatewayArguments.parse(new String[] {"--package", "a.dp", "--package", "b.dp"},
                true);
        assertThat(options.packages).containsExactly(Paths.get("a.dp"), Paths.get("b.dp"));
        assertThat(options.headless).isTrue();
        assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--package"}, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--package needs a deployment package file, e.g. --package my-tasks.dp");
    }
}
