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
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.account.PeopleNames;
import jixiao.common.InvalidInputException;
import jixiao.database.HeavyWork;
import jixiao.common.Problem;
import jixiao.monitoring.DashboardQueries.PeriodOption;
import jixiao.monitoring.DashboardQueries.ProjectRow;
import jixiao.monitoring.DashboardQueries.UnitRow;
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;
import jixiao.web.RenderedFragments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * Units listed (and charted) per page: a province has a thousand, and a page of them all is a megabyte
     * rendered per request; the totals above count every unit.
     */
    static final int UNIT_PAGE_SIZE = 25;
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * @param followed the run just started, whose progress the page shows (monitoring-run.js polls it)
     * @param panels   the filters and results, {@link DashboardPanels} rendered
     */
    @Introspected
    record DashboardView(PageContext page, int year, @Nullable String unitCode, @Nullable RunView followed, String asOf,
                         List<Problem> problems, String panels) {

        DashboardView withPage(PageContext other) {
            return new DashboardView(other, year, unitCode, followed, asOf, problems, panels);
        }
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
    private final CsrfGuard csrf;
    private final Clock clock;
    private final HeavyWork heavy;
    private final RenderedFragments fragments;
    private final DashboardResults results;

    MonitoringPageController(MonitoringService monitoring, DashboardQueries dashboard, MonitoringSheet sheet,
                             CsrfGuard csrf, Clock clock, HeavyWork heavy, RenderedFragments fragments,
                             DashboardResults results) {
        this.monitoring = monitoring;
        this.dashboard = dashboard;
        this.sheet = sheet;
        this.csrf = csrf;
        this.clock = clock;
        this.heavy = heavy;
        this.fragments = fragments;
        this.results = results;
    }

    @Get("/monitoring")
    HttpResponse<?> dashboard(HttpRequest<?> request, PageContext page, Caller caller,
                              @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                              @Nullable @QueryValue String light, @Nullable @QueryValue String period,
                              @Nullable @QueryValue Long run, @Nullable @QueryValue Integer projectPage,
                              @Nullable @QueryValue Integer unitPage) {
        DashboardView view = view(request, page, caller, year, unitCode, light, period, run,
                projectPage == null ? 1 : projectPage, unitPage == null ? 1 : Math.max(1, unitPage), null, List.of());
        // the page itself is kept for the same values (the same person, filters and results) with each request's
        // CSRF token put in; a page following a run changes as it runs and is rendered each time
        if (view.followed() != null || page.csrfToken() == null) {
            return HttpResponse.ok(new ModelAndView<>("monitoring/dashboard", view));
        }
        return HttpResponse.ok(fragments.page("monitoring/dashboard", view.withPage(page.withCsrfPlaceholder()), request,
                page.csrfToken())).contentType(HTML);
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

    private DashboardView view(HttpRequest<?> request, PageContext page, Caller caller, Integer requestedYear,
                               String unitCode, String lightText, String period, Long run, int projectPage,
                               int unitPage, String asOf, List<Problem> problems) {
        LocalDate today = LocalDate.now(clock);
        DashboardQueries.Stamps stamps = dashboard.stamps(requestedYear, today.getYear());
        int year = stamps.year();
        Light light = lightOf(lightText);
        String code = blankToNull(unitCode);
        DashboardResults.Results results = this.results.of(caller, stamps, code, light, unitPage, UNIT_PAGE_SIZE,
                projectPage, today);
        String projectsStamp = dashboard.projectsStamp(results.projectIds());
        // the export offers the period the latest results are about
        LocalDate reference = results.runs().stream().filter(r -> r.status() == RunStatus.DONE).findFirst()
                .map(RunView::asOf).orElse(today);
        String exportPeriod = period != null && !period.isBlank() ? period
                : DashboardQueries.currentOf(results.periods(), reference);
        String panels = fragments.render("monitoring/dashboard-panels",
                new PanelsKey(results.serial(), projectsStamp, exportPeriod),
                () -> panels(stamps, results, code, light, unitPage, projectPage, exportPeriod), request);
        RunView followed = run == null ? null : monitoring.run(caller, run);
        if (asOf == null) {
            // the date of the run being followed stays in the field, so a second run of that date is one click
            asOf = followed != null ? followed.asOf().toString() : today.toString();
        }
        return new DashboardView(page, year, code, followed, asOf, problems, panels);
    }

    /** What the panels are rendered from besides the kept results: the project rows' checksum, the export's period. */
    private record PanelsKey(long results, String projectsStamp, @Nullable String exportPeriod) {
    }

    /** The panels' data: the kept results with the projects' rows read now. */
    private DashboardPanels panels(DashboardQueries.Stamps stamps, DashboardResults.Results results, String code,
                                   Light light, int unitPage, int projectPage, String exportPeriod) {
        List<Integer> years = new ArrayList<>(stamps.years());
        if (!years.contains(stamps.year())) {
            years.add(0, stamps.year());
        }
        DashboardQueries.Totals totals = results.totals();
        List<UnitRow> unitRows = results.unitRows();
        List<ProjectRow> projectRows = dashboard.projectRows(results.projectIds());
        int firstUnit = (unitPage - 1) * UNIT_PAGE_SIZE;
        return new DashboardPanels(years, stamps.year(), results.unitChoices(), code,
                light == null ? null : light.name(), DashboardResults.LIGHTS, results.periods(), totals.lights(),
                totals.openAlerts(), unitRows, unitPage, firstUnit + unitRows.size() < totals.units(),
                // a next page by the kept ids: a project deleted since the run drops out of its rows, not the page
                totals.units(), projectRows, projectPage, results.projectIds().size() == DashboardQueries.PAGE_SIZE,
                results.runs(), exportPeriod, results.charts(), results.starters());
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
