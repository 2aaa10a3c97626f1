package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.LastUsed;
import jixiao.monitoring.DashboardQueries.UnitRow;
import jixiao.monitoring.DashboardQueries.UnitsStamp;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.ChartJson;

import java.util.List;
import java.util.TreeSet;

/**
 * What the dashboard reads from the lights the monitoring runs wrote (the year's totals, a page of units with their
 * sums, the ids of a page of projects), kept while nothing it depends on has changed: the year's recent runs (a
 * finished run is the only writer of those lights) and the units the caller sees. Both are read on every request,
 * so every instance answers from what the database holds now; while a run of the year is under way nothing is kept,
 * since it writes lights as it goes. The projects' own rows (names, guesses to check) are read for each request.
 */
@Singleton
class DashboardResults {

    /** Kept result pages: a few hundred rows each, whichever filters and pages people look at most. */
    private static final int KEPT = 256;
    /** Up to this many units the filter offers a list; beyond, a field for the unit's code. */
    static final int UNIT_CHOICES = 200;

    /** The lights in the order the dashboard's cards, columns and charts show them, worst first. */
    static final List<Light> LIGHTS = List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN);

    /**
     * @param unitChoices the units to choose from, empty when there are more than {@link #UNIT_CHOICES}
     * @param charts      drawn from the unit rows and the runs
     */
    record Results(DashboardQueries.Totals totals, List<UnitRow> unitRows, List<Long> projectIds,
                   List<UnitView> unitChoices, DashboardCharts charts) {
    }

    /** Everything the results depend on; {@code scope} is the units the caller sees ("*" for all). */
    private record Key(String scope, int year, @Nullable String unitCode, @Nullable Light light, int unitPage,
                       int pageSize, int projectPage, List<RunView> runs, UnitsStamp units) {
    }

    private final DashboardQueries dashboard;
    private final UnitService unitService;
    private final ChartJson charts;
    private final LastUsed<Key, Results> kept = new LastUsed<>(KEPT);

    DashboardResults(DashboardQueries dashboard, UnitService unitService, ChartJson charts) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.unitService = unitService;
    }

    /**
     * @param runs the year's recent runs as just read, latest first
     * @param unitPage 1-based, {@code pageSize} units a page
     */
    Results of(Caller caller, int year, @Nullable String unitCode, @Nullable Light light, int unitPage, int pageSize,
               int projectPage, List<RunView> runs) {
        Key key = new Key(caller.seesAllUnits() ? "*" : new TreeSet<>(caller.unitIds()).toString(), year, unitCode,
                light, unitPage, pageSize, projectPage, runs, dashboard.unitsStamp(caller));
        if (runs.stream().anyMatch(r -> !r.finished())) {
            return read(caller, key);
        }
        return kept.get(key, k -> read(caller, k));
    }

    private Results read(Caller caller, Key key) {
        int pageSize = key.pageSize();
        DashboardQueries.Totals totals = dashboard.totals(caller, key.year(), key.unitCode(), key.light());
        List<UnitRow> unitRows = dashboard.units(caller, key.year(), key.unitCode(), key.light(),
                (key.unitPage() - 1) * pageSize, pageSize);
        List<Long> projectIds = dashboard.projectIds(caller, key.year(), key.unitCode(), key.light(), key.projectPage());
        List<UnitView> choices = key.units().units() <= UNIT_CHOICES ? unitService.list(caller) : List.of();
        return new Results(totals, unitRows, projectIds, choices, DashboardCharts.of(charts, unitRows, LIGHTS, key.runs()));
    }
}
