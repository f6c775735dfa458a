package org.aioschedule.engine.internal.codec;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.aioschedule.Delivery;
import org.aioschedule.JobSource;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.engine.internal.core.RunState;

/** A job as read from the store: its definition in stored form (schedule as grammar text) and its state. */
public final class StoredJob {

    public String id;
    public JobSource source;
    public String taskPid;
    public String schedule;
    public Set<String> tags;
    public Map<String, Object> arguments;
    public MisfirePolicy misfire;
    public Delivery delivery;
    public Duration timeout;
    public int maxInstances;
    public final RunState state = new RunState();
}
