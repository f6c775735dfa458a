package org.aioschedule.provider.internal.store;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One checked batch of a {@code JobStore.write}: upserts by id and ids to delete, copied, never overlapping. */
final class StoreBatch {

    final Map<String, String> upserts;
    final Set<String> deletes;

    private StoreBatch(Map<String, String> upserts, Set<String> deletes) {
        this.upserts = Collections.unmodifiableMap(upserts);
        this.deletes = Collections.unmodifiableSet(deletes);
    }

    /**
     * @throws NullPointerException     if an argument, id or record is null
     * @throws IllegalArgumentException if an id is both upserted and deleted
     */
    static StoreBatch of(Map<String, String> upserts, Collection<String> deletes) {
        Objects.requireNonNull(upserts, "upserts");
        Objects.requireNonNull(deletes, "deletes");
        Map<String, String> u = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : upserts.entrySet()) {
            u.put(Objects.requireNonNull(e.getKey(), "upsert id"),
                    Objects.requireNonNull(e.getValue(), "record of " + e.getKey()));
        }
        Set<String> d = new LinkedHashSet<>();
        for (String id : deletes) {
            d.add(Objects.requireNonNull(id, "delete id"));
            if (u.containsKey(id)) {
                throw new IllegalArgumentException("id both upserted and deleted in one batch: " + id);
            }
        }
        return new StoreBatch(u, d);
    }

    static StoreBatch delete(String id) {
        return new StoreBatch(Collections.<String, String>emptyMap(), Collections.singleton(id));
    }

    boolean isEmpty() {
        return upserts.isEmpty() && deletes.isEmpty();
    }
}
