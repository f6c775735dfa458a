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

    @Test
    void httpIsOn8080ByDefaultAndTakesAPortZeroOrOff() {
        assertThat(GatewayArguments.parse(new String[0], true).httpPort).isEqualTo(8080);
        assertThat(GatewayArguments.parse(new String[] {"--http", "9090"}, true).httpPort).isEqualTo(9090);
        assertThat(GatewayArguments.parse(new String[] {"--http", "0"}, true).httpPort).isZero();
        assertThat(GatewayArguments.parse(new String[] {"--http", "off"}, true).httpPort)
                .isEqualTo(GatewayArguments.HTTP_OFF);
        assertThat(GatewayArguments.USAGE).contains("--http PORT", "--http off", "admin", "/aioschedule");
    }

    @Test
    void aBadHttpPortIsNamedWithAValidExample() {
        for (String bad : new String[] {"65536", "-1", "web", "8o8o"}) {
            assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--http", bad}, true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--http needs a port from 0 to 65535 or off, not " + bad + "; e.g. --http 8080");
        }
        assertThatThrownBy(() -> GatewayArguments.parse(new String[] {"--http"}, true))
                .hasMessageContaining("--http needs a port from 0 to 65535 or off, not null");
    }

    @Test
    void theBannerNamesThePageTheCurlCommandAndTheCredentials() {
        String banner = new HttpAddress(8080).describe();
        assertThat(banner).contains("http://localhost:8080/aioschedule", "user admin, password admin",
                "curl -u admin:admin http://localhost:8080/services/aioschedule/v1/jobs");
        assertThat(new HttpAddress(8080).frameworkProperties()).containsEntry("org.osgi.service.http.port", "8080")
                .containsEntry("org.eclipse.equinox.http.jetty.http.host", "127.0.0.1");
        assertThat(HttpAddress.of(0).root()).doesNotEndWith(":0");
        assertThat(new HttpAddress(GatewayArguments.HTTP_OFF).frameworkProperties()).isEmpty();
        assertThat(new HttpAddress(GatewayArguments.HTTP_OFF).describe()).contains("off");
    }

    @Test
    void aPortInUseIsNamedWithAWayOut() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> HttpAddress.of(port)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Port " + port + " of localhost is in use")
                    .hasMessageContaining("--http 8081").hasMessageContaining("--http off");
        }
    }
}
