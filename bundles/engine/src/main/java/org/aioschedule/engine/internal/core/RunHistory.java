package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aioschedule.RunOutcome;
import org.aioschedule.RunOutcome.Result;

/**
 * The last runs of a job, newest first: an immutable value, kept compact (a start and a duration to the millisecond,
 * a result and an error capped at {@link #ERROR_LIMIT} characters per run), so its memory is bounded by the number
 * of runs kept.
 */
final class RunHistory {

    static final RunHistory EMPTY = new RunHistory(new long[0], new int[0], new byte[0], new String[0]);
    static final int ERROR_LIMIT = 500;
    private static final Result[] RESULTS = Result.values();

    private final long[] startMillis;
    private final int[] durationMillis;
    private final byte[] results;
    private final String[] errors;

    private RunHistory(long[] startMillis, int[] durationMillis, byte[] results, String[] errors) {
        this.startMillis = startMillis;
        this.durationMillis = durationMillis;
        this.results = results;
        this.errors = errors;
    }

    /** This history with {@code outcome} as its newest run, keeping at most {@code limit} runs. */
    RunHistory add(RunOutcome outcome, int limit) {
        return add(outcome.result(), outcome.start(), outcome.end(), outcome.error().orElse(null), limit);
    }

    /** This history with one older run appended, keeping at most {@code limit} runs (for reading records). */
    RunHistory append(Result result, Instant start, Instant end, String error, int limit) {
        if (size() >= limit) {
            return this;
        }
        RunHistory longer = resized(size() + 1, 0);
        longer.set(size(), result, start, end, error);
        return longer;
    }

    private RunHistory add(Result result, Instant start, Instant end, String error, int limit) {
        if (limit <= 0) {
            return EMPTY;
        }
        RunHistory added = resized(Math.min(size() + 1, limit), 1);
        added.set(0, result, start, end, error);
        return added;
    }

    /** This history cut to its {@code limit} newest runs. */
    RunHistory limit(int limit) {
        if (size() <= limit) {
            return this;
        }
        return limit <= 0 ? EMPTY : resized(limit, 0);
    }

    private RunHistory resized(int size, int shift) {
        RunHistory copy = new RunHistory(new long[size], new int[size], new byte[size], new String[size]);
        int kept = Math.min(size(), size - shift);
        System.arraycopy(startMillis, 0, copy.startMillis, shift, kept);
        System.arraycopy(durationMillis, 0, copy.durationMillis, shift, kept);
        System.arraycopy(results, 0, copy.results, shift, kept);
        System.arraycopy(errors, 0, copy.errors, shift, kept);
        return copy;
    }

    private void set(int index, Result result, Instant start, Instant end, String error) {
        long duration = Math.max(0, end.toEpochMilli() - start.toEpochMilli());
        startMillis[index] = start.toEpochMilli();
        durationMillis[index] = (int) Math.min(Integer.MAX_VALUE, duration);
        results[index] = (byte) result.ordinal();
        errors[index] = error == null || error.length() <= ERROR_LIMIT ? error
                : error.substring(0, ERROR_LIMIT - 3) + "...";
    }

    int size() {
        return results.length;
    }

    Result result(int index) {
        return RESULTS[results[index]];
    }

    long startMillis(int index) {
        return startMillis[index];
    }

    long durationMillis(int index) {
        return durationMillis[index];
    }

    String error(int index) {
        return errors[index];
    }

    /** The runs, newest first. */
    List<RunOutcome> outcomes() {
        if (size() == 0) {
            return Collections.emptyList();
        }
        List<RunOutcome> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            Instant start = Instant.ofEpochMilli(startMillis[i]);
            list.add(new Outcome(result(i), start, start.plusMillis(durationMillis[i]), errors[i]));
        }
        return Collections.unmodifiableList(list);
    }
}
