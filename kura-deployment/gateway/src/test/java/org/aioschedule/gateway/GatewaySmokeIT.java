package org.aioschedule.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;


/**
 * The README's first command, as CI runs it: the gateway starts headless, runs the seed's examples, loses power
 * (SIGKILL), starts again with Kura's reboot semantics, and its jobs go on from their stored state (in whichever
 * store {@code store.type=auto} chose): the first run after the reboot knows the last run before it, and no slot of
 * the at-most-once job runs twice.
 */
class GatewaySmokeIT {

    private static final Pattern GREETING = Pattern.compile(
            "I am MicroPython \\(job job_with_argument, slot (\\S+), last run (\\S+)\\)");
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void shouldContinueTheExampleJobsAfterAPowerCut() throws Exception {
        Path data = Paths.get("target", "smoke-gateway-data").toAbsolutePath();
        deleteRecursively(data);

        List<Instant> before;
        try (GatewayProcess first = GatewayProcess.start(data)) {
            first.await(line -> line.contains("aioschedule local gateway is up (first boot"), 1, LIMIT);
            first.await(line -> GREETING.matcher(line).find(), 2, LIMIT);
            first.kill();
            before = slots(first.lines);
        }
        List<Instant> after;
        try (GatewayProcess second = GatewayProcess.start(data)) {
            second.await(line -> line.contains("aioschedule local gateway is up (reboot"), 1, LIMIT);
            second.await(line -> GREETING.matcher(line).find(), 1, LIMIT);
            after = slots(second.lines);
            Instant lastRunBeforeReboot = lastRuns(second.lines).get(0);
            assertThat(lastRunBeforeReboot).as("the first run after the reboot knows the last run before it")
                    .isAfterOrEqualTo(before.get(before.size() - 1)).isBefore(after.get(0).plusSeconds(1));
        }

        List<Instant> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).as("no slot of the at-most-once job runs twice").doesNotHaveDuplicates();
        assertThat(after.get(0)).isAfter(before.get(before.size() - 1));
    }

    private static List<Instant> slots(List<String> lines) {
        return lines.stream().map(GREETING::matcher).filter(Matcher::find).map(m -> Instant.parse(m.group(1)))
                .collect(Collectors.toList());
    }

    private static List<Instant> lastRuns(List<String> lines) {
        return lines.stream().map(GREETING::matcher).filter(Matcher::find).filter(m -> !m.group(2).equals("never"))
                .map(m -> Instant.parse(m.group(2))).collect(Collectors.toList());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
