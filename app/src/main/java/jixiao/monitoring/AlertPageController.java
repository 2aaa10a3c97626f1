package jixiao.monitoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.account.PeopleNames;
import jixiao.access.Role;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.monitoring.DashboardQueries.PeriodOption;
import jixiao.project.ProjectService;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Alert pages for everyone: finance works through every unit's alerts and resolves them; a bureau
 * sees its own units' alerts and answers them with its 整改措施.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AlertPageController {

    /**
     * @param status   the chosen status: LIVE (default: open and acknowledged), ALL, or one status
     * @param exports  the 绩效监控表 a bureau may download: its units at the current period of the
     *                 year chosen, or of its latest year
     */
    @Introspected
    record ListView(PageContext page, List<AlertView> alerts, List<Integer> years, @Nullable Integer year,
                    List<UnitView> units, @Nullable String unitCode, String status, List<String> statuses,
                    @Nullable String light, List<Light> lights, @Nullable Long projectId, int alertPage, boolean morePages,
                    List<ExportLink> exports) {
    }

    record ExportLink(String href, String label) {
    }

    @Introspected
    record DetailView(PageContext page, AlertView alert, List<AlertHistoryEntry> history, boolean canAcknowledge,
                      boolean canResolve, String correctiveAction, String resolution, List<Problem> problems,
                      PeopleNames.Names names) {
    }

    private final PeopleNames people;
    private final AlertService alerts;
    private final DashboardQueries dashboard;
    private final ProjectService projects;
    private final UnitService units;
    private final CsrfGuard csrf;
    private final Clock clock;

    AlertPageController(AlertService alerts, DashboardQueries dashboard, ProjectService projects, UnitService units,
                        CsrfGuard csrf, Clock clock, PeopleNames people) {
        this.people = people;
        this.alerts = alerts;
        this.dashboard = dashboard;
        this.projects = projects;
        this.units = units;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/alerts")
    @View("monitoring/alerts")
    ListView list(PageContext page, Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                  @Nullable @QueryValue String status, @Nullable @QueryValue String light,
                  @Nullable @QueryValue Long projectId, @Nullable @QueryValue Integer alertPage) {
        AlertFilter filter = AlertFilters.of(year, unitCode, status, light, projectId, alertPage, true);
        List<AlertView> found = alerts.list(caller, filter);
        List<UnitView> visible = units.list(caller);
        List<Integer> years = projects.years(caller);
        return new ListView(page, found, years, year, visible, filter.unitCode(),
                status == null || status.isBlank() ? AlertFilters.LIVE : status.strip(),
                List.of(AlertFilters.LIVE, "OPEN", "ACKNOWLEDGED", "RESOLVED", "CLOSED", "ALL"),
                filter.light() == null ? null : filter.light().name(), List.of(Light.RED, Light.YELLOW, Light.BLUE),
                projectId, filter.page(), found.size() == AlertService.PAGE_SIZE,
                caller.role() == Role.BUREAU ? exports(visible, year != null ? year : years.isEmpty() ? null : years.get(0)) : List.of());
    }

    @Get("/alerts/{alertId}")
    @View("monitoring/alert")
    DetailView detail(PageContext page, Caller caller, long alertId) {
        return detail(page, caller, alerts.get(caller, alertId), "", "", List.of());
    }

    @Post(value = "/alerts/{alertId}/acknowledge", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(HttpRequest<?> request, PageContext page, Caller caller, long alertId,
                                @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String text = form.one("correctiveAction");
        try {
            alerts.acknowledge(caller, alertId, text, version(form));
            return backTo(alertId, Notice.ACKNOWLEDGED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("monitoring/alert",
                    detail(page, caller, alerts.get(caller, alertId), text, "", e.problems())));
        }
    }

    @Post(value = "/alerts/{alertId}/resolve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resolve(HttpRequest<?> request, PageContext page, Caller caller, long alertId,
                            @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String text = form.one("resolution");
        try {
            alerts.resolve(caller, alertId, text, version(form));
            return backTo(alertId, Notice.RESOLVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("monitoring/alert",
                    detail(page, caller, alerts.get(caller, alertId), "", text, e.problems())));
        }
    }

    private DetailView detail(PageContext page, Caller caller, AlertView alert, String correctiveAction,
                              String resolution, List<Problem> problems) {
        return new DetailView(page, alert, alerts.history(caller, alert.id()), alert.live() && caller.role() == Role.BUREAU, alert.live() && caller.isFinance(),
                correctiveAction.isEmpty() && alert.correctiveAction() != null ? alert.correctiveAction() : correctiveAction,
                resolution, problems, people.of(alert.acknowledgedBy(), alert.resolvedBy()));
    }

    private List<ExportLink> exports(List<UnitView> visible, Integer year) {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        List<PeriodOption> periods = dashboard.periods(y);
        String period = DashboardQueries.currentOf(periods, LocalDate.now(clock));
        if (period == null) {
            return List.of();
        }
        String label = periods.stream().filter(p -> p.code().equals(period)).map(PeriodOption::label)
                .findFirst().orElse(period);
        return visible.stream().map(u -> new ExportLink("/monitoring/export/" + u.code() + "/" + period,
                Messages.text("monitoring.export.link", u.label(), y, label))).toList();
    }

    private static Long version(FormData form) {
        String v = form.one("version");
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static HttpResponse<?> backTo(long alertId, Notice done) {
        return Redirects.seeOther("/alerts/" + alertId, done);
    }
}
