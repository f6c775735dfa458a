package org.aioschedule.engine.store;

import java.util.Collection;
import java.util.Map;

/**
 * Where the engine keeps one record (an opaque string) per job id.
 * <p>
 * Implementations are thread-safe. Ids and records may be any non-null strings. After {@link #close()} every other
 * method except {@link #description()} and {@link #isDurable()} throws {@link IllegalStateException}.
 */
public interface JobStore extends AutoCloseable {

    /**
     * Human-readable, for logs and the shell, e.g. {@code "file /opt/eclipse/kura/data/aioschedule/jobs"}.
     *
     * @return a short description naming the kind of store and, where there is one, its location
     */
    String description();

    /**
     * Whether what is written survives a power cut.
     *
     * @return {@code true} if a {@link #write} that returned normally is still visible after a crash or power loss
     */
    boolean isDurable();

    /**
     * Every record by job id. A record that cannot be read is quarantined (kept aside, not returned) and reported
     * through the problems list of the result; the rest load.
     * <p>
     * The records returned include every batch whose {@link #write} returned normally. Problems are reported once:
     * the store sets damaged data aside so that a later load does not report it again.
     *
     * @return an immutable snapshot of the live records and the problems met while reading them
     * @throws StoreException if the store cannot be read at all, or damaged data cannot be set aside
     */
    LoadResult load() throws StoreException;

    /**
     * Atomically applies upserts and deletes as ONE durable write: after a crash either the whole batch or none of it
     * is visible. Returns when durable.
     * <p>
     * An id must not be both upserted and deleted in one batch. Deleting an absent id is allowed. An empty batch does
     * nothing. When this throws, the batch is not acknowledged: it is not applied to the live records and the store
     * tries to roll it back on disk; if that roll-back fails too, the batch may still reappear at the next
     * {@link #load()}, so its outcome is unknown until then.
     *
     * @param upserts records to add or replace, by job id
     * @param deletes ids of records to remove
     * @throws StoreException           if the batch could not be made durable
     * @throws IllegalArgumentException if an id is both upserted and deleted
     * @throws NullPointerException     if an argument, id or record is null
     */
    void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException;

    /**
     * Sets aside a record the engine could not decode: it is removed from the live records and kept in quarantine
     * with the reason.
     * <p>
     * When this returns, the quarantined copy is durable (for durable stores) and the id is no longer returned by
     * {@link #load()}.
     *
     * @param id     the job id
     * @param record the record as the engine got it
     * @param reason why the engine could not use it
     * @throws StoreException if the record could not be kept aside or removed
     */
    void quarantine(String id, String record, String reason) throws StoreException;

    /** Releases files and locks. Idempotent; never throws. */
    @Override
    void close();
}
