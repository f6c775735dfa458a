package org.aioschedule.provider.internal.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.LoadResult;
import org.aioschedule.engine.store.StoreException;
import org.eclipse.kura.db.BaseDbService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store in one table of a Kura {@code BaseDbService} database (H2 or SQLite): {@code AIOSCHEDULE_JOBS(ID, FULL_ID,
 * RECORD, UPDATED)} with one row per job, and {@code AIOSCHEDULE_QUARANTINE(ID, REASON, RECORD, QUARANTINED)} where
 * every record set aside is kept; both are created if missing. ID is the job id itself, or {@code #} and a hash for
 * ids that are long or need escaping, with the id in FULL_ID ({@link StoreText#keyOf}); ids and records are
 * {@linkplain StoreText#encode encoded} so that any string survives; UPDATED is the time of the write in ms.
 * <p>
 * Invariant: the live records are the rows of the table; each {@link #write} is one transaction (update, or insert
 * where no row was updated, then delete; commit), so the database makes the batch visible whole or not at all, and a
 * write that throws has been rolled back. On H2, which acknowledges a commit before writing it (its write delay), each
 * write is followed by {@code CHECKPOINT SYNC}: one fsync per batch. Durable when the database is: {@link #isDurable()}
 * is false for in-memory URLs ({@code jdbc:h2:mem:}, SQLite {@code :memory:} or {@code mode=memory}), read from the
 * connection's metadata.
 * <p>
 * The store belongs to one database: the URL it was opened for (or the first one a connection reports). Kura applies a
 * new {@code db.connector.url} without registering the service again, so every connection's URL is checked first; a
 * connection to another database fails the operation with a {@link StoreMovedException} and nothing is written there:
 * the scheduler then chooses its store again.
 * <p>
 * Every operation takes a fresh connection from the service and gives it back through the service; when the
 * connection is closed under it (Kura's H2 runs {@code SHUTDOWN DEFRAG} periodically, closing every connection), the
 * operation runs once more on a new connection, which is safe as a failed transaction was not committed and a
 * committed one is idempotent. A row whose ID, FULL_ID or RECORD does not decode or match is moved to the quarantine
 * table (in one transaction), reported once by {@link #load()}; the rest load. SQL common to H2 and SQLite
 * ({@link JobTables}); the only dialect check is for the H2 checkpoint.
 */
public final class JdbcJobStore implements JobStore {

    static final String TABLE = JobTables.TABLE;
    static final String QUARANTINE_TABLE = JobTables.QUARANTINE_TABLE;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcJobStore.class);

    private final String pid;
    private final Clock clock;
    private final DbAccess db;
    private volatile String url;
    private boolean tablesReady;
    private boolean closed;

    /**
     * @param db             a Kura database service
     * @param kuraServicePid its {@code kura.service.pid}, for messages
     */
    public JdbcJobStore(BaseDbService db, String kuraServicePid) {
        this(db, kuraServicePid, null, Clock.systemUTC());
    }

    /**
     * @param db             a Kura database service
     * @param kuraServicePid its {@code kura.service.pid}, for messages
     * @param url            the (redacted) URL of the database this store belongs to, or null for the first one seen
     */
    public JdbcJobStore(BaseDbService db, String kuraServicePid, String url) {
        this(db, kuraServicePid, url, Clock.systemUTC());
    }

    JdbcJobStore(BaseDbService db, String kuraServicePid, String url, Clock clock) {
        this.pid = String.valueOf(kuraServicePid);
        this.clock = clock;
        this.url = url;
        this.db = new DbAccess(Objects.requireNonNull(db, "db"), this);
    }

    /** @return e.g. {@code Kura DB org.eclipse.kura.db.H2DbService jdbc:h2:file:/opt/eclipse/kura/data/db/kuradb} */
    @Override
    public String description() {
        String known = url;
        return "Kura DB " + pid + (known == null ? " (URL unknown: not reached yet)" : " " + known);
    }

    /** Asks the database for its URL the first time; false while it cannot be reached. */
    @Override
    public boolean isDurable() {
        if (url == null) {
            try {
                db.run("read the database URL", false, c -> null);
            } catch (StoreException e) {
                LOG.debug("Cannot tell whether {} is durable", description(), e);
                return false;
            }
        }
        String known = url;
        return known != null && !JdbcUrls.isInMemory(known);
    }

    /** The (redacted) URL of this store's database, or null before the first connection. */
    String url() {
        return url;
    }

    /**
     * Asks the service now for a connection and checks its URL.
     *
     * @throws StoreMovedException if the service now opens another database
     * @throws StoreException      if it cannot be reached
     */
    void check() throws StoreException {
        db.run("read the database URL", false, c -> null);
    }

    /** Called with the URL of every connection before it is used. */
    void seen(String connectionUrl) throws StoreMovedException {
        if (connectionUrl == null) {
            return;
        }
        String shown = JdbcUrls.redact(connectionUrl);
        String own = url;
        if (own == null) {
            url = shown;
        } else if (!own.equals(shown)) {
            throw new StoreMovedException(description() + ": the service " + pid + " now opens " + shown
                    + (JdbcUrls.isInMemory(shown) ? " (in memory)" : "") + ", not this store's database; nothing "
                    + "was written there and the scheduler chooses its store again", shown);
        }
    }

    @Override
    public synchronized LoadResult load() throws StoreException {
        checkOpen();
        List<JdbcRow> rows = run("read " + TABLE, false, c -> {
            JobTables.create(c);
            tablesReady = true;
            return JobTables.readRows(c);
        });
        Map<String, String> records = new LinkedHashMap<>();
        List<JdbcRow> damaged = new ArrayList<>();
        for (JdbcRow row : rows) {
            row.decode();
            if (row.problem == null) {
                records.put(row.id, row.record);
            } else {
                damaged.add(row);
            }
        }
        List<String> problems = setAside(damaged);
        LOG.info("Loaded {} records from {}", records.size(), description());
        return new LoadResult(records, problems);
    }

    @Override
    public synchronized void write(Map<String, String> upserts, Collection<String> deletes) throws StoreException {
        checkOpen();
        StoreBatch batch = StoreBatch.of(upserts, deletes);
        if (batch.isEmpty()) {
            return;
        }
        ensureTables();
        run("write a batch of " + batch.upserts.size() + " upserts and " + batch.deletes.size() + " deletes", true,
                c -> {
                    JobTables.write(c, batch, clock.millis());
                    return null;
                });
    }

    @Override
    public synchronized void quarantine(String id, String record, String reason) throws StoreException {
        checkOpen();
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        ensureTables();
        String encodedReason = StoreText.encode(String.valueOf(reason));
        run("quarantine the record of job '" + StoreText.shown(id) + "'", true, c -> {
            JobTables.quarantine(c, StoreText.encode(id), encodedReason, StoreText.encode(record), StoreText.keyOf(id),
                    clock.millis());
            return null;
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private <T> T run(String action, boolean transaction, DbAccess.Work<T> work) throws StoreException {
        try {
            return db.run(action, transaction, work);
        } catch (StoreException e) {
            tablesReady = false;
            throw e;
        }
    }

    private void ensureTables() throws StoreException {
        if (!tablesReady) {
            run("create the tables " + TABLE + " and " + QUARANTINE_TABLE, false, c -> {
                JobTables.create(c);
                return null;
            });
            tablesReady = true;
        }
    }

    private List<String> setAside(List<JdbcRow> damaged) throws StoreException {
        List<String> problems = new ArrayList<>();
        if (damaged.isEmpty()) {
            return problems;
        }
        run("move " + damaged.size() + " damaged records to " + QUARANTINE_TABLE, true, c -> {
            for (JdbcRow row : damaged) {
                JobTables.quarantine(c, row.fullId == null ? row.key : row.fullId, StoreText.encode(row.problem),
                        row.stored, row.key, clock.millis());
            }
            return null;
        });
        for (JdbcRow row : damaged) {
            String problem = description() + ": the record with ID '" + StoreText.shown(row.key) + "' in " + TABLE
                    + " " + row.problem + "; moved to " + QUARANTINE_TABLE;
            LOG.warn("{}", problem);
            problems.add(problem);
        }
        return Collections.unmodifiableList(problems);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed: " + description());
        }
    }
}
