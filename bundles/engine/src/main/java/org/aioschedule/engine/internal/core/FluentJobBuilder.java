package org.aioschedule.engine.internal.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.Job;
import org.aioschedule.JobBuilder;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.internal.codec.JsonValues;
import org.aioschedule.engine.internal.schedule.SpecBuilder;
import org.aioschedule.engine.internal.schedule.Unit;

/** The fluent {@link JobBuilder}: schedule steps go to a {@link SpecBuilder}, job settings are checked here. */
final class FluentJobBuilder implements JobBuilder {

    private static final String UNTIL = "until(\"2030-01-31 18:00\")";

    private final JobChanges changes;
    private final SpecBuilder spec;
    private final JobSource source;
    private final Set<String> tags = new LinkedHashSet<>();
    private String id;
    private MisfirePolicy misfire;
    private Delivery delivery;
    private Duration timeout;
    private int maxInstances = 1;

    FluentJobBuilder(JobChanges changes, SpecBuilder spec, JobSource source) {
        this.changes = changes;
        this.spec = spec;
        this.source = source;
    }

    @Override
    public JobBuilder second() {
        return unit(Unit.SECONDS, true);
    }

    @Override
    public JobBuilder seconds() {
        return unit(Unit.SECONDS, false);
    }

    @Override
    public JobBuilder minute() {
        return unit(Unit.MINUTES, true);
    }

    @Override
    public JobBuilder minutes() {
        return unit(Unit.MINUTES, false);
    }

    @Override
    public JobBuilder hour() {
        return unit(Unit.HOURS, true);
    }

    @Override
    public JobBuilder hours() {
        return unit(Unit.HOURS, false);
    }

    @Override
    public JobBuilder day() {
        return unit(Unit.DAYS, true);
    }

    @Override
    public JobBuilder days() {
        return unit(Unit.DAYS, false);
    }

    @Override
    public JobBuilder week() {
        return unit(Unit.WEEKS, true);
    }

    @Override
    public JobBuilder weeks() {
        return unit(Unit.WEEKS, false);
    }

    private JobBuilder unit(Unit unit, boolean singular) {
        spec.unit(unit, singular);
        return this;
    }

    @Override
    public JobBuilder monday() {
        return weekday(DayOfWeek.MONDAY);
    }

    @Override
    public JobBuilder tuesday() {
        return weekday(DayOfWeek.TUESDAY);
    }

    @Override
    public JobBuilder wednesday() {
        return weekday(DayOfWeek.WEDNESDAY);
    }

    @Override
    public JobBuilder thursday() {
        return weekday(DayOfWeek.THURSDAY);
    }

    @Override
    public JobBuilder friday() {
        return weekday(DayOfWeek.FRIDAY);
    }

    @Override
    public JobBuilder saturday() {
        return weekday(DayOfWeek.SATURDAY);
    }

    @Override
    public JobBuilder sunday() {
        return weekday(DayOfWeek.SUNDAY);
    }

    private JobBuilder weekday(DayOfWeek day) {
        spec.weekday(day);
        return this;
    }

    @Override
    public JobBuilder at(String time) {
        spec.at(time, null);
        return this;
    }

    @Override
    public JobBuilder at(String time, ZoneId zone) {
        if (zone == null) {
            throw new ScheduleValueException("at(\"" + time + "\", null): give a zone, for example "
                    + "at(\"10:30\", ZoneId.of(\"Europe/Rome\")), or use at(\"" + time + "\")");
        }
        spec.at(time, zone);
        return this;
    }

    @Override
    public JobBuilder to(long latest) {
        spec.to(latest);
        return this;
    }

    @Override
    public JobBuilder until(Instant deadline) {
        spec.until(required(deadline, UNTIL));
        return this;
    }

    @Override
    public JobBuilder until(LocalDateTime deadline) {
        spec.until(required(deadline, UNTIL));
        return this;
    }

    @Override
    public JobBuilder until(LocalTime deadline) {
        spec.until(required(deadline, UNTIL));
        return this;
    }

    @Override
    public JobBuilder until(Duration fromNow) {
        spec.until(required(fromNow, UNTIL));
        return this;
    }

    @Override
    public JobBuilder until(String deadline) {
        spec.until(deadline);
        return this;
    }

    @Override
    public JobBuilder tag(String... newTags) {
        for (String tag : required(newTags, "tag(\"reports\")")) {
            tags.add(text(tag, "tag", "tag(\"reports\")"));
        }
        return this;
    }

    @Override
    public JobBuilder id(String newId) {
        this.id = text(newId, "id", "id(\"daily-report\")");
        return this;
    }

    @Override
    public JobBuilder misfire(MisfirePolicy policy) {
        this.misfire = required(policy, "misfire(MisfirePolicy.RUN_ONCE)");
        return this;
    }

    @Override
    public JobBuilder delivery(Delivery newDelivery) {
        this.delivery = required(newDelivery, "delivery(Delivery.AT_LEAST_ONCE)");
        return this;
    }

    @Override
    public JobBuilder timeout(Duration newTimeout) {
        if (newTimeout == null || newTimeout.isNegative() || newTimeout.isZero()) {
            throw new ScheduleValueException("Invalid timeout(" + newTimeout + "): it must be positive, for example "
                    + "timeout(Duration.ofSeconds(30))");
        }
        this.timeout = newTimeout;
        return this;
    }

    @Override
    public JobBuilder maxInstances(int newMaxInstances) {
        if (newMaxInstances < 1) {
            throw new ScheduleValueException("Invalid maxInstances(" + newMaxInstances + "): at least 1 run must "
                    + "be allowed, for example maxInstances(1)");
        }
        this.maxInstances = newMaxInstances;
        return this;
    }

    @Override
    public Job run(String taskPid) {
        return run(taskPid, Collections.<String, Object>emptyMap());
    }

    @Override
    public Job run(String taskPid, Map<String, ?> arguments) {
        String pid = text(taskPid, "task PID", "run(\"org.example.MyTask\")");
        Map<String, Object> args = JsonValues.arguments(arguments);
        String jobId = id != null ? id : changes.newId(pid);
        return changes.put(new JobDefinition(jobId, pid, spec.build(), tags.isEmpty()
                ? Collections.<String>emptySet() : Collections.unmodifiableSet(tags), source,
                args, misfire, delivery, timeout, maxInstances));
    }

    private static String text(String value, String what, String example) {
        if (value == null || value.trim().isEmpty() || !value.equals(value.trim())
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new ScheduleValueException("Invalid " + what + " \"" + value + "\": it must be non-empty text "
                    + "without surrounding spaces or control characters, for example " + example);
        }
        return value;
    }

    private static <T> T required(T value, String call) {
        if (value == null) {
            throw new ScheduleValueException(call.substring(0, call.indexOf('(')) + "(null): give a value, "
                    + "for example " + call);
        }
        return value;
    }
}
