package org.aioschedule.engine.internal.schedule;

import java.time.Instant;
import java.time.ZoneId;

import org.aioschedule.engine.internal.cron.CronExpression;

/** The fire times of a Quartz cron expression in a zone. */
final class CronSlots implements Slots {

    private final CronExpression cron;
    private final ZoneId zone;

    CronSlots(CronExpression cron, ZoneId zone) {
        this.cron = cron;
        this.zone = zone;
    }

    @Override
    public Instant first(Instant now) {
        return cron.next(now, zone);
    }

    @Override
    public Instant next(Instant previous) {
        return cron.next(previous, zone);
    }

    @Override
    public Instant firstAfter(Instant t, Instant previous) {
        return cron.next(t, zone);
    }
}
