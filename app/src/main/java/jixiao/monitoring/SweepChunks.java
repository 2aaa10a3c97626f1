package jixiao.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.monitoring.ProjectOutcome.RaisedAlert;
import jixiao.monitoring.SweepStore.AlertRow;
import jixiao.monitoring.SweepStore.StoredAlert;
import jixiao.reporting.ReportingPeriods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One transaction per chunk of projects: read the chunk set-based, apply the rules, write alerts
 * and lights in batches, add the chunk's counts to the run.
 *
 * <p>Why chunks and not one transaction per run: a run over a province writes hundreds of
 * thousands of rows; one transaction would hold their locks (and a bureau acknowledging an alert
 * would wait on them) and grow InnoDB's undo log for the whole run. A sweep is idempotent, so a
 * run that fails half-way leaves only rows a re-run rewrites: its alerts are upserted by subject,
 * and closing the alerts a run did not see happens once, at the end, after every chunk committed.
 * A failed run therefore never closes an alert. Committed chunks also give the run's progress.
 *
 * <p>Runs may come out of order: finance can run any as-of date, also one before the latest run.
 * Each alert remembers the latest as-of date that judged it (found it, or closed it), and a run of
 * an earlier date leaves it as it is: it does not update, close or reopen it, nor raise a second
 * alert on its subject. A closed alert found again by a run of its date or later is reopened, the
 * same row with its 整改措施, and every opening, change, closing and reopening is kept as the
 * alert's history.
 */
@Singleton
class SweepChunks {

    /**
     * A sweep under way: what every chunk needs.
     *
     * @param earlierRuns the year's finished runs before this one, for {@link #judgedAsOf}
     * @param unseen      the live alerts of the year the chunks did not find again, closed by {@link #finish}
     */
    record Sweep(long runId, int fiscalYear, LocalDate asOf, LocalDateTime seenAt, SweepEvaluator evaluator,
                 RunHistory earlierRuns, List<Long> unseen) {

        Sweep(long runId, int fiscalYear, LocalDate asOf, LocalDateTime seenAt, SweepEvaluator evaluator,
              RunHistory earlierRuns) {
            this(runId, fiscalYear, asOf, seenAt, evaluator, earlierRuns, new ArrayList<>());
        }

        /**
         * The latest as-of date that judged a row last changed by run {@code lastRunId} at {@code asOf}: a
         * run that finds a row unchanged leaves it as it is (a re-run writes only what changed), so the
         * later runs of its year that saw it are read from the runs, not from the row.
         */
        LocalDate judgedAsOf(int rowYear, long lastRunId, LocalDate asOf) {
            return rowYear == fiscalYear ? earlierRuns.latestAsOfAfter(lastRunId, asOf) : asOf;
        }
    }

    /** What a chunk did. */
    record Counts(int projects, int opened, int updated, UnitSummary lights) {
    }

    /** The projects and periods of the fiscal year, read before the run begins. */
    record Scope(List<Long> projectIds, List<SweepPeriod> periods, RunHistory finishedRuns) {
    }

    private final SweepStore store;
    private final MonitoringRuns runs;
    private final ReportingPeriods periods;

    SweepChunks(SweepStore store, MonitoringRuns runs, ReportingPeriods periods) {
        this.store = store;
        this.runs = runs;
        this.periods = periods;
    }

    /** The year's periods are created first if it has none, so their deadlines raise REPORT_MISSING. */
    @Transactional
    Scope scope(int fiscalYear) {
        periods.ensureYear(fiscalYear);
        return new Scope(store.projectIds(fiscalYear), store.periods(fiscalYear), store.finishedRuns(fiscalYear));
    }

