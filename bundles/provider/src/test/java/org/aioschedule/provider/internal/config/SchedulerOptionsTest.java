package org.aioschedule.provider.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchedulerOptionsTest {

    @Test
    void shouldDefaultEveryMissingKey() {
        SchedulerOptions options = SchedulerOptions.from(new HashMap<>());

        assertThat(options.enabled).isTrue();
        assertThat(options.storeType).isEqualTo(StoreType.AUTO);
        assertThat(options.executorThreads).isEqualTo(4);
        assertThat(options.misfireGrace).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.taskTimeout).isNull();
        assertThat(options.waitingRetention).isNull();
        assertThat(options.zone).isNull();
        assertThat(options.problems).isEmpty();
    }

    @Test
    void shouldBeEqualForEqualValuesWhateverTheirForm() {
        Map<String, Object> typed = new HashMap<>();
        typed.put("executor.threads", 2);
        typed.put("timezone", "Europe/Rome");
        Map<String, Object> text = new HashMap<>();
        text.put("executor.threads", "2");
        text.put("timezone", new String[] {"Europe/Rome"});

        assertThat(SchedulerOptions.from(typed)).isEqualTo(SchedulerOptions.from(text));
        assertThat(SchedulerOptions.from(typed).zone).isEqualTo(ZoneId.of("Europe/Rome"));
    }

    @Test
    void shouldReadWaitingRetentionInDaysAndReportABadOne() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("waiting.retention.days", 30);
        assertThat(SchedulerOptions.from(properties).waitingRetention).isEqualTo(Duration.ofDays(30));

        properties.put("waiting.retention.days", -1);
        SchedulerOptions bad = SchedulerOptions.from(properties);
        assertThat(bad.waitingRetention).isNull();
        assertThat(bad.problems).singleElement().asString().contains("waiting.retention.days").contains("-1")
                .contains("waiting.retention.days=30");
    }

    @Test
    void shouldReadHistoryRunsAndReportOneOutOfRange() {
        Map<String, Object> properties = new HashMap<>();
        assertThat(SchedulerOptions.from(properties).historyRuns).isEqualTo(20);
        properties.put("history.runs", 0);
        assertThat(SchedulerOptions.from(properties).historyRuns).isZero();

        properties.put("history.runs", 1001);
        SchedulerOptions bad = SchedulerOptions.from(properties);
        assertThat(bad.historyRuns).isEqualTo(20);
        assertThat(bad.problems).singleElement().asString().contains("history.runs \"1001\"")
                .contains("from 0 to 1000").contains("history.runs=20");
        assertThat(bad).isNotEqualTo(SchedulerOptions.from(Collections.singletonMap("history.runs", 5)));
    }

    @Test
    void shouldRejectRelativeStorePath() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("store.file.path", "data/aioschedule");

        assertThat(SchedulerOptions.from(properties).problems).singleElement().satisfies(message -> assertThat(
                message).contains("store.file.path \"data/aioschedule\"").contains("absolute"));
    }
}
