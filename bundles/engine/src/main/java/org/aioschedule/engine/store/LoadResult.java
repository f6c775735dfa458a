package org.aioschedule.engine.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER: replaced by the store work. */
public final class LoadResult {
    private final Map<String, String> records;
    private final List<String> problems;

    public LoadResult(Map<String, String> records, List<String> problems) {
        this.records = Collections.unmodifiableMap(records);
        this.problems = Collections.unmodifiableList(problems);
    }

    public Map<String, String> records() {
        return records;
    }

    public List<String> problems() {
        return problems;
    }
}
