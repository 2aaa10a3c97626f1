package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.account.PeopleNames;
import jixiao.common.LastUsed;
import jixiao.common.Messages;
import jixiao.monitoring.DashboardQueries.PeriodOption;
import jixiao.monitoring.DashboardQueries.Stamps;
import jixiao.monitoring.DashboardQueries.UnitRow;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.ChartJson;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the dashboard reads from the lights the monitoring runs wrote (the year's totals, a page of units with their
 * sums, the ids of a page of projects), with the runs, periods and unit choices around them, kept while nothing it
 * depends on has changed: {@link DashboardQueries#stamps} reads, on every request and in one statement, checksums of
 * the year's runs (a finished run is the only writer of those lights), of the units and of the periods. So every
 * instance answers from what the database holds now; while a run of the year is under way nothing is kept, since it
 * writes lights as it goes. The projects' own rows (names, guesses to check) have their own checksum
 * ({@link DashboardQueries#projectsStamp}).
 */
@Singleton
class DashboardResults {

    /** Kept result pages: a few hundred rows each, whichever filters and pages people look at most. */
    private static final int KEPT = 256;
    /** Up to this many units the filter offers a list; beyond, a field for the unit's code. */
    static final int UNIT_CHOICES = 200;
    private static final int RECENT_RUNS = 10;

    /** The lights in the order the dashboard's cards, columns and charts show them, worst first. */
    static final List<Light> LIGHTS = List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN);

    /**
     * @param serial      tells kept results apart cheaply: what is rendered from them is kept under it, so a view
     *                    does not compare the rows themselves
     * @param runs        the year's latest runs, latest first
     * @param unitChoices the units to choose from, empty when there are more than {@link #UNIT_CHOICES}
     * @param charts      drawn from the unit rows and the runs
     * @param starters    who started each run: the person's 姓名, or 定时任务 for the schedule's own runs
     */
    record Results(long serial, DashboardQueries.Totals totals, List<UnitRow> unitRows, List<Long> projectIds,
                   List<UnitView> unitChoices, DashboardCharts charts, List<RunView> runs, List<PeriodOption> periods,
                   PeopleNames.Names starters) {
    }

    /**
     * Everything the results depend on; {@code scope} is the units the caller sees ("*" for all); {@code today}
     * because a year without runs offers the period of today's date for export.
     */
    private record Key(String scope, Stamps stamps, @Nullable String unitCode, @Nullable Light light, int unitPage,
                       int pageSize, int projectPage, LocalDate today) {
    }

    private final DashboardQueries dashboard;
    private final UnitService unitService;
    private final MonitoringService monitoring;
    private final PeopleNames people;
    private final ChartJson charts;
    private final TransactionOperations<Connection> tx;
    private final LastUsed<Key, Results> kept = new LastUsed<>(KEPT);
    private final AtomicLong serials = new AtomicLong();

    DashboardResults(DashboardQueries dashboard, UnitService unitService, MonitoringService monitoring,
                     PeopleNames people, ChartJson charts, TransactionOperations<Connection> tx) {
        this.dashboard = dashboard;
        this.unitService = unitService;
        this.monitoring = monitoring;
        this.people = people;
        this.charts = charts;
        this.tx = tx;
    }

    /**
     * @param stamps   as just read
     * @param unitPage 1-based, {@code pageSize} units a page
     */
    Results of(Caller caller, Stamps stamps, @Nullable String unitCode, @Nullable Light light, int unitPage,
               int pageSize, int projectPage, LocalDate today) {
        Key key = new Key(caller.seesAllUnits() ? "*" : new TreeSet<>(caller.unitIds()).toString(), stamps, unitCode,
                light, unitPage, pageSize, projectPage, today);
        if (stamps.runUnderway()) {
            return read(caller, key);
        }
        return kept.get(key, k -> read(caller, k));
    }

    /** In one read-only transaction: the parts agree with each other (the stamps were read before, never after). */
    private Results read(Caller caller, Key key) {
        return tx.executeRead(status -> {
            int pageSize = key.pageSize();
            int year = key.stamps().year();
            List<RunView> runs = monitoring.recent(caller, year, RECENT_RUNS);
            DashboardQueries.Totals totals = dashboard.totals(caller, year, key.unitCode(), key.light());
            List<UnitRow> unitRows = dashboard.units(caller, year, key.unitCode(), key.light(),
                    (key.unitPage() - 1) * pageSize, pageSize);
            List<Long> projectIds = dashboard.projectIds(caller, year, key.unitCode(), key.light(), key.projectPage());
            List<UnitView> choices = key.stamps().unitCount() <= UNIT_CHOICES ? unitService.list(caller) : List.of();
            return new Results(serials.incrementAndGet(), totals, unitRows, projectIds, choices,
                    DashboardCharts.of(charts, unitRows, LIGHTS, runs), runs, dashboard.periods(year), starters(runs));
        });
    }

    private PeopleNames.Names starters(List<RunView> runs) {
        // the schedule's runs name nobody: no need to ask the accounts then
        Map<String, String> names = new HashMap<>(people.of(runs.stream().map(RunView::triggeredBy)
                .filter(by -> !MonitoringRuns.SCHEDULER.equals(by)).toArray(String[]::new)).byUsername());
        names.put(MonitoringRuns.SCHEDULER, Messages.text("monitoring.run.bySchedule"));
        return new PeopleNames.Names(names);
    }
}
