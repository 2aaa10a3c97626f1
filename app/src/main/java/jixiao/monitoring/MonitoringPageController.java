package jixiao.monitoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.account.PeopleNames;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.database.HeavyWork;
import jixiao.common.Problem;
import jixiao.monitoring.DashboardQueries.PeriodOption;
import jixiao.monitoring.DashboardQueries.ProjectRow;
import jixiao.monitoring.DashboardQueries.UnitRow;
import jixiao.project.ProjectService;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.ChartJson;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finance dashboard: start a run and watch it, the lights per unit and per project, the runs
 * so far; and the 绩效监控表 export, which a bureau may use for its own units.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({"FINANCE", "ADMIN"})
class MonitoringPageController {

    private static final int RECENT_RUNS = 10;
    /**
     * Units listed (and charted) per page: a province has a thousand, and a page of them all is a megabyte
     * rendered per request; the totals above count every unit.
     */
    static final int UNIT_PAGE_SIZE = 25;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * @param followed    the run just started, whose progress the page shows (monitoring-run.js polls it)
     * @param periods     the year's reporting periods, for the export
     * @param projectPage 1-based page of the project list
     * @param unitPage    1-based page of the unit table, {@link #UNIT_PAGE_SIZE} units a page
     */
    @Introspected
    record DashboardView(PageContext page, List<Integer> years, int year, List<UnitView> units, @Nullable String unitCode,
                         @Nullable String light, List<Light> lights, UnitSummary totals, int openAlerts,
                         List<UnitRow> unitRows, int unitPage, boolean moreUnits, int unitCount,
                         List<ProjectRow> projectRows, int projectPage, boolean morePages,
                         List<RunView> runs, @Nullable RunView followed, String asOf, List<PeriodOption> periods,
                         @Nullable String period, List<Problem> problems, DashboardCharts charts,
                         PeopleNames.Names starters) {
    }

    private final MonitoringService monitoring;
    private final DashboardQueries dashboard;
    private final MonitoringSheet sheet;
    private final ProjectService projects;
    private final UnitService units;
    private final CsrfGuard csrf;
    private final ChartJson charts;
    private final PeopleNames people;
    private final Clock clock;
    private final HeavyWork heavy;
    private final TransactionOperations<Connection> tx;

    MonitoringPageController(MonitoringService monitoring, DashboardQueries dashboard, MonitoringSheet sheet,
                             ProjectService projects, UnitService units, CsrfGuard csrf, ChartJson charts,
                             PeopleNames people, Clock clock, HeavyWork heavy, TransactionOperations<Connection> tx) {
        this.heavy = heavy;
        this.tx = tx;
        this.charts = charts;
        this.people = people;
        this.monitoring = monitoring;
        this.dashboard = dashboard;
        this.sheet = sheet;
        this.projects = projects;
        this.units = units;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/monitoring")
    @View("monitoring/dashboard")
    DashboardView dashboard(PageContext page, Caller caller, @Nullable @QueryValue Integer year,
                            @Nullable @QueryValue String unitCode, @Nullable @QueryValue String light,
                            @Nullable @QueryValue String period, @Nullable @QueryValue Long run,
                            @Nullable @QueryValue Integer projectPage, @Nullable @QueryValue Integer unitPage) {
        // one read-only transaction for the page's dozen reads instead of one each (a pooled connection, its
        // START TRANSACTION and COMMIT per read were most of a dashboard request's round trips)
        return tx.executeRead(status -> view(page, caller, year, unitCode, light, period, run,
                projectPage == null ? 1 : projectPage, unitPage == null ? 1 : Math.max(1, unitPage), null, List.of()));
    }

    /** Starts a run at the date typed and shows the dashboard following it. */
    @Post(value = "/monitoring/runs", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        try {
            RunView run = monitoring.start(caller, form.one("asOf"));
            UriBuilder to = UriBuilder.of("/monitoring").queryParam("year", run.fiscalYear()).queryParam("run", run.id());
            String unitCode = form.one("unitCode");
            if (unitCode != null && !unitCode.isBlank()) {
                to.queryParam("unitCode", unitCode);
            }
            return Redirects.seeOther(to.toString());
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("monitoring/dashboard", view(page, caller, null,
                    form.one("unitCode"), null, null, null, 1, 1, form.one("asOf") == null ? "" : form.one("asOf"), e.problems())));
        }
    }

    @Get("/monitoring/export/{code}/{period}")
    @Produces(XLSX)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> export(Caller caller, String code, String period) {
        MonitoringSheet.Export export = heavy.read(() -> sheet.export(caller, code, period));
        String encoded = URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(export.content()).contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"monitoring-" + code + "-" + period + ".xlsx\"; filename*=UTF-8''" + encoded);
    }

    private DashboardView view(PageContext page, Caller caller, Integer requestedYear, String unitCode, String lightText,
                               String period, Long run, int projectPage, int unitPage, String asOf,
                               List<Problem> problems) {
        List<Integer> years = new ArrayList<>(projects.years(caller));
        int thisYear = LocalDate.now(clock).getYear();
        int year = requestedYear != null ? requestedYear : years.contains(thisYear) || years.isEmpty() ? thisYear : years.get(0);
        if (!years.contains(year)) {
            years.add(0, year);
        }
        Light light = lightOf(lightText);
        DashboardQueries.Totals totals = dashboard.totals(caller, year, unitCode, light);
        int firstUnit = (unitPage - 1) * UNIT_PAGE_SIZE;
        List<UnitRow> unitRows = dashboard.units(caller, year, unitCode, light, firstUnit, UNIT_PAGE_SIZE);
        List<ProjectRow> projectRows = dashboard.projects(caller, year, unitCode, light, projectPage);
        int openAlerts = totals.openAlerts();
        RunView followed = run == null ? null : monitoring.run(caller, run);
        if (asOf == null) {
            // the date of the run being followed stays in the field, so a second run of that date is one click
            asOf = followed != null ? followed.asOf().toString() : LocalDate.now(clock).toString();
        }
        List<RunView> runs = monitoring.recent(caller, year, RECENT_RUNS);
        // The export offers the period the latest results are about.
        LocalDate reference = runs.stream().filter(r -> r.status() == RunStatus.DONE).findFirst().map(RunView::asOf)
                .orElse(LocalDate.now(clock));
        String exportPeriod = period != null && !period.isBlank() ? period : dashboard.currentPeriod(year, reference);
        List<Light> lights = List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN);
        return new DashboardView(page, years, year, units.list(caller), blankToNull(unitCode), light == null ? null : light.name(),
                lights, totals.lights(), openAlerts,
                unitRows, unitPage, firstUnit + unitRows.size() < totals.units(), totals.units(), projectRows, projectPage, projectRows.size() == DashboardQueries.PAGE_SIZE,
                runs, followed, asOf, dashboard.periods(year), exportPeriod, problems,
                DashboardCharts.of(charts, unitRows, lights, runs),
                starters(runs));
    }

    /** Who started each run: the person's 姓名, or 定时任务 for the schedule's own runs. */
    private PeopleNames.Names starters(List<RunView> runs) {
        Map<String, String> names = new HashMap<>(people.of(runs.stream().map(RunView::triggeredBy).toArray(String[]::new)).byUsername());
        names.put(MonitoringRuns.SCHEDULER, Messages.text("monitoring.run.bySchedule"));
        return new PeopleNames.Names(names);
    }

    private static Light lightOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Light.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
