package org.aioschedule.provider.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.aioschedule.engine.store.JobStore;
import org.aioschedule.engine.store.MemoryJobStore;
import org.aioschedule.engine.store.StoreException;
import org.aioschedule.provider.internal.config.SchedulerOptions;
import org.aioschedule.provider.internal.store.StoreChoice;
import org.aioschedule.provider.internal.store.StoreLocation;
import org.aioschedule.provider.internal.store.StoreLocationFile;
import org.aioschedule.provider.internal.store.StoreLocator;
import org.aioschedule.provider.internal.store.WatchedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the store in use. A new choice of the same store keeps it open; a choice of another store opens that one and,
 * before any engine runs on it, writes into it the state gathered by a {@link StateCarry}: the current state of the
 * old store or, at a start, the state of the store named in the {@link StoreLocationFile} when it is another one; a
 * store whose state was left behind earlier is carried over as soon as it can be opened. The location file then names
 * the new store. Not thread-safe: the scheduler component calls it under its lock, with no engine running.
 */
final class StoreSwitch {

    /** Opens the store at a remembered location; null when nothing there survives a restart. */
    interface Opener {
        JobStore open(StoreLocation where) throws StoreException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoreSwitch.class);
    private static final String PREFIX = "Scheduler " + SchedulerOptions.PID + ": ";

    private final Runnable onMoved;
    private StoreLocationFile locations;
    private Opener opener = where -> null;
    private StoreChoice choice;
    private WatchedStore store;
    private String problem;
    private String migration;
    private String stateProblem;

    StoreSwitch() {
        this(() -> {
        });
    }

    /** @param onMoved called when the database of the store in use moved; it must only hand the work on */
    StoreSwitch(Runnable onMoved) {
        this.onMoved = onMoved;
    }

    /** Where the location file is (null: nowhere durable) and how to open remembered stores, for the next use. */
    void remember(StoreLocationFile file, Opener how) {
        this.locations = file;
        this.opener = how;
    }

    /**
     * Makes {@code next} the store in use. Problems (the chosen store cannot open, the state could not be carried
     * over) are added to {@code messages}, and the scheduler runs on a memory store or on the old store instead.
     */
    void use(StoreChoice next, List<String> messages) {
        if (next.sameStore(choice)) {
            choice = next;
            return;
        }
        WatchedStore opened = open(next);
        WatchedStore old = store;
        choice = next;
        migration = null;
        StoreLocationFile.Contents remembered = readLocations();
        StateCarry carry = new StateCarry();
        StoreLocation left = gather(carry, old, remembered, next, opened, messages);
        if (!carry.isEmpty() && !carryInto(carry, opened)) {
            opened.close();
            problem = "the state could not be carried over to " + opened.description() + ": staying on "
                    + (old == null ? "nothing" : old.description());
            messages.add(PREFIX + problem);
            return;
        }
        store = opened;
        if (old != null) {
            old.close();
        }
        if (problem != null) {
            messages.add(problem);
        }
        StoreLocation where = problem == null ? next.location : remembered.store;
        if (where != null) {
            writeLocations(where, left);
        }
    }

    private WatchedStore open(StoreChoice next) {
        problem = null;
        try {
            return new WatchedStore(next.open(), onMoved);
        } catch (StoreException | RuntimeException e) {
            String where = next.directory != null ? "the file store in " + next.directory : next.reason;
            problem = PREFIX + "cannot open " + where + " (" + e.getMessage()
                    + "); job state is kept in memory only until it can; fix the directory or set store.file.path, "
                    + "for example /opt/eclipse/kura/data/aioschedule";
            return new WatchedStore(new MemoryJobStore(), onMoved);
        }
    }

    /** @return where state is still left behind after this switch, or null */
    private StoreLocation gather(StateCarry carry, WatchedStore old, StoreLocationFile.Contents remembered,
            StoreChoice next, WatchedStore opened, List<String> messages) {
        if (old != null) {
            List<String> found = new ArrayList<>();
            carry.takeCurrent(old, found);
            found.forEach(message -> messages.add(PREFIX + "while switching stores: " + message));
        }
        StoreLocation left = remembered.left;
        if (problem != null) {
            return left;
        }
        stateProblem = null;
        StoreLocation previous = null;
        if (old == null && remembered.store != null && !remembered.store.equals(next.location)) {
            String why = takeFrom(carry, remembered.store, next, opened, "where it was at the last stop");
            if (why != null) {
                previous = remembered.store;
                leftBehind(previous, why, next);
            }
        }
        if (left != null) {
            String why = takeFrom(carry, left, next, opened, "where it had been left");
            if (why == null) {
                left = null;
            } else if (previous == null) {
                leftBehind(left, why, next);
            } else {
                LOG.warn("{}the job state left earlier in {} cannot be opened either ({}); only {} is remembered",
                        PREFIX, left, why, previous);
            }
        }
        return previous != null ? previous : left;
    }

