package org.aioschedule.engine.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Job;
import org.aioschedule.engine.JobListener;

/** A listener that records the count of every missed-runs event. */
public final class MissedCounts implements JobListener {

    public final List<Long> counts = new CopyOnWriteArrayList<>();

    @Override
    public void missed(Job job, Instant firstMissed, long count) {
        counts.add(count);
    }
}
