package org.aioschedule.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.JobOptions;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Kura's clock event makes the engine re-check the wall clock at once. */
class ClockEventsTest {

    @Test
    void shouldCheckClockOnKuraClockEvent() {
        CountingHost host = new CountingHost();
        ClockEvents events = new ClockEvents();
        events.setHost(host);

        events.handleEvent(new Event("org/eclipse/kura/clock", Collections.<String, Object>emptyMap()));

        assertThat(host.clockChecks.get()).isEqualTo(1);
        assertThat(ClockEvents.CLOCK_TOPIC).isEqualTo("org/eclipse/kura/clock");
    }

    @Test
    void shouldIgnoreClockEventWhileSchedulerIsDisabled() {
        try (Gateway gateway = new Gateway()) {
            gateway.scheduler.start(Gateway.with(Gateway.schedulerDefaults(), "enabled", false));
            ClockEvents events = new ClockEvents();
            events.setHost(gateway.scheduler);

            events.handleEvent(new Event("org/eclipse/kura/clock", Collections.<String, Object>emptyMap()));

            assertThat(gateway.scheduler.isEnabled()).isFalse();
        }
    }

    private static final class CountingHost implements SchedulerHost {
        final AtomicInteger clockChecks = new AtomicInteger();

        @Override
        public void checkClock() {
            clockChecks.incrementAndGet();
        }

        @Override
        public SchedulerEngine engine() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public void defineJob(JobOptions options) {
        }

        @Override
        public void removeJob(String id) {
        }

        @Override
        public void releaseJob(String id) {
        }

        @Override
        public boolean cancel(String jobId) {
            return false;
        }

        @Override
        public List<String> taskPids() {
            return Collections.emptyList();
        }

        @Override
        public String storeStatus() {
            return "";
        }

        @Override
        public List<String> problems() {
            return Collections.emptyList();
        }

        @Override
        public Collection<JobOptions> configuredJobs() {
            return Collections.emptyList();
        }
    }
}
