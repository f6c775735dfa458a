package org.aioschedule.gateway.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aioschedule.gateway.soak.Ledger.End;
import org.aioschedule.gateway.soak.Ledger.Start;

/**
 * What the ledger must show after any number of power cuts: nothing ran before its time; no at-most-once slot ran
 * twice; every at-least-once slot up to the newest one ended at least once, or the gateway's log reported it missed
 * or skipped as the job's policy says; and each run was told, as its last run, the run before it (after a restart:
 * see {@link #toldAfterRestart}).
 */
public final class LedgerChecks {

    private static final Pattern MISSED = Pattern.compile(
            "Job (\\S+) missed (?:at least )?(\\d+) runs from (\\S+) on \\((\\w+) policy\\)");
    private static final Pattern SKIPPED = Pattern.compile("Job (\\S+) skipped its run of (\\S+):");

    private final Ledger ledger;
    private final List<String> log;
    private final Duration window;
    private final List<String> violations = new ArrayList<>();

    private LedgerChecks(Ledger ledger, List<String> log, Duration window) {
        this.ledger = ledger;
        this.log = log;
        this.window = window;
    }

    /**
     * The violations found; empty when every promise held.
     *
     * @param window the scheduler's commit window ({@code store.commit.seconds}; zero: none)
     */
    public static List<String> check(Ledger ledger, List<SoakJob> jobs, List<String> log, Duration window) {
        LedgerChecks checks = new LedgerChecks(ledger, log, window);
        for (SoakJob job : jobs) {
            checks.nothingEarly(job);
            checks.lastRunCarriesOn(job);
            if (job.atLeastOnce()) {
                checks.everySlotAccountedFor(job);
            } else {
                checks.noSlotTwice(job);
            }
        }
        return checks.violations;
    }

    private void nothingEarly(SoakJob job) {
        for (Start start : ledger.starts(job.id())) {
            if (start.at().isBefore(start.slot()) || start.start().isBefore(start.slot())) {
                fail(start.line(), job.id() + " ran before its time: slot " + start.slot() + ", started "
                        + start.start() + ", task began " + start.at());
            }
        }
    }

    private void noSlotTwice(SoakJob job) {
        Map<Instant, Start> seen = new HashMap<>();
        for (Start start : ledger.starts(job.id())) {
            Start first = seen.putIfAbsent(start.slot(), start);
            if (first != null) {
                fail(start.line(), job.id() + " (at most once) ran slot " + start.slot() + " twice: lines "
                        + first.line() + " and " + start.line());
            }
        }
    }

    private void lastRunCarriesOn(SoakJob job) {
        Start previous = null;
        for (Start start : ledger.starts(job.id())) {
            if (previous == null) {
                previous = start;
                continue;
            }
            boolean restarted = start.pid() != previous.pid();
            Instant told = start.lastRun();
            if (!(restarted ? toldAfterRestart(job, told, previous, start) : previous.start().equals(told))) {
                fail(start.line(), job.id() + " was told its last run was " + told + "; the run before it (line "
                        + previous.line() + (restarted ? ", before the restart" : "") + ") started "
                        + previous.start());
            }
            previous = start;
        }
    }

    /**
     * After a restart a run is told the last run before the kill, or one claimed later whose line the kill cut. An
     * at-least-once run started without a claim (or whose end waited in the commit window) may be forgotten: then
     * the run told is an earlier one of the ledger, no older than the window (plus the last write's batch) allows,
     * and the forgotten runs' slots run again (checked by {@link #everySlotAccountedFor}).
     */
    private boolean toldAfterRestart(SoakJob job, Instant told, Start previous, Start start) {
        if (told == null) {
            return false;
        }
        if (!told.isBefore(previous.start())) {
            return told.isBefore(start.start());
        }
        Instant oldest = previous.start().minus(window).minusSeconds(3);
        return job.atLeastOnce() && !told.isBefore(oldest)
                && ledger.starts(job.id()).stream().anyMatch(earlier -> earlier.start().equals(told));
    }

    private void everySlotAccountedFor(SoakJob job) {
        List<Start> starts = ledger.starts(job.id());
        List<End> ends = ledger.ends(job.id());
        if (starts.isEmpty() || ends.isEmpty()) {
            return;
        }
        TreeSet<Instant> accounted = new TreeSet<>();
        Map<Instant, Integer> lineOf = new HashMap<>();
        for (End end : ends) {
            accounted.add(end.slot());
            lineOf.putIfAbsent(end.slot(), end.line());
        }
        Instant newest = accounted.last();
        accounted.addAll(reported(job));
        Instant previous = null;
        for (Instant slot : accounted.subSet(starts.get(0).slot(), true, newest, true)) {
            if (previous != null && Duration.between(previous, slot).compareTo(job.period()) > 0) {
                fail(lineOf.getOrDefault(slot, ledger.lines.size()), job.id() + " (at least once, " + job.policy()
                        + ") has slots after " + previous + " and before " + slot + " that neither ended nor were "
                        + "reported missed or skipped");
            }
            previous = slot;
        }
    }

    /** The slots the gateway's log reported missed or skipped for the job. */
    private List<Instant> reported(SoakJob job) {
        List<Instant> slots = new ArrayList<>();
        for (String line : log) {
            Matcher skipped = SKIPPED.matcher(line);
            if (skipped.find() && skipped.group(1).equals(job.id())) {
                slots.add(Instant.parse(skipped.group(2)));
            }
            Matcher missed = MISSED.matcher(line);
            if (missed.find() && missed.group(1).equals(job.id())) {
                Instant from = Instant.parse(missed.group(3));
                long count = Long.parseLong(missed.group(2));
                long first = missed.group(4).equals("SKIP") ? 0 : 1;
                for (long i = first; i < first + count; i++) {
                    slots.add(from.plus(job.period().multipliedBy(i)));
                }
            }
        }
        return slots;
    }

    private void fail(int line, String what) {
        violations.add(what + "\nledger around line " + line + ":\n" + ledger.excerpt(line, 6));
    }
}
