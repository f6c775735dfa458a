package org.aioschedule.kura.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.kura.clock.ClockEvent;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class SystemAndClockEmulatorTest {

    @Test
    void shouldReadKuraDirectoriesFromFrameworkProperties() {
        Map<String, String> props = new HashMap<>();
        props.put("kura.data", "/data");
        props.put("kura.snapshots", "/snapshots");
        SystemServiceEmulator system = new SystemServiceEmulator();

        system.start(props::get);

        assertThat(system.getKuraDataDirectory()).isEqualTo("/data");
        assertThat(system.getKuraSnapshotsDirectory()).isEqualTo("/snapshots");
        assertThat(system.getProperties()).containsEntry("kura.data", "/data");
    }

    /** SystemServiceImpl.java getKuraSnapshotsCount (kura/org.eclipse.kura.core.system, KURA_5.4.1_RELEASE). */
    @Test
    void shouldTakeTheNumberOfSnapshotsKeptFromKuraSnapshotsCountWithTenByDefault() {
        Map<String, String> props = new HashMap<>();
        props.put("kura.data", "/data");
        props.put("kura.snapshots", "/snapshots");
        SystemServiceEmulator system = new SystemServiceEmulator();

        system.start(props::get);
        assertThat(system.getKuraSnapshotsCount()).isEqualTo(10);

        props.put("kura.snapshots.count", "3");
        system.start(props::get);
        assertThat(system.getKuraSnapshotsCount()).isEqualTo(3);

        props.put("kura.snapshots.count", "three");
        system.start(props::get);
        assertThat(system.getKuraSnapshotsCount()).as("not a number: logged, 10").isEqualTo(10);
    }

    @Test
    void shouldFailClearlyWithoutKuraData() {
        Map<String, String> props = new HashMap<>();
        props.put("kura.snapshots", "/snapshots");

        assertThatThrownBy(() -> new SystemServiceEmulator().start(props::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'kura.data' is not set");
    }

    @Test
    void shouldPostClockEventWithEmptyPropertiesOnSync() {
        Instant now = Instant.parse("2024-10-24T10:00:00Z");
        ClockServiceEmulator clock = new ClockServiceEmulator(Clock.fixed(now, ZoneOffset.UTC));
        List<Event> posted = new CopyOnWriteArrayList<>();
        clock.setEventAdmin(new RecordingEventAdmin(posted));
        assertThat(clock.getLastSync()).as("never synchronized").isNull();

        clock.sync();

        assertThat(clock.getLastSync()).isEqualTo(java.util.Date.from(now));
        assertThat(posted).hasSize(1);
        Event event = posted.get(0);
        assertThat(event).isInstanceOf(ClockEvent.class);
        assertThat(event.getTopic()).isEqualTo("org/eclipse/kura/clock");
        assertThat(event.getPropertyNames()).containsOnly("event.topics");
    }

    /**
     * The command does what a sync of Kura's ClockService does: posts an empty ClockEvent once the clock is up to
     * date (kura/org.eclipse.kura.linux.clock/src/main/java/org/eclipse/kura/linux/clock/ClockServiceImpl.java,
     * onClockUpdate).
     */
    @Test
    void shouldPostTheClockEventAndNameTheSyncTimeOnNtpsyncCommand() {
        Instant now = Instant.parse("2036-02-07T06:28:16Z");
        ClockServiceEmulator clock = new ClockServiceEmulator(Clock.fixed(now, ZoneOffset.UTC));
        List<Event> posted = new CopyOnWriteArrayList<>();
        clock.setEventAdmin(new RecordingEventAdmin(posted));
        ClockCommands commands = new ClockCommands();
        commands.setClock(clock);

        String said = commands.ntpsync();

        assertThat(said).isEqualTo("Clock synchronized at 2036-02-07T06:28:16Z; posted org/eclipse/kura/clock");
        assertThat(clock.getLastSync()).isEqualTo(java.util.Date.from(now));
        assertThat(posted).singleElement().extracting(Event::getTopic).isEqualTo("org/eclipse/kura/clock");
    }

    private static final class RecordingEventAdmin implements EventAdmin {

        private final List<Event> posted;

        RecordingEventAdmin(List<Event> posted) {
            this.posted = posted;
        }

        @Override
        public void postEvent(Event event) {
            this.posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("Kura posts clock events; it does not send them");
        }
    }
}
