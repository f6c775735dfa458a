package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** Wall-clock times in a zone, as Python's schedule tests write them, turned into the instants our engine uses. */
final class Wall {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneId.of("UTC");

    private Wall() {
    }

    /** The instant of a local date-time; a repeated (fold) time is its first occurrence, a skipped one shifted. */
    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** The instant of the second occurrence of a local date-time that the DST fold repeats. */
    static Instant second(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).withLaterOffsetAtOverlap().toInstant();
    }

    static Instant berlin(String localDateTime) {
        return at(localDateTime, BERLIN);
    }

    static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).toString();
    }

    static List<String> local(List<Instant> instants, ZoneId zone) {
        return instants.stream().map(instant -> local(instant, zone)).collect(Collectors.toList());
    }
}
