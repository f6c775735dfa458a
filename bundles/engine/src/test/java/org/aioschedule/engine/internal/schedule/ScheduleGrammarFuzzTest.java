package org.aioschedule.engine.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.aioschedule.ScheduleException;
import org.junit.jupiter.api.Test;

/** Generated inputs: nothing but ScheduleException escapes, and whatever parses prints back to itself. */
class ScheduleGrammarFuzzTest {

    private static final String[] WORDS = {"every", "cron", "to", "at", "until", "second", "seconds", "minute",
        "minutes", "hour", "hours", "day", "days", "week", "weeks", "monday", "sunday", "Wednesday", "0", "1", "2",
        "10", "59", "60", "-1", "99999999999999999999", "10:30", "10:30:15", ":30", "30:05", "25:00", "::", ":",
        "Europe/Rome", "UTC", "+02:00", "Z", "Mars/Olympus", "2030-01-31", "2030-01-31T18:00:00Z", "18:30", "*", "?",
        "0/5", "L", "#", "\u00e9", "\t", "", "1e3", "0x10", "Infinity"};
    private static final String[] SEEDS = {"every 10 seconds", "every 5 to 10 minutes", "every day at 10:30",
        "every wednesday at 13:15 Europe/Rome", "every hour at :30", "every minute at :15", "every 2 weeks",
        "every day at 10:30 until 2030-01-31", "every hour at 30:05 +02:00", "cron 0 0/5 * * * ?",
        "cron 0 15 10 ? * MON-FRI Europe/Rome", "cron 0 0 12 LW * ? 2030"};

    private final ScheduleParser parser = new ScheduleParser(
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Rome"));

    @Test
    void shouldOnlyEverThrowScheduleExceptionAndRoundTripWhatParses() {
        long seed = Long.getLong("aioschedule.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String text = random.nextBoolean() ? words(random) : mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            try {
                ScheduleSpec spec = parser.parse(text).build();
                assertThat(parser.parse(spec.toString()).build()).as("seed %d, input \"%s\"", seed, text)
                        .isEqualTo(spec);
                parsed++;
            } catch (ScheduleException expected) {
                assertThat(expected.getMessage()).as("seed %d, input \"%s\"", seed, text).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", input \"" + text + "\" threw " + e, e);
            }
        }
        assertThat(parsed).as("seed %d: some generated schedules are valid", seed).isGreaterThan(1000);
    }

    private static String words(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : "every ");
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10) == 0 ? "  " : " ");
        }
        return text.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
            case 0:
                text.deleteCharAt(at);
                break;
            case 1:
                text.insert(at, (char) (32 + random.nextInt(95)));
                break;
            default:
                text.setCharAt(at, Character.forDigit(random.nextInt(10), 10));
            }
        }
        return text.toString();
    }
}