    /**
     * The projects with ids in [from, to]. The year's live alerts of projects with ids in the gaps
     * around the chunk ([gapFrom, from) and (to, gapTo]) are read too: a project moved to another
     * year leaves alerts there that no chunk finds again.
     */
    @Transactional
    Counts process(Sweep sweep, long from, long to, long gapFrom, long gapTo) {
        Map<Long, SweepProject> projects = store.projects(sweep.fiscalYear(), sweep.asOf(), from, to);
        Map<Long, List<SweepIndicator>> indicators = store.indicators(from, to);
        List<Long> reportIds = new ArrayList<>();
        for (SweepProject p : projects.values()) {
            if (p.report() != null) {
                reportIds.add(p.report().id());
            }
        }
        Map<Long, IndicatorProgress> progress = store.progress(reportIds);
        Map<String, StoredAlert> live = new HashMap<>();
        Map<String, StoredAlert> closed = new HashMap<>();
        Set<String> resolved = new HashSet<>();
        for (StoredAlert a : store.storedAlerts(sweep.fiscalYear(), from, to, gapFrom, gapTo)) {
            switch (a.status()) {
                case OPEN, ACKNOWLEDGED -> live.put(a.subjectKey(), a);
                case RESOLVED -> resolved.add(a.subjectKey());
                // several closed rows of a subject only from before alerts were reopened: the latest counts
                case CLOSED -> closed.merge(a.subjectKey(), a, (x, y) -> x.id() > y.id() ? x : y);
            }
        }

        List<ProjectOutcome> outcomes = new ArrayList<>(projects.size());
        List<AlertRow> inserts = new ArrayList<>();
        List<Map.Entry<Long, AlertRow>> changed = new ArrayList<>();
        List<Map.Entry<Long, AlertRow>> reopened = new ArrayList<>();
        int unchanged = 0;
        Set<Long> seen = new HashSet<>();
        List<SweepStore.AlertEvent> events = new ArrayList<>();
        Map<Long, Integer> liveByProject = new HashMap<>();
        List<Light> lights = new ArrayList<>(projects.size());
        for (SweepProject project : projects.values()) {
            ProjectOutcome outcome = sweep.evaluator().evaluate(project,
                    indicators.getOrDefault(project.id(), List.of()), progress);
            outcomes.add(outcome);
            lights.add(outcome.light());
            for (RaisedAlert alert : outcome.alerts()) {
                if (resolved.contains(alert.subjectKey())) {
                    continue; // finance has dealt with it
                }
                AlertRow row = new AlertRow(sweep.fiscalYear(), outcome, alert, alert.finding().text());
                StoredAlert stored = live.get(alert.subjectKey());
                StoredAlert wasClosed = closed.get(alert.subjectKey());
                if (stored != null) {
                    seen.add(stored.id());
                    if (laterThan(stored, sweep)) {
                        // a run of a later date has seen it: that date's figures stand
                    } else if (same(stored, row)) {
                        unchanged++; // found again as it was: nothing to write, the run row says when
                    } else {
                        changed.add(new AbstractMap.SimpleImmutableEntry<>(stored.id(), row));
                        events.add(event(stored.id(), AlertChange.CHANGED, row));
                    }
                } else if (wasClosed == null) {
                    inserts.add(row);
                } else if (laterThan(wasClosed, sweep)) {
                    continue; // a run of a later date closed it: not reopened, nor raised twice
                } else {
                    reopened.add(new AbstractMap.SimpleImmutableEntry<>(wasClosed.id(), row));
                    events.add(event(wasClosed.id(), AlertChange.REOPENED, row));
                }
                liveByProject.merge(project.id(), 1, Integer::sum);
            }
        }
        store.insertAlerts(inserts, sweep.runId(), sweep.asOf(), sweep.seenAt());
        store.updateAlerts(changed, false, sweep.runId(), sweep.asOf(), sweep.seenAt());
        store.updateAlerts(reopened, true, sweep.runId(), sweep.asOf(), sweep.seenAt());
        for (StoredAlert a : live.values()) {
            if (!seen.contains(a.id()) && a.fiscalYear() == sweep.fiscalYear() && !laterThan(a, sweep)) {
                sweep.unseen().add(a.id());
            }
        }
        if (!inserts.isEmpty()) {
            store.recordOpened(sweep.runId(), from, to, sweep.seenAt());
        }
        store.recordEvents(events, sweep.runId(), sweep.asOf(), sweep.seenAt());
        if (!inserts.isEmpty() || !reopened.isEmpty()) {
            store.notifyRedAlerts(sweep.runId(), from, to);
        }
        store.saveLights(sweep, outcomes, liveByProject, from, to);
        Counts counts = new Counts(outcomes.size(), inserts.size() + reopened.size(), changed.size() + unchanged,
                UnitSummary.of(lights));
        runs.count(sweep.runId(), counts);
        return counts;
    }

    /**
     * After every chunk: closes what the run did not find again, sums the lights per unit for the
     * dashboard, and marks the run DONE, in one transaction.
     *
     * @param anyProjects whether the year had projects to sweep; without any, every live alert of the
     *                    year judged by this date or before is closed
     */
    @Transactional
    int finish(Sweep sweep, boolean anyProjects, LocalDateTime at) {
        int closed = anyProjects ? store.close(sweep.unseen(), sweep.runId(), sweep.asOf(), at)
                : store.closeAllLive(sweep.fiscalYear(), sweep.runId(), sweep.asOf(), at);
        store.sumUnitLights(sweep.fiscalYear());
        runs.finish(sweep.runId(), closed, at);
        return closed;
    }

    /** Whether a run of a later as-of date than this sweep's has judged the alert. */
    private static boolean laterThan(StoredAlert stored, Sweep sweep) {
        LocalDate judged = stored.status() == AlertStatus.CLOSED && stored.closedAsOf() != null ? stored.closedAsOf()
                : sweep.judgedAsOf(stored.fiscalYear(), stored.lastRunId(), stored.asOf());
        return judged.isAfter(sweep.asOf());
    }

    private static SweepStore.AlertEvent event(long alertId, AlertChange change, AlertRow row) {
        return new SweepStore.AlertEvent(alertId, change, row.alert().finding().light().name(), row.message());
    }

    private static boolean same(StoredAlert stored, AlertRow row) {
        Finding f = row.alert().finding();
        return stored.unitId() == row.project().unitId()
                && stored.light().equals(f.light().name())
                && sameNumber(stored.expected(), f.expected())
                && sameNumber(stored.actual(), f.actual())
                && sameNumber(stored.ratio(), f.ratio())
                && sameNumber(stored.lag(), f.lag())
                && Objects.equals(stored.message(), row.message());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return SweepStore.sameNumber(a, b);
    }
}
