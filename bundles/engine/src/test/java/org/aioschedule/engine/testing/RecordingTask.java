package org.aioschedule.engine.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.aioschedule.Task;
import org.aioschedule.TaskContext;

/** A task that records each run (slot and arguments) and answers with what its behaviour returns. */
public final class RecordingTask implements Task {

    public final List<Instant> slots = new CopyOnWriteArrayList<>();
    public final List<Map<String, Object>> arguments = new CopyOnWriteArrayList<>();
    public final List<TaskContext> contexts = new CopyOnWriteArrayList<>();
    private volatile Function<TaskContext, CompletionStage<?>> behaviour = context -> null;

    public RecordingTask answering(Function<TaskContext, CompletionStage<?>> newBehaviour) {
        this.behaviour = newBehaviour;
        return this;
    }

    public RecordingTask failing(RuntimeException error) {
        return answering(context -> {
            throw error;
        });
    }

    public RecordingTask never() {
        return answering(context -> new CompletableFuture<>());
    }

    @Override
    public CompletionStage<?> run(TaskContext context) {
        slots.add(context.scheduledTime());
        arguments.add(context.arguments());
        contexts.add(context);
        return behaviour.apply(context);
    }

    public int runs() {
        return slots.size();
    }
}
