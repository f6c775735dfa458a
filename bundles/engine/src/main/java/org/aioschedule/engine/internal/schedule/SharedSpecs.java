package org.aioschedule.engine.internal.schedule;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each schedule in use: schedules are immutable values and most jobs of a gateway share a few of
 * them, so jobs with equal schedules share one object (about 100 bytes per job less). Bounded: past
 * {@link #LIMIT} distinct schedules it starts over, which costs only sharing, never correctness.
 */
final class SharedSpecs {

    static final int LIMIT = 4096;

    private static final Map<ScheduleSpec, ScheduleSpec> SPECS = new HashMap<>();

    private SharedSpecs() {
    }

    /** The shared instance equal to {@code spec}. */
    static ScheduleSpec intern(ScheduleSpec spec) {
        synchronized (SPECS) {
            ScheduleSpec shared = SPECS.get(spec);
            if (shared != null) {
                return shared;
            }
            if (SPECS.size() >= LIMIT) {
                SPECS.clear();
            }
            SPECS.put(spec, spec);
            return spec;
        }
    }
}
