package org.aioschedule.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The built gateway jar answers {@code --help} and {@code -h} with its options, and a wrong argument with exit 2. */
class GatewayHelpIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void shouldPrintTheOptionsAndExitZeroOnHelp() throws Exception {
        for (String flag : new String[] {"--help", "-h"}) {
            try (GatewayProcess help = GatewayProcess.run(flag)) {
                assertThat(help.awaitExit(LIMIT)).as("exit code of %s", flag).isZero();
                assertThat(String.join("\n", help.lines)).as("output of %s", flag)
                        .contains("Usage: java -jar gateway.jar", "--data DIR", "--headless", "-h, --help")
                        .doesNotContain("Unknown argument").doesNotContain("gateway is up");
            }
        }
    }

    @Test
    void shouldNameAnUnknownArgumentAndExitTwo() throws Exception {
        try (GatewayProcess wrong = GatewayProcess.run("--bogus")) {
            assertThat(wrong.awaitExit(LIMIT)).isEqualTo(2);
            assertThat(String.join("\n", wrong.lines)).contains("Unknown argument --bogus", "Usage:");
        }
    }
}
