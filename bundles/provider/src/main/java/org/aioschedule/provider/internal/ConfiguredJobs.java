package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.aioschedule.JobBuilder;
import org.aioschedule.JobSource;
import org.aioschedule.ScheduleException;
import org.aioschedule.ScheduleValueException;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.ConfigReader;
import org.aioschedule.provider.internal.config.JobOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs defined by {@code org.aioschedule.Job} configurations, kept so that they can be defined again on a new
 * engine. A bad job is reported and not scheduled (its stored state is kept for when it is fixed); the others run.
 * Not thread-safe: the scheduler component calls it under its lock; {@code engine} is null while disabled.
 */
final class ConfiguredJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredJobs.class);

    private final Map<String, JobOptions> jobs = new LinkedHashMap<>();
    /** Jobs whose configuration was deleted while no engine ran: their stored state goes on the next engine. */
    private final Set<String> deleted = new LinkedHashSet<>();
    private final ConfigProblems problems;

    ConfiguredJobs(ConfigProblems problems) {
        this.problems = problems;
    }

    /** Defines or redefines a job; an unchanged definition changes nothing. */
    void define(JobOptions options, SchedulerEngine engine) {
        deleted.remove(options.id);
        JobOptions before = jobs.put(options.id, options);
        if (options.equals(before)) {
            return;
        }
        apply(options, engine);
    }

    /** The configuration was deleted: the job and its state go. */
    void remove(String id, SchedulerEngine engine) {
        jobs.remove(id);
        problems.clear(id);
        if (engine != null) {
            engine.remove(id);
        } else {
            deleted.add(id);
        }
    }

    /** The job's component went away for another reason (bundle stop): it stops, its state stays stored. */
    void release(String id, SchedulerEngine engine) {
        jobs.remove(id);
        problems.clear(id);
        if (engine != null) {
            engine.release(id);
        }
    }

    /** Defines every job again, on a new engine. */
    void applyAll(SchedulerEngine engine) {
        for (String id : deleted) {
            engine.remove(id);
        }
        deleted.clear();
        for (JobOptions options : new ArrayList<>(jobs.values())) {
            apply(options, engine);
        }
    }

    Collection<JobOptions> all() {
        return Collections.unmodifiableCollection(jobs.values());
    }

    private void apply(JobOptions options, SchedulerEngine engine) {
        if (!options.isValid()) {
            problems.set(options.id, options.taskPid, options.problems);
            release(options, engine);
            return;
        }
        if (!options.enabled) {
            problems.clear(options.id);
            release(options, engine);
            LOG.info("Job {} is disabled (enabled=false)", options.id);
            return;
        }
        if (engine == null) {
            problems.clear(options.id);
            return;
        }
        schedule(options, engine);
    }

    private void schedule(JobOptions options, SchedulerEngine engine) {
        JobBuilder builder;
        try {
            builder = engine.schedule(options.schedule, JobSource.CONFIGURATION);
        } catch (ScheduleValueException e) {
            fail(options, engine, ConfigReader.scheduleMessage("Job " + options.id, JobOptions.SCHEDULE,
                    options.schedule, e.getMessage()));
            return;
        }
        try {
            builder.tag(options.tags.toArray(new String[0]));
        } catch (ScheduleValueException e) {
            fail(options, engine, ConfigReader.message("Job " + options.id, JobOptions.TAGS,
                    String.join(", ", options.tags), e.getMessage()));
            return;
        }
        try {
            builder.id(options.id).maxInstances(options.maxInstances);
            if (options.misfirePolicy != null) {
                builder.misfire(options.misfirePolicy);
            }
            if (options.delivery != null) {
                builder.delivery(options.delivery);
            }
            if (options.timeout != null) {
                builder.timeout(options.timeout);
            }
            builder.run(options.taskPid, options.arguments);
            problems.clear(options.id);
            LOG.info("Job {} scheduled: task {}, {}", options.id, options.taskPid, options.schedule);
        } catch (ScheduleException e) {
            fail(options, engine, "Job " + options.id + ": " + ConfigReader.oneLine(e.getMessage()));
        }
    }

    private void fail(JobOptions options, SchedulerEngine engine, String message) {
        problems.set(options.id, options.taskPid, Collections.singletonList(message));
        release(options, engine);
    }

    private static void release(JobOptions options, SchedulerEngine engine) {
        if (engine != null) {
            engine.job(options.id).filter(job -> job.source() == JobSource.CONFIGURATION)
                    .ifPresent(job -> engine.release(options.id));
        }
    }
}
