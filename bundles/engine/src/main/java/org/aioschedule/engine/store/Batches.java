package org.aioschedule.engine.store;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the stores. */
final class Batches {

    private Batches() {
    }

    static void check(Map<String, String> upserts, Collection<String> deletes) {
        Objects.requireNonNull(upserts, "upserts");
        Objects.requireNonNull(deletes, "deletes");
        for (Map.Entry<String, String> e : upserts.entrySet()) {
            Objects.requireNonNull(e.getKey(), "upsert id");
            Objects.requireNonNull(e.getValue(), "record of " + e.getKey());
        }
        for (String id : deletes) {
            Objects.requireNonNull(id, "delete id");
            if (upserts.containsKey(id)) {
                throw new IllegalArgumentException("id both upserted and deleted in one batch: " + id);
            }
        }
    }

    static void apply(Map<String, String> live, Map<String, String> upserts, Collection<String> deletes) {
        live.putAll(upserts);
        for (String id : deletes) {
            live.remove(id);
        }
    }
}
