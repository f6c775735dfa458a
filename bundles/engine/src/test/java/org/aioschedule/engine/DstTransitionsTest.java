package org.aioschedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.testing.Harness;
import org.aioschedule.engine.testing.RecordingTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DST transition of 2026 in six zones (both hemispheres, Lord Howe's 30-minute shift, Chatham's 45-minute
 * offset, Santiago's midnight change), for a daily, a weekly, an hourly "at" and a cron job whose local time falls
 * inside the gap or the fold, with the scheduler restarted, then cut off, inside the transition (10 and 20 minutes
 * after it: inside even Lord Howe's 30-minute fold). DESIGN's rule, for every kind: a local time that does not exist
 * runs once at the shifted instant, a repeated one runs once (the first); so the runs are exactly the instants
 * {@code ZonedDateTime.of(slot, zone)} of the local slots in the window, each once (issue 13).
 */
class DstTransitionsTest {

    private static final List<String> ZONES = List.of("Europe/Rome", "America/New_York", "Australia/Sydney",
            "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham");
    private static final Duration AROUND = Duration.ofDays(3);

    static Stream<Arguments> transitions() {
        List<Arguments> all = new ArrayList<>();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            Instant from = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 2; i++) {
                ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
                all.add(Arguments.of(id, transition.getInstant().toString(), transition.isGap() ? "gap" : "fold"));
                from = transition.getInstant();
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2} at {1}")
    @MethodSource("transitions")
    void shouldRunEachLocalSlotOnceThroughTheTransitionARestartAndAPowerCutInsideIt(String zoneId, String at,
            String kind) {
        ZoneId zone = ZoneId.of(zoneId);
        ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.parse(at).minusSeconds(1));
        LocalDateTime inside = inside(transition);
        LocalTime time = inside.toLocalTime();
        LocalDate day = transition.getDateTimeBefore().toLocalDate();
        String weekday = day.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        Instant start = transition.getInstant().minus(AROUND).truncatedTo(ChronoUnit.MINUTES);
        Instant end = transition.getInstant().plus(AROUND);

        try (Harness harness = new Harness(start.toString(), zone, new MemoryJobStore())) {
            RecordingTask daily = schedule(harness, "daily", "every day at " + hhmm(time));
            RecordingTask weekly = schedule(harness, "weekly", "every " + weekday + " at " + hhmm(time));
            RecordingTask hourly = schedule(harness, "hourly", "every hour at :" + twoDigits(time.getMinute()));
            RecordingTask cron = schedule(harness, "cron", "cron 0 " + time.getMinute() + " " + time.getHour()
                    + " * * ?");

            Instant restartAt = transition.getInstant().plus(Duration.ofMinutes(10));
            Instant powerCutAt = transition.getInstant().plus(Duration.ofMinutes(20));
            while (harness.time.instant().isBefore(end)) {
                harness.time.advance(Duration.ofMinutes(1));
                if (harness.time.instant().equals(restartAt)) {
                    harness.restart();
                } else if (harness.time.instant().equals(powerCutAt)) {
                    harness.crash();
                }
                harness.pending();
            }

            Instant now = harness.time.instant();
            assertThat(daily.slots).as("daily at %s", time).containsExactlyElementsOf(
                    expected(zone, start, now, time, d -> true, false));
            assertThat(weekly.slots).as("every %s at %s", weekday, time).containsExactlyElementsOf(
                    expected(zone, start, now, time, d -> d.getDayOfWeek() == day.getDayOfWeek(), false));
            assertThat(hourly.slots).as("every hour at :%s", time.getMinute()).containsExactlyElementsOf(
                    expected(zone, start, now, time, d -> true, true));
            assertThat(cron.slots).as("cron at %s", time).containsExactlyElementsOf(
                    expected(zone, start, now, time, d -> true, false));
        }
    }

    private static RecordingTask schedule(Harness harness, String name, String schedule) {
        RecordingTask task = harness.task(name);
        harness.engine.schedule(schedule).id(name).run(name);
        return task;
    }

    /** A local time in the middle of the gap (which does not exist) or of the fold (which exists twice). */
    private static LocalDateTime inside(ZoneOffsetTransition transition) {
        LocalDateTime earlier = transition.isGap() ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        long minutes = Math.abs(transition.getDuration().toMinutes());
        return earlier.plusMinutes(minutes / 2);
    }

    /**
     * The instants of the local slots in {@code (start, end]}: at {@code time} on the days {@code days} accepts, or
     * at {@code time}'s minute of every hour; each local slot resolved as {@code ZonedDateTime.of} resolves it
     * (shifted forward in a gap, the earlier offset in a fold), each instant once.
     */
    private static List<Instant> expected(ZoneId zone, Instant start, Instant end, LocalTime time,
            Predicate<LocalDate> days, boolean hourly) {
        TreeSet<Instant> instants = new TreeSet<>();
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!days.test(date)) {
                continue;
            }
            for (int hour = hourly ? 0 : time.getHour(); hour <= (hourly ? 23 : time.getHour()); hour++) {
                Instant slot = ZonedDateTime.of(date, LocalTime.of(hour, time.getMinute()), zone).toInstant();
                if (slot.isAfter(start) && !slot.isAfter(end)) {
                    instants.add(slot);
                }
            }
        }
        return new ArrayList<>(instants);
    }

    private static String hhmm(LocalTime time) {
        return twoDigits(time.getHour()) + ":" + twoDigits(time.getMinute());
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
