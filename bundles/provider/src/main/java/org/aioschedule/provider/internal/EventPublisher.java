package org.aioschedule.provider.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.aioschedule.Job;
import org.aioschedule.RunOutcome;
import org.aioschedule.engine.JobListener;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts what happens to jobs on EventAdmin (asynchronously): {@code org/aioschedule/job/STARTED|SUCCEEDED|FAILED|
 * MISSED|SKIPPED} with {@code job.id}, {@code task.pid}, {@code scheduled.time} (epoch milliseconds),
 * {@code duration.ms} and {@code error}. A timed-out run is FAILED; a bad job configuration is FAILED too.
 */
final class EventPublisher implements JobListener {

    static final String TOPIC_PREFIX = "org/aioschedule/job/";
    static final String JOB_ID = "job.id";
    static final String TASK_PID = "task.pid";
    static final String SCHEDULED_TIME = "scheduled.time";
    static final String DURATION = "duration.ms";
    static final String ERROR = "error";

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final AtomicReference<EventAdmin> eventAdmin = new AtomicReference<>();

    void setEventAdmin(EventAdmin admin) {
        eventAdmin.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        eventAdmin.compareAndSet(admin, null);
    }

    @Override
    public void started(Job job, Instant scheduledTime) {
        post("STARTED", properties(job.id(), job.taskPid(), scheduledTime));
    }

    @Override
    public void finished(Job job, Instant scheduledTime, RunOutcome outcome) {
        Map<String, Object> properties = properties(job.id(), job.taskPid(), scheduledTime);
        properties.put(DURATION, outcome.end().toEpochMilli() - outcome.start().toEpochMilli());
        String error = outcome.error().orElse(null);
        String topic;
        switch (outcome.result()) {
            case SUCCEEDED:
                topic = "SUCCEEDED";
                break;
            case SKIPPED:
                topic = "SKIPPED";
                break;
            case TIMED_OUT:
                topic = "FAILED";
                error = error != null && error.startsWith("timed out") ? error : "timed out" + suffix(error);
                break;
            default:
                topic = "FAILED";
                break;
        }
        if (error != null) {
            properties.put(ERROR, error);
        }
        post(topic, properties);
    }

    @Override
    public void missed(Job job, Instant firstMissed, long count) {
        post("MISSED", properties(job.id(), job.taskPid(), firstMissed));
    }

    @Override
    public void problem(String jobId, String message) {
        LOG.warn("Job {}: {}", jobId, message);
    }

    /** A job whose configuration is not valid: posted as FAILED with the validation message. */
    void invalidConfiguration(String jobId, String taskPid, String message) {
        Map<String, Object> properties = properties(jobId, taskPid, null);
        properties.put(ERROR, message);
        post("FAILED", properties);
    }

    private static Map<String, Object> properties(String jobId, String taskPid, Instant scheduledTime) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(JOB_ID, jobId);
        if (taskPid != null) {
            properties.put(TASK_PID, taskPid);
        }
        if (scheduledTime != null) {
            properties.put(SCHEDULED_TIME, scheduledTime.toEpochMilli());
        }
        return properties;
    }

    private static String suffix(String error) {
        return error == null ? "" : ": " + error;
    }

    private void post(String result, Map<String, Object> properties) {
        EventAdmin admin = eventAdmin.get();
        if (admin == null) {
            return;
        }
        try {
            admin.postEvent(new Event(TOPIC_PREFIX + result, properties));
        } catch (RuntimeException e) {
            LOG.debug("Posting {} for job {} failed", result, properties.get(JOB_ID), e);
        }
    }
}
