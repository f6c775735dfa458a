package org.aioschedule.provider.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.aioschedule.JobSource;
import org.aioschedule.ScheduleException;
import org.aioschedule.Task;
import org.aioschedule.TaskProperties;
import org.aioschedule.engine.SchedulerEngine;
import org.aioschedule.provider.internal.config.ConfigReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task services, by PID, and the jobs their {@code aioschedule.schedule} property defines. The first schedule's
 * job has the task's PID as id; further schedules get {@code <PID>#2}, {@code <PID>#3}, ... in the order given.
 * Tasks are only ever looked up by PID: nothing is evaluated or loaded as a class.
 * <p>
 * Lookups are thread-safe; changes are made by the scheduler component under its lock.
 */
final class TaskWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(TaskWhiteboard.class);

    private final Map<String, List<Task>> tasks = new LinkedHashMap<>();
    private final Map<String, List<String>> schedules = new LinkedHashMap<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final ConfigProblems problems;

    TaskWhiteboard(ConfigProblems problems) {
        this.problems = problems;
    }

    /** The PID of a task service: the first present of kura.service.pid, service.pid, component.name. */
    static String pidOf(Map<String, ?> properties) {
        return ServicePid.of(properties::get);
    }

    /** The task registered under {@code pid} (the first, if several claim it). */
    synchronized Optional<Task> find(String pid) {
        List<Task> registered = tasks.get(pid);
        return registered == null || registered.isEmpty() ? Optional.empty() : Optional.of(registered.get(0));
    }

    synchronized List<String> pids() {
        return new ArrayList<>(new TreeSet<>(tasks.keySet()));
    }

    /** A task service arrived; returns its PID, or null when it has none. */
    String add(Task task, Map<String, ?> properties, SchedulerEngine engine) {
        String pid = pidOf(properties);
        if (pid == null) {
            LOG.warn("A task service without kura.service.pid, service.pid or component.name is ignored: {}",
                    properties.get("service.id"));
            return null;
        }
        synchronized (this) {
            tasks.computeIfAbsent(pid, key -> new ArrayList<>()).add(task);
        }
        LOG.debug("Task {} available", pid);
        schedules.put(pid, new ConfigReader("Task " + pid, properties).values(TaskProperties.SCHEDULE));
        uncancel(pid, schedules.get(pid).size());
        if (engine != null) {
            engine.taskAvailable(pid);
            define(pid, engine);
        }
        return pid;
    }

    /** The properties of a task service changed: its whiteboard jobs follow. */
    void update(Task task, Map<String, ?> properties, SchedulerEngine engine) {
        String pid = pidOf(properties);
        if (pid == null || !schedules.containsKey(pid)) {
            return;
        }
        List<String> before = schedules.put(pid, new ConfigReader("Task " + pid, properties)
                .values(TaskProperties.SCHEDULE));
        if (engine != null && !before.equals(schedules.get(pid))) {
            releaseJobs(pid, before.size(), engine);
            uncancel(pid, schedules.get(pid).size());
            define(pid, engine);
        }
    }

    /** A task service went away: its whiteboard jobs stop and keep their state. */
    void remove(Task task, Map<String, ?> properties, SchedulerEngine engine) {
        String pid = pidOf(properties);
        if (pid == null) {
            return;
        }
        boolean last;
        synchronized (this) {
            List<Task> registered = tasks.getOrDefault(pid, Collections.<Task>emptyList());
            registered.removeIf(entry -> entry == task);
            last = registered.isEmpty();
            if (last) {
                tasks.remove(pid);
            }
        }
        if (last) {
            List<String> before = schedules.remove(pid);
            if (engine != null && before != null) {
                releaseJobs(pid, before.size(), engine);
            }
        }
    }

    /** Defines every whiteboard job again, on a new engine. */
    void applyAll(SchedulerEngine engine) {
        for (String pid : new ArrayList<>(schedules.keySet())) {
            define(pid, engine);
        }
    }

    /**
     * A whiteboard job was cancelled through the API: it is not defined again on a rebuild, only when its task
     * registers again or changes its schedules. Thread-safe.
     */
    void forget(String jobId) {
        cancelled.add(jobId);
    }

    static String jobId(String pid, int index) {
        return index == 0 ? pid : pid + "#" + (index + 1);
    }

    private void define(String pid, SchedulerEngine engine) {
        List<String> list = schedules.getOrDefault(pid, Collections.<String>emptyList());
        for (int i = 0; i < list.size(); i++) {
            String id = jobId(pid, i);
            String expression = list.get(i);
            if (cancelled.contains(id)) {
                continue;
            }
            try {
                engine.schedule(expression, JobSource.WHITEBOARD).id(id).run(pid);
                problems.clear(id);
            } catch (ScheduleException e) {
                problems.set(id, pid, Collections.singletonList(ConfigReader.scheduleMessage(
                        "Task " + pid + ", job " + id, TaskProperties.SCHEDULE, expression, e.getMessage())));
            }
        }
    }

    private void uncancel(String pid, int count) {
        for (int i = 0; i < count; i++) {
            cancelled.remove(jobId(pid, i));
        }
    }

    private void releaseJobs(String pid, int count, SchedulerEngine engine) {
        for (int i = 0; i < count; i++) {
            String id = jobId(pid, i);
            problems.clear(id);
            engine.release(id);
        }
    }

}
