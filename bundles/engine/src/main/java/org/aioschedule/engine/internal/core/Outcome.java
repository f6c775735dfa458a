package org.aioschedule.engine.internal.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.aioschedule.RunOutcome;

/** An immutable {@link RunOutcome}. */
public final class Outcome implements RunOutcome {

    private final Result result;
    private final Instant start;
    private final Instant end;
    private final String error;

    public Outcome(Result result, Instant start, Instant end, String error) {
        this.result = result;
        this.start = start;
        this.end = end;
        this.error = error;
    }

    @Override
    public Result result() {
        return result;
    }

    @Override
    public Instant start() {
        return start;
    }

    @Override
    public Instant end() {
        return end;
    }

    @Override
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Outcome)) {
            return false;
        }
        Outcome other = (Outcome) o;
        return result == other.result && start.equals(other.start) && end.equals(other.end)
                && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, start, end, error);
    }

    @Override
    public String toString() {
        return result + (error == null ? "" : " (" + error + ")") + " " + start + ".." + end;
    }
}
