package org.aioschedule.provider.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
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
        assertThat(options.commitWindow).isEqualTo(Duration.ZERO);
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
    void shouldReadTheCommitWindowInSecondsAndReportABadOne() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("store.commit.seconds", 300L);
        SchedulerOptions window = SchedulerOptions.from(properties);
        assertThat(window.commitWindow).isEqualTo(Duration.ofMinutes(5));
        assertThat(window).isNotEqualTo(SchedulerOptions.from(new HashMap<>()));

        properties.put("store.commit.seconds", -5L);
        SchedulerOptions bad = SchedulerOptions.from(properties);
        assertThat(bad.commitWindow).isEqualTo(Duration.ZERO);
        assertThat(bad.problems).singleElement().asString().contains("store.commit.seconds \"-5\"")
                .contains("store.commit.seconds=300");
    }

    @Test
    void shouldRejectRelativeStorePath() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("store.file.path", "data/aioschedule");

        assertThat(SchedulerOptions.from(properties).problems).singleElement().satisfies(message -> assertThat(
                message).contains("store.file.path \"data/aioschedule\"").contains("absolute"));
    }
}
