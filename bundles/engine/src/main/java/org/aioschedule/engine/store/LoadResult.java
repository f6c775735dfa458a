package org.aioschedule.engine.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@link JobStore#load()} found: the live records and the problems met. Immutable. */
public final class LoadResult {

    private final Map<String, String> records;
    private final List<String> problems;

    /**
     * @param records  live records by job id; copied
     * @param problems human-readable descriptions of data that could not be loaded; copied
     */
    public LoadResult(Map<String, String> records, List<String> problems) {
        this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** @return the live records by job id, unmodifiable */
    public Map<String, String> records() {
        return records;
    }

    /** @return one line per problem, naming the file and, where known, the job id; unmodifiable, empty if none */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "LoadResult[" + records.size() + " records, problems=" + problems + "]";
    }
}
