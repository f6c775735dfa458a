package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.BadInputs;
import org.aioschedule.engine.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated task arguments as configuration delivers them (issue 13, bad input): deep nesting, a megabyte of text,
 * values that are not objects, bad escapes and lone surrogates, mutations of a valid object. Each either reads as an
 * object that a job keeps unchanged across a restart, or fails with a ScheduleValueException whose message says why
 * and shows a valid object; never another exception or error, never a hang. CI runs 6 seeds of 250 inputs.
 */
class JsonArgumentsInputsTest {

    private static final int INPUTS_PER_SEED = 250;
    private static final int LONGEST_MESSAGE = 1_000;
    private static final String VALID = "{\"name\": \"MicroPython\", \"retries\": 3, \"ratio\": 0.5, "
            + "\"tags\": [\"a\", null, true], \"nested\": {\"x\": -1e-3}}";
    private static final String[] ODD = {"[1, 2]", "\"text\"", "42", "null", "true", "NaN", "{\"a\": NaN}",
        "{\"a\": Infinity}", "{\"a\": 1e999}", "{\"a\": -1e999}", "{\"a\": 1e-999}", "{\"a\": \"\\u12\"}",
        "{\"a\": \"\\uZZZZ\"}", "{\"a\": \"\\ud800\"}", "{\"a\": \"\\x41\"}", "{\"a\": \"\u0001\"}", "{a: 1}",
        "{'a': 1}", "{\"a\": 1,}", "{\"a\" 1}", "{\"a\": 1} {}", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": .5}",
        "{\"a\": 1e99999999999}", "{\"a\": 123456789012345678901234567890}", "{\"\": \"\"}", "{\"a\": 1, \"a\": 2}",
        "\ufeff{\"a\": 1}", "{\"a\": \"\ud800\"}", "{}", "   ", "{"};

    private volatile String current = "";

    /** Found by this test: 100,000 nested lists overflowed the stack (a StackOverflowError, not a named error). */
    @Test
    void shouldRefuseArgumentsNestedDeeperThan64LevelsByName() {
        assertThatThrownBy(() -> JsonArguments.parse(nested(new Random(1), 100_000)))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("deeper than 64 levels")
                .hasMessageContaining("for example");
        assertThat(JsonArguments.parse(nested(new Random(1), 63))).containsKey("deep");
    }

    /** The same limit for arguments given as Java maps (a map holding itself used to overflow the stack too). */
    @Test
    void shouldRefuseAMapThatHoldsItselfByName() {
        Map<String, Object> loop = new java.util.HashMap<>();
        loop.put("self", loop);
        assertThatThrownBy(() -> Schedulers.builder().manual().build().every(10).seconds().run("meter", loop))
                .isInstanceOf(ScheduleValueException.class).hasMessageContaining("nested deeper than 64 levels");
    }

    static LongStream seeds() {
        return BadInputs.seeds(6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldReadAnObjectOrNameTheFaultWithAValidExample(long seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checkInputs(seed),
                () -> "seed " + seed + ": no answer within 60 s for " + BadInputs.shown(current));
    }

    private void checkInputs(long seed) {
        Random random = new Random(seed);
        try (Harness harness = new Harness("2026-12-06T10:00:00Z", ZoneId.of("UTC"), new MemoryJobStore())) {
            harness.task("meter");
            for (int i = 0; i < INPUTS_PER_SEED; i++) {
                String json = input(random);
                current = json;
                check(seed, json, harness, i);
            }
        }
    }

    private static void check(long seed, String json, Harness harness, int index) {
        String shown = BadInputs.shown(json);
        Map<String, Object> arguments;
        try {
            arguments = JsonArguments.parse(json);
        } catch (ScheduleValueException e) {
            String message = e.getMessage();
            assertThat(message.length()).as("seed %d, input %s: %s", seed, shown, BadInputs.shown(message))
                    .isLessThan(LONGEST_MESSAGE);
            assertThat(message).as("seed %d, input %s", seed, shown).contains("for example {\"name\"");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + seed + ", input " + shown + " threw " + e, e);
        }
        String id = "job-" + index;
        harness.engine.every(10).seconds().id(id).run("meter", arguments);
        harness.restart();
        assertThat(harness.engine.job(id).get().arguments()).as("seed %d, input %s", seed, shown)
                .isEqualTo(arguments);
        harness.engine.cancel(id);
    }

    private static String input(Random random) {
        switch (random.nextInt(7)) {
        case 0:
            return nested(random, 1 + random.nextInt(random.nextBoolean() ? 50 : 200_000));
        case 1:
            return "{\"blob\": \"" + BadInputs.huge(random) + "\"}";
        case 2:
            return ODD[random.nextInt(ODD.length)];
        case 3:
            return "{\"text\": \"" + BadInputs.text(random) + "\"}";
        case 4:
            return BadInputs.text(random);
        default:
            return mutate(random, VALID);
        }
    }

    private static String nested(Random random, int depth) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        StringBuilder text = new StringBuilder("{\"deep\":");
        for (int i = 0; i < depth; i++) {
            text.append(open);
        }
        text.append("1");
        for (int i = 0; i < depth; i++) {
            text.append(close);
        }
        return text.append('}').toString();
    }

    private static String mutate(Random random, String valid) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
            case 0:
                text.deleteCharAt(at);
                break;
            case 1:
                text.insert(at, "{}[]\",:\\u0aeE-+. ".charAt(random.nextInt(17)));
                break;
            default:
                text.setCharAt(at, (char) random.nextInt(0x250));
            }
        }
        return text.toString();
    }
}
