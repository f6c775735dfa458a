package org.aioschedule.engine.internal.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Local date-times of a zone and the instants they stand for: a local time skipped by DST resolves to the shifted
 * instant, a repeated one to its first occurrence.
 */
final class WallClock {

    private final ZoneId zone;

    WallClock(ZoneId zone) {
        this.zone = zone;
    }

    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    Instant resolve(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /**
     * The instant of {@code local}, which must come after {@code reference}; when the reference already lies in
     * the second occurrence of a repeated hour, the second occurrence of {@code local} is the one that follows it.
     */
    Instant after(LocalDateTime local, Instant reference) {
        ZonedDateTime first = ZonedDateTime.of(local, zone);
        if (first.toInstant().isAfter(reference)) {
            return first.toInstant();
        }
        Instant later = first.withLaterOffsetAtOverlap().toInstant();
        return later.isAfter(reference) ? later : null;
    }
}
