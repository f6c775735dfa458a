package org.aioschedule.engine.internal.cron;

import java.time.Instant;
import java.time.ZoneId;

import org.aioschedule.ScheduleValueException;

/** TEMPORARY placeholder until the cron parser lands; rejects every expression. */
public final class CronExpression {
    public static CronExpression parse(String text) {
        throw new ScheduleValueException("cron is not available yet: " + text);
    }

    public Instant next(Instant after, ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
