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

import org.aioschedule.engine.store.FileJobStore;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The README's first command, as CI runs it: the gateway starts headless, runs the seed's examples, loses power
 * (SIGKILL), starts again with Kura's reboot semantics, and its jobs go on from their stored state.
 */
class GatewaySmokeIT {

    private static final Pattern GREETING = Pattern.compile("I am MicroPython \\(job job_with_argument, slot (\\S+)\\)");
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
        JsonObject stored = record(data, "job_with_argument");
        long runsBefore = stored.get("runCount").getAsLong();
        assertThat(runsBefore).isGreaterThanOrEqualTo(before.size());

        List<Instant> after;
        try (GatewayProcess second = GatewayProcess.start(data)) {
            second.await(line -> line.contains("aioschedule local gateway is up (reboot"), 1, LIMIT);
            second.await(line -> GREETING.matcher(line).find(), 1, LIMIT);
            after = slots(second.lines);
            assertThat(second.lines).anySatisfy(line -> assertThat(line).startsWith("job_with_argument")
                    .contains("SUCCEEDED"));
        }

        List<Instant> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).as("no slot of the at-most-once job runs twice").doesNotHaveDuplicates();
        assertThat(after.get(0)).isAfter(before.get(before.size() - 1));
        assertThat(record(data, "job_with_argument").get("runCount").getAsLong()).isGreaterThan(runsBefore);
    }

    private static List<Instant> slots(List<String> lines) {
        return lines.stream().map(GREETING::matcher).filter(Matcher::find).map(m -> Instant.parse(m.group(1)))
                .collect(Collectors.toList());
    }

    private static JsonObject record(Path data, String id) throws Exception {
        try (FileJobStore store = new FileJobStore(data.resolve("data").resolve("aioschedule"))) {
            String record = store.load().records().get(id);
            assertThat(record).as("stored record of " + id).isNotNull();
            return JsonParser.parseString(record).getAsJsonObject();
        }
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
