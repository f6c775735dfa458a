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
}
