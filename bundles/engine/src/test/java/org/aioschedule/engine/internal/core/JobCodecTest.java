package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.engine.internal.codec.JsonValues;
import org.aioschedule.engine.internal.schedule.ScheduleParser;
import org.junit.jupiter.api.Test;

class JobCodecTest {

    private final ScheduleParser parser = new ScheduleParser(java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);

    @Test
    void shouldRoundTripDefinitionStateAndArguments() throws IOException {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", "MicroPython");
        args.put("count", 3);
        args.put("ratio", 0.5);
        args.put("nested", Collections.singletonMap("list", Arrays.asList(1, "two", null, true)));
        JobDefinition definition = new JobDefinition("j1", "task", parser.parse("every day at 10:30 Europe/Rome")
                .build(), new LinkedHashSet<>(Arrays.asList("a", "b")), JobSource.API, JsonValues.arguments(args),
                MisfirePolicy.SKIP, Delivery.AT_MOST_ONCE, Duration.ofSeconds(30), 2);
        RunState state = new RunState();
        state.lastSlot = Instant.parse("2026-11-24T09:30:00Z");
        state.lastStart = Instant.parse("2026-11-24T09:30:00.123Z");
        state.lastOutcome = new Outcome(Result.FAILED, state.lastStart, state.lastStart.plusSeconds(1), "boom\n\"x\"");
        state.runCount = 7;
        state.consecutiveFailures = 1;
        state.nextRun = Instant.parse("2026-11-25T09:30:00Z");
        state.inFlight = state.lastSlot;
        state.paused = true;

        StoredJob stored = JobCodec.decode(JobCodec.encode(definition, state));

        assertThat(stored.id).isEqualTo("j1");
        assertThat(stored.schedule).isEqualTo("every day at 10:30 Europe/Rome");
        assertThat(stored.arguments).isEqualTo(JsonValues.arguments(args));
        assertThat(stored.arguments.get("count")).isEqualTo(3L);
        assertThat(stored.tags).containsExactly("a", "b");
        assertThat(stored.misfire).isEqualTo(MisfirePolicy.SKIP);
        assertThat(stored.delivery).isEqualTo(Delivery.AT_MOST_ONCE);
        assertThat(stored.timeout).isEqualTo(Duration.ofSeconds(30));
        assertThat(stored.maxInstances).isEqualTo(2);
        assertThat(stored.state).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void shouldRefuseDamagedOrNewerRecordsWithAReason() {
        assertThatThrownBy(() -> JobCodec.decode("{\"schema\":1,\"id\":\"x\"")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JobCodec.decode("{\"schema\":1,\"id\":\"x\"}")).isInstanceOf(IOException.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> JobCodec.decode("{\"schema\":99}")).isInstanceOf(IOException.class)
                .hasMessageContaining("newer");
        assertThatThrownBy(() -> JobCodec.decode("{\"source\":\"MARS\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JobCodec.decode("")).isInstanceOf(IOException.class);
    }

    @Test
    void shouldWriteSchemaTwoWithInstantsAsEpochNumbersExactToTheNanosecond() throws IOException {
        RunState state = new RunState();
        state.lastSlot = Instant.parse("2026-11-24T09:30:00Z");
        state.lastStart = Instant.parse("2026-11-24T09:30:00.000000001Z");
        state.lastEnd = Instant.parse("2026-11-24T09:30:00.12345Z");
        state.nextRun = Instant.parse("2026-11-24T09:30:10.123456789Z");
        state.lastOutcome = new Outcome(Result.SUCCEEDED, state.lastStart, state.lastEnd, null);

        String record = JobCodec.encode(interval("j2"), state);

        assertThat(record).startsWith("{\"schema\":2,").contains("\"lastSlot\":1795512600,")
                .contains("\"lastStart\":1795512600.000000001,").contains("\"lastEnd\":1795512600.12345,")
                .contains("\"nextRun\":1795512610.123456789,").doesNotContain("2026-");
        assertThat(JobCodec.decode(record).state).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void shouldReadSchemaOneRecordsWithIsoInstants() throws IOException {
        String schemaOne = "{\"schema\":1,\"id\":\"j1\",\"source\":\"API\",\"task\":\"task\","
                + "\"schedule\":\"every day at 10:30 Europe/Rome\",\"tags\":[\"a\"],\"arguments\":{},"
                + "\"misfire\":\"SKIP\",\"maxInstances\":1,\"lastSlot\":\"2026-11-24T09:30:00Z\","
                + "\"lastStart\":\"2026-11-24T09:30:00.123Z\",\"lastEnd\":\"2026-11-24T09:30:01.123Z\","
                + "\"outcome\":{\"result\":\"FAILED\",\"start\":\"2026-11-24T09:30:00.123Z\","
                + "\"end\":\"2026-11-24T09:30:01.123Z\",\"error\":\"boom\"},\"runCount\":7,\"failures\":1,"
                + "\"nextRun\":\"2026-11-25T09:30:00Z\",\"inFlight\":\"2026-11-24T09:30:00Z\","
                + "\"timeOfDay\":\"10:30\",\"paused\":true,\"finished\":false}";

        StoredJob stored = JobCodec.decode(schemaOne);

        assertThat(stored.state.lastSlot).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(stored.state.lastStart).isEqualTo(Instant.parse("2026-11-24T09:30:00.123Z"));
        assertThat(stored.state.lastOutcome.end()).isEqualTo(Instant.parse("2026-11-24T09:30:01.123Z"));
        assertThat(stored.state.nextRun).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(stored.state.inFlight).isEqualTo(stored.state.lastSlot);
        assertThat(stored.state.runCount).isEqualTo(7);
        assertThat(stored.state.paused).isTrue();
        assertThat(JobCodec.decode(JobCodec.encode(interval("j1"), stored.state)).state).usingRecursiveComparison()
                .isEqualTo(stored.state);
    }

    @Test
    void shouldKeepInstantsBefore1970AsIsoText() throws IOException {
        RunState state = new RunState();
        state.lastSlot = Instant.parse("1969-12-31T23:59:58.5Z");

        String record = JobCodec.encode(interval("old"), state);

        assertThat(record).contains("\"lastSlot\":\"1969-12-31T23:59:58.500Z\"");
        assertThat(JobCodec.decode(record).state.lastSlot).isEqualTo(state.lastSlot);
    }

    @Test
    void shouldRefuseMalformedEpochNumbersNamingTheValue() {
        String[] malformed = {"-1", "1e9", "1.1234567890", "12345678901234567890", "1E+3", "99999999999999999"};
        for (String value : malformed) {
            String record = "{\"schema\":2,\"id\":\"x\",\"source\":\"API\",\"task\":\"t\","
                    + "\"schedule\":\"every 10 seconds\",\"nextRun\":" + value + "}";
            assertThatThrownBy(() -> JobCodec.decode(record)).as(value).isInstanceOf(IOException.class)
                    .hasMessageContaining(value);
        }
    }

    @Test
    void shouldRoundTripEveryCharacterThatJsonMustEscape() throws IOException {
        StringBuilder tricky = new StringBuilder("a\"b\\c/\u2028\u2029\u00e9\u4e2d\ud83d\ude00");
        for (char c = 0; c < 0x20; c++) {
            tricky.append(c);
        }
        String text = tricky.toString();
        Map<String, Object> args = Collections.singletonMap(text, text);
        JobDefinition definition = new JobDefinition(text, text, parser.parse("every 10 seconds").build(),
                new LinkedHashSet<>(Arrays.asList(text, "plain")), JobSource.API, JsonValues.arguments(args), null,
                null, null, 1);
        RunState state = new RunState();
        state.lastOutcome = new Outcome(Result.FAILED, Instant.EPOCH, Instant.EPOCH.plusNanos(1), text);

        StoredJob stored = JobCodec.decode(JobCodec.encode(definition, state));

        assertThat(stored.id).isEqualTo(text);
        assertThat(stored.taskPid).isEqualTo(text);
        assertThat(stored.tags).containsExactly(text, "plain");
        assertThat(stored.arguments).isEqualTo(args);
        assertThat(stored.state.lastOutcome.error()).contains(text);
        assertThat(stored.state.lastOutcome.end()).isEqualTo(Instant.EPOCH.plusNanos(1));
    }

    private JobDefinition interval(String id) {
        return new JobDefinition(id, "task", parser.parse("every 10 seconds").build(), Collections.emptySet(),
                JobSource.API, Collections.emptyMap(), null, null, null, 1);
    }
}