    /** @return null when taken (or nothing there survived), else why it cannot be opened now */
    private String takeFrom(StateCarry carry, StoreLocation where, StoreChoice next, WatchedStore opened,
            String when) {
        if (!where.durable) {
            LOG.info("The job state was in {} ({}), which keeps nothing across a restart: nothing to carry over",
                    where, when);
            return null;
        }
        boolean same = where.equals(next.location);
        JobStore from = null;
        try {
            from = same ? opened.store() : opener.open(where);
            if (from != null) {
                carry.takeAll(where + " (" + when + ")", from);
            }
            return null;
        } catch (StoreException | RuntimeException e) {
            return e.getMessage();
        } finally {
            if (from != null && !same) {
                from.close();
            }
        }
    }

    private void leftBehind(StoreLocation left, String why, StoreChoice next) {
        stateProblem = "the job state was left in " + left + ", which cannot be opened now (" + why + "); the "
                + "scheduler runs on " + next.location + " without it. To get it back: "
                + StoreLocator.howToGetBack(left) + "; it is then carried over at the next start or store change "
                + "(for its jobs it replaces the state here)" + (locations == null ? ""
                        : "; remembered in " + locations.path());
        LOG.warn("{}{}", PREFIX, stateProblem);
    }

    private boolean carryInto(StateCarry carry, WatchedStore to) {
        try {
            carry.writeInto(to.store());
        } catch (StoreException | RuntimeException e) {
            LOG.error("Cannot write the state of {} jobs into {}", carry.size(), to.description(), e);
            return false;
        }
        migration = carry.text();
        LOG.info("Job store {}: {}", to.description(), migration);
        return true;
    }

    private StoreLocationFile.Contents readLocations() {
        if (locations == null) {
            return new StoreLocationFile.Contents(null, null);
        }
        try {
            return locations.read();
        } catch (IOException e) {
            LOG.warn("{}cannot read {} ({}): the store used before is not known; it is written again now", PREFIX,
                    locations.path(), e.getMessage());
            return new StoreLocationFile.Contents(null, null);
        }
    }

    private void writeLocations(StoreLocation where, StoreLocation left) {
        if (locations == null) {
            LOG.debug("No durable directory (kura.data) to remember that the job state is in {}", where);
            return;
        }
        try {
            locations.write(where, left);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}cannot write {} ({}): if the next start chooses another store, the state in {} is not "
                    + "carried over", PREFIX, locations.path(), e.getMessage(), where);
        }
    }

    /** The store in use, or null before the first {@link #use}. */
    WatchedStore store() {
        return store;
    }

    StoreChoice choice() {
        return choice;
    }

    /** Job state left in a store that cannot be opened now, and how to get it back; or null. */
    String stateProblem() {
        return stateProblem;
    }

    /** One line: why this store and what is in use. */
    String status() {
        if (store == null) {
            return "none";
        }
        StringBuilder text = new StringBuilder(choice.reason).append("; in use: ").append(store.description());
        if (problem != null) {
            text.append(" (").append(problem).append(')');
        }
        if (migration != null) {
            text.append("; ").append(migration);
        }
        if (stateProblem != null) {
            text.append("; WARNING: ").append(stateProblem);
        }
        return text.toString();
    }

    /** Empty while {@code store} works (or is null), else why and what happens meanwhile. */
    static String failing(WatchedStore store) {
        String failure = store == null ? null : store.failure();
        if (failure == null) {
            return "";
        }
        return "; FAILING (" + failure + "): jobs keep running, their state is kept in memory and written again "
                + "with back-off (1 s doubling to 1 min) until the store works";
    }

    void close() {
        if (store != null) {
            store.close();
        }
        store = null;
        choice = null;
        problem = null;
        migration = null;
        stateProblem = null;
    }
}
