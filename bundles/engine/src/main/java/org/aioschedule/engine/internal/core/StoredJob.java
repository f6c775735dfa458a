package org.aioschedule.engine.internal.core;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;

/** A job as read from the store: its definition in stored form (schedule as grammar text) and its state. */
final class StoredJob {

    String id;
    JobSource source;
    String taskPid;
    String schedule;
    Set<String> tags;
    Map<String, Object> arguments;
    MisfirePolicy misfire;
    Delivery delivery;
    Duration timeout;
    int maxInstances;
    final RunState state = new RunState();
}
