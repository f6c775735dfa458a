package org.aioschedule.engine.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.aioschedule.JobSource;
import org.aioschedule.RunOutcome;
import org.aioschedule.RunOutcome.Result;
import org.aioschedule.engine.internal.schedule.ScheduleParser;
import org.junit.jupiter.api.Test;

/** The bounded run history: newest first, cut to its limit, errors capped, stored in the job's one record. */
class RunHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private static Outcome outcome(int second, Result result, String error) {
        Instant start = T0.plusSeconds(second);
        return new Outcome(result, start, start.plusMillis(250), error);
    }

    @Test
    void shouldKeepTheNewestRunsFirstUpToTheLimit() {
        RunHistory history = RunHistory.EMPTY;
        for (int i = 0; i < 5; i++) {
            history = history.add(outcome(i, i % 2 == 0 ? Result.SUCCEEDED : Result.FAILED, "e" + i), 3);
        }

        List<RunOutcome> runs = history.outcomes();

        assertThat(runs).containsExactly(outcome(4, Result.SUCCEEDED, "e4"), outcome(3, Result.FAILED, "e3"),
                outcome(2, Result.SUCCEEDED, "e2"));
        assertThat(history.limit(1).outcomes()).containsExactly(outcome(4, Result.SUCCEEDED, "e4"));
        assertThat(history.limit(10)).isSameAs(history);
    }

    @Test
    void shouldKeepNothingWithALimitOfZero() {
        assertThat(RunHistory.EMPTY.add(outcome(0, Result.SUCCEEDED, null), 0).outcomes()).isEmpty();
        assertThat(RunHistory.EMPTY.add(outcome(0, Result.SUCCEEDED, null), 5).limit(0).size()).isZero();
    }

    @Test
    void shouldCapALongErrorAt500Characters() {
        String huge = String.join("", Collections.nCopies(10_000, "x"));

        RunOutcome kept = RunHistory.EMPTY.add(outcome(0, Result.FAILED, huge), 20).outcomes().get(0);

        assertThat(kept.error().get()).hasSize(RunHistory.ERROR_LIMIT).endsWith("...");
    }

    @Test
    void shouldTruncateStartAndEndToTheMillisecond() {
        Instant start = T0.plusNanos(123_456_789);
        RunOutcome kept = RunHistory.EMPTY.add(new Outcome(Result.SUCCEEDED, start, start.plusNanos(1_500_000_000),
                null), 20).outcomes().get(0);

        assertThat(kept.start()).isEqualTo(T0.plusMillis(123));
        assertThat(Duration.between(kept.start(), kept.end())).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void shouldTravelInTheJobsRecordAndLoadFromAnOldRecordWithoutIt() throws IOException {
        JobDefinition definition = new JobDefinition("j", "task", new ScheduleParser(java.time.Clock.systemUTC(),
                java.time.ZoneOffset.UTC).parse("every 10 seconds").build(), Collections.emptySet(), JobSource.API,
                Collections.emptyMap(), null, null, null, 1);
        RunState state = new RunState();
        state.ended(outcome(1, Result.TIMED_OUT, "timed out after PT1S"), 20);
        state.ended(outcome(2, Result.SUCCEEDED, null), 20);

        String record = JobCodec.encode(definition, state);
        StoredJob stored = JobCodec.decode(record);

        assertThat(stored.state.history.outcomes()).containsExactly(outcome(2, Result.SUCCEEDED, null),
                outcome(1, Result.TIMED_OUT, "timed out after PT1S"));
        assertThat(record).contains("\"history\":[[\"SUCCEEDED\",");
        String old = record.replaceAll(",\"history\":\\[.*?\\]\\]", "");
        assertThat(old).doesNotContain("history");
        assertThat(JobCodec.decode(old).state.history.outcomes()).isEmpty();
        assertThat(JobCodec.decode(old).state.lastOutcome).isEqualTo(outcome(2, Result.SUCCEEDED, null));
    }
}
