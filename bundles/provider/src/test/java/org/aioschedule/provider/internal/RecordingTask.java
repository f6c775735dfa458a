package org.aioschedule.provider.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;

/** A task that records its runs. */
final class RecordingTask implements Task {

    final List<TaskContext> runs = new CopyOnWriteArrayList<>();
    /** When set, every run records itself and then throws it. */
    volatile RuntimeException failure;

    @Override
    public CompletionStage<?> run(TaskContext context) {
        runs.add(context);
        if (failure != null) {
            throw failure;
        }
        return null;
    }

    int count() {
        return runs.size();
    }

    Map<String, Object> lastArguments() {
        return runs.get(runs.size() - 1).arguments();
    }
}
