package org.aioschedule.engine.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Jobs with equal schedules share one schedule object (heap per job), and sharing never changes a value. */
class SharedSpecsTest {

    private final ScheduleParser parser = new ScheduleParser(Clock.systemUTC(), ZoneOffset.UTC);

    @Test
    void shouldHandOutOneInstancePerEqualSchedule() {
        ScheduleSpec first = parser.parse("every 10 seconds").build();
        ScheduleSpec fluent = new SpecBuilder(10, Clock.systemUTC(), ZoneOffset.UTC).unit(Unit.SECONDS, false).build();
        ScheduleSpec other = parser.parse("every 11 seconds").build();

        assertThat(fluent).isSameAs(first);
        assertThat(parser.restore("every 10 seconds")).isSameAs(first);
        assertThat(other).isNotSameAs(first).isNotEqualTo(first);
    }

    @Test
    void shouldStillGiveEqualValuesPastTheLimit() {
        for (int i = 2; i <= SharedSpecs.LIMIT + 10; i++) {
            ScheduleSpec spec = parser.parse("every " + i + " minutes").build();
            assertThat(spec.toString()).isEqualTo("every " + i + " minutes");
            assertThat(parser.parse("every " + i + " minutes").build()).isSameAs(spec);
        }
        assertThat(parser.parse("every 1 minutes").build()).isEqualTo(parser.parse("every minute").build());
    }
}
