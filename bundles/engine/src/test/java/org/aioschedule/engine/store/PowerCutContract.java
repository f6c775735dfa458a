package org.aioschedule.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aioschedule.Delivery;
import org.aioschedule.Job;
import org.aioschedule.JobState;
import org.aioschedule.MisfirePolicy;
import org.aioschedule.engine.store.PowerCutScenario.Defined;
import org.aioschedule.engine.store.PowerCutScenario.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cuts inside the commit window (issue 11), on a store: seeded {@link PowerCutScenario}s, each cut at a random
 * second, the store then closed without a word from the engine and opened again. After the restart: every job
 * defined before the cut is there as defined (pause included); no at-most-once slot ran twice; every at-least-once run
 * cut short ran again (its slot, or for {@code RUN_ONCE} one run coalescing it); a slot that had run before the cut
 * ran again only if that run ended within the window before the cut (or never ended); and no run started before its
 * slot. {@code -Daioschedule.powercut.seed=S -Daioschedule.powercut.iterations=N} repeat a failure or run longer.
 */
public abstract class PowerCutContract {

    @TempDir
    protected Path dir;

    /** Opens the store kept in {@code directory} (again after a cut: what it holds then is what survived). */
    protected abstract JobStore open(Path directory) throws Exception;

    /** Scenarios per run of the test; a property overrides it. */
    protected int iterations() {
        return 40;
    }

    @Test
    void shouldLoseNoDefinitionNorClaimAndRepeatOnlyTheWindowAfterAPowerCut() throws Exception {
        long seed = Long.getLong("aioschedule.powercut.seed", 20261206L);
        int iterations = Integer.getInteger("aioschedule.powercut.iterations", iterations());
        int cutRuns = 0;
        int repeats = 0;
        int insideWindow = 0;
        for (int i = 0; i < iterations; i++) {
            PowerCutScenario scenario = new PowerCutScenario(seed + i);
            Path directory = Files.createDirectories(dir.resolve("s" + i));
            JobStore before = open(directory);
            scenario.runUntilCut(before);
            before.close();
            JobStore after = open(directory);
            try {
                scenario.restartAndRun(after);
                cutRuns += check(scenario);
                repeats += repeated(scenario).size();
                insideWindow += scenario.runs.stream().anyMatch(run -> run.beforeCut && run.end != null
                        && !run.end.isBefore(scenario.cut.minus(scenario.window))) ? 1 : 0;
            } finally {
                scenario.close();
                after.close();
            }
        }
        System.out.printf("%s: %d power cuts from seed %d (-Daioschedule.powercut.seed), %d of them with runs ended "
                + "inside the window, %d runs cut short, %d slots run again%n", getClass().getSimpleName(), iterations,
                seed, insideWindow, cutRuns, repeats);
    }

    /** @return the runs cut short */
    private static int check(PowerCutScenario s) {
        List<RunRecord> runs = s.runs;
        assertThat(runs).as("%s: runs that started before their slot", s).allSatisfy(
                run -> assertThat(run.start).as(run.toString()).isAfterOrEqualTo(run.slot));
        int cut = 0;
        for (Map.Entry<String, Defined> job : s.defined.entrySet()) {
            Defined defined = job.getValue();
            Optional<Job> restored = s.jobAfterCut(job.getKey());
            assertThat(restored).as("%s: job %s after the cut", s, job.getKey()).isPresent();
            assertThat(restored.get().schedule()).as("%s: %s", s, job.getKey()).isEqualTo(defined.schedule);
            assertThat(restored.get().state() == JobState.PAUSED).as("%s: %s paused", s, job.getKey())
                    .isEqualTo(defined.paused);
            List<RunRecord> mine = runs.stream().filter(run -> run.jobId.equals(job.getKey()))
                    .collect(Collectors.toList());
            if (defined.delivery == Delivery.AT_MOST_ONCE) {
                assertThat(repeated(mine)).as("%s: at-most-once slots run twice", s).isEmpty();
            } else if (!defined.paused) {
                cut += checkCutRunsRanAgain(s, job.getKey(), defined, mine);
            }
        }
        for (RunRecord again : repeated(runs)) {
            RunRecord first = runs.stream().filter(run -> run.beforeCut && run.jobId.equals(again.jobId)
                    && run.slot.equals(again.slot)).findFirst().get();
            assertThat(first.end == null || !first.end.isBefore(s.cut.minus(s.window)))
                    .as("%s: %s ran again, but ended before the window (%s)", s, again, first).isTrue();
        }
        return cut;
    }

    private static int checkCutRunsRanAgain(PowerCutScenario s, String id, Defined defined, List<RunRecord> mine) {
        int cut = 0;
        for (RunRecord run : mine) {
            if (!run.beforeCut || run.end != null) {
                continue;
            }
            cut++;
            List<Instant> after = mine.stream().filter(r -> !r.beforeCut).map(r -> r.slot)
                    .collect(Collectors.toList());
            assertThat(after).as("%s: %s cut short at %s, runs after the restart", s, id, run.slot).isNotEmpty();
            if (defined.misfire == MisfirePolicy.RUN_ONCE) {
                assertThat(after.get(0)).as("%s: %s cut short at %s, first run after", s, id, run.slot)
                        .isBeforeOrEqualTo(run.slot);
            } else {
                assertThat(after).as("%s: %s cut short at %s; its runs %s", s, id, run.slot, mine).contains(run.slot);
            }
        }
        return cut;
    }

    /** The runs after the cut of a slot that had started before it. */
    private static List<RunRecord> repeated(PowerCutScenario s) {
        return repeated(s.runs);
    }

    private static List<RunRecord> repeated(List<RunRecord> runs) {
        return runs.stream().filter(after -> !after.beforeCut && runs.stream().anyMatch(before -> before.beforeCut
                && before.jobId.equals(after.jobId) && before.slot.equals(after.slot))).collect(Collectors.toList());
    }
}
