/**
 * Persistence SPI of the aioschedule engine.
 * <p>
 * The engine encodes the state of each job as one string (a <em>record</em>, JSON in practice) keyed by the job id and
 * hands batches of changes to a {@link org.aioschedule.engine.store.JobStore}. Stores treat records as opaque text:
 * any Java string, including newlines, control characters and unpaired surrogates, comes back exactly as written.
 * <p>
 * Two implementations ship with the engine: {@link org.aioschedule.engine.store.MemoryJobStore}, which keeps nothing
 * across restarts, and {@link org.aioschedule.engine.store.FileJobStore}, a snapshot plus append-only journal that
 * survives power loss with one fsync per batch.
 */
@Export
@Version("1.1.0")
package org.aioschedule.engine.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
