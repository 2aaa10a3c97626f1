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
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;
import jixiao.web.RenderedFragments;

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
     * @param followed the run just started, whose progress the page shows (monitoring-run.js polls it)
     * @param panels   the filters and results, {@link DashboardPanels} rendered
     */
    @Introspected
    record DashboardView(PageContext page, int year, @Nullable String unitCode, @Nullable RunView followed, String asOf,
                         List<Problem> problems, String panels) {
    }

    /**
     * The dashboard's filters and results, the same for everyone who sees the same values: rendered once per set
     * of values ({@link RenderedFragments}).
     *
     * @param unitChoices the units the filter offers; empty when there are too many to list (a field for the code)
     * @param periods     the year's reporting periods, for the export
     * @param projectPage 1-based page of the project list
     * @param unitPage    1-based page of the unit table, {@link #UNIT_PAGE_SIZE} units a page
     */
    @Introspected
    record DashboardPanels(List<Integer> years, int year, List<UnitView> unitChoices, @Nullable String unitCode,
                           @Nullable String light, List<Light> lights, List<PeriodOption> periods,
                           UnitSummary totals, int openAlerts, List<UnitRow> unitRows, int unitPage, boolean moreUnits,
                           int unitCount, List<ProjectRow> projectRows, int projectPage, boolean morePages,
                           List<RunView> runs, @Nullable String period, DashboardCharts charts,
                           PeopleNames.Names starters) {
    }

    private final MonitoringService monitoring;
    private final DashboardQueries dashboard;
    private final MonitoringSheet sheet;
    private final ProjectService projects;
    private final CsrfGuard csrf;
    private final PeopleNames people;
    private final Clock clock;
    private final HeavyWork heavy;
    private final RenderedFragments fragments;
    private final DashboardResults results;
    private final TransactionOperations<Connection> tx;

    MonitoringPageController(MonitoringService monitoring, DashboardQueries dashboard, MonitoringSheet sheet,
                             ProjectService projects, CsrfGuard csrf,
                             PeopleNames people, Clock clock, HeavyWork heavy, TransactionOperations<Connection> tx,
                             RenderedFragments fragments, DashboardResults results) {
        this.results = results;
        this.heavy = heavy;
        this.fragments = fragments;
        this.tx = tx;
        this.people = people;
        this.monitoring = monitoring;
        this.dashboard = dashboard;
        this.sheet = sheet;
        this.projects = projects;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/monitoring")
    @View("monitoring/dashboard")
    DashboardView dashboard(HttpRequest<?> request, PageContext page, Caller caller, @Nullable @QueryValue Integer year,
                            @Nullable @QueryValue String unitCode, @Nullable @QueryValue String light,
                            @Nullable @QueryValue String period, @Nullable @QueryValue Long run,
                            @Nullable @QueryValue Integer projectPage, @Nullable @QueryValue Integer unitPage) {
        // one read-only transaction for the page's dozen reads instead of one each (a pooled connection, its
        // START TRANSACTION and COMMIT per read were most of a dashboard request's round trips)
        return tx.executeRead(status -> view(request, page, caller, year, unitCode, light, period, run,
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
            return HttpResponse.badRequest(new ModelAndView<>("monitoring/dashboard", view(request, page, caller, null,
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

    private DashboardView view(HttpRequest<?> request, PageContext page, Caller caller, Integer requestedYear, String unitCode, String lightText,
                               String period, Long run, int projectPage, int unitPage, String asOf,
                               List<Problem> problems) {
        List<Integer> years = new ArrayList<>(projects.years(caller));
        int thisYear = LocalDate.now(clock).getYear();
        int year = requestedYear != null ? requestedYear : years.contains(thisYear) || years.isEmpty() ? thisYear : years.get(0);
        if (!years.contains(year)) {
            years.add(0, year);
        }
        Light light = lightOf(lightText);
        String code = blankToNull(unitCode);
        List<RunView> runs = monitoring.recent(caller, year, RECENT_RUNS);
        DashboardResults.Results results = this.results.of(caller, year, code, light, unitPage, UNIT_PAGE_SIZE,
                projectPage, runs);
        DashboardQueries.Totals totals = results.totals();
        List<UnitRow> unitRows = results.unitRows();
        List<ProjectRow> projectRows = dashboard.projectRows(results.projectIds());
        int firstUnit = (unitPage - 1) * UNIT_PAGE_SIZE;
        RunView followed = run == null ? null : monitoring.run(caller, run);
        if (asOf == null) {
            // the date of the run being followed stays in the field, so a second run of that date is one click
            asOf = followed != null ? followed.asOf().toString() : LocalDate.now(clock).toString();
        }
        // The export offers the period the latest results are about.
        LocalDate reference = runs.stream().filter(r -> r.status() == RunStatus.DONE).findFirst().map(RunView::asOf)
                .orElse(LocalDate.now(clock));
        List<PeriodOption> periods = dashboard.periods(year);
        String exportPeriod = period != null && !period.isBlank() ? period : DashboardQueries.currentOf(periods, reference);
        List<Light> lights = DashboardResults.LIGHTS;
        String lightName = light == null ? null : light.name();
        DashboardPanels panels = new DashboardPanels(years, year, results.unitChoices(), code, lightName, lights, periods,
                totals.lights(), totals.openAlerts(), unitRows, unitPage, firstUnit + unitRows.size() < totals.units(),
                // a next page by the kept ids: a project deleted since the run drops out of its rows, not the page
                totals.units(), projectRows, projectPage, results.projectIds().size() == DashboardQueries.PAGE_SIZE, runs,
                exportPeriod, results.charts(), starters(runs));
        return new DashboardView(page, year, code, followed, asOf, problems,
                fragments.render("monitoring/dashboard-panels", panels, request));
    }

    /** Who started each run: the person's 姓名, or 定时任务 for the schedule's own runs. */
    private PeopleNames.Names starters(List<RunView> runs) {
        // the schedule's runs name nobody: no need to ask the accounts then
        Map<String, String> names = new HashMap<>(people.of(runs.stream().map(RunView::triggeredBy)
                .filter(by -> !MonitoringRuns.SCHEDULER.equals(by)).toArray(String[]::new)).byUsername());
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
