package jixiao.project;

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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.reporting.ReportOverviews;
import jixiao.monitoring.ProjectProgress;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The pages of the target registry: list, the table as published, and the edit form. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProjectPageController {

    /** Blank indicator rows offered at the end of the form, for typing without JavaScript. */
    private static final int SPARE_ROWS = 3;

    @Introspected
    record ListView(PageContext page, List<ProjectSummary> projects, List<Integer> years, List<UnitView> units,
                    @Nullable Integer year, @Nullable String unitCode, boolean toCheck, String exportHref) {
    }

    @Introspected
    record DetailView(PageContext page, ProjectDetails project, List<MergedRows.Row<ProjectDetails.IndicatorView>> rows,
                      List<PlanCell> planCells, boolean showPeriodTarget, List<ReportOverviews.PeriodLine> reportPeriods,
                      ProjectProgress.View progress) {
    }

    /** A checkpoint column: its month, label and percentage (blank where the table leaves it blank). */
    record PlanCell(int month, String percent) {
    }

    @Introspected
    record FormView(PageContext page, @Nullable Long id, boolean creating, ProjectInput input, boolean inYuan,
                    List<PlanCell> planCells, List<ProjectInput.IndicatorLine> indicatorRows, List<UnitView> units,
                    List<Problem> problems, List<String> level1Options, List<String> level2Options) {
    }

    private final ProjectService projects;
    private final UnitService units;
    private final SpendPlanCheckpoints checkpoints;
    private final ProjectProgress progress;
    private final Clock clock;
    private final CsrfGuard csrf;
    private final ReportOverviews reports;

    ProjectPageController(ProjectService projects, UnitService units, SpendPlanCheckpoints checkpoints,
                          ProjectProgress progress, Clock clock, CsrfGuard csrf, ReportOverviews reports) {
        this.progress = progress;
        this.csrf = csrf;
        this.reports = reports;
        this.projects = projects;
        this.units = units;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Get("/projects")
    @View("project/list")
    ListView list(PageContext page, Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                  @Nullable @QueryValue Boolean toCheck) {
        UriBuilder export = UriBuilder.of("/api/export.xlsx");
        if (year != null) {
            export.queryParam("year", year);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            export.queryParam("unitCode", unitCode.strip());
        }
        boolean onlyToCheck = Boolean.TRUE.equals(toCheck);
        return new ListView(page, projects.list(caller, year, unitCode, onlyToCheck), projects.years(caller), units.list(caller), year,
                unitCode, onlyToCheck, export.toString());
    }

    @Get("/projects/{id}")
    @View("project/detail")
    DetailView detail(PageContext page, Caller caller, long id) {
        ProjectDetails p = projects.get(caller, id);
        return new DetailView(page, p,
                MergedRows.of(p.indicators(), ProjectDetails.IndicatorView::level1, ProjectDetails.IndicatorView::level2),
                planCells(p.spendPlan().stream().map(s -> new ProjectInput.PlanPoint(s.month(), s.percent())).toList()),
                p.indicators().stream().anyMatch(i -> i.periodTarget() != null), reports.periodsOf(p.id(), p.year()),
                progress.of(p));
    }

    @Get("/projects/new")
    @View("project/form")
    FormView newForm(PageContext page, Caller caller) {
        List<UnitView> visible = units.list(caller);
        ProjectInput blank = new ProjectInput(LocalDate.now(clock).getYear(), visible.size() == 1 ? visible.get(0).code() : null,
                null, null, ProjectKind.PROJECT.name(), null, null, MoneyUnit.WAN_YUAN.label(), null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), List.of(), null);
        return form(page, caller, null, blank, List.of());
    }

    @Get("/projects/{id}/edit")
    @View("project/form")
    FormView editForm(PageContext page, Caller caller, long id) {
        return form(page, caller, id, projects.get(caller, id).toInput(), List.of());
    }

    @Post(value = "/projects/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        ProjectInput input = inputOf(csrf.verified(request, body), null);
        try {
            ProjectDetails created = projects.create(caller, input);
            return Redirects.seeOther("/projects/" + created.id(), Notice.CREATED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("project/form", form(page, caller, null, input, e.problems())));
        }
    }

    @Post(value = "/projects/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        FormData data = csrf.verified(request, body);
        ProjectInput input = inputOf(data, FormData.toLong(data.one("version")));
        try {
            projects.update(caller, id, input);
            return Redirects.seeOther("/projects/" + id, Notice.SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("project/form", form(page, caller, id, input, e.problems())));
        }
    }

    @Post(value = "/projects/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        projects.delete(caller, id);
        return Redirects.seeOther("/projects", Notice.DELETED);
    }

    @Post(value = "/projects/{id}/guesses/{field}/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmGuess(HttpRequest<?> request, Caller caller, long id, String field, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        projects.confirmGuess(caller, id, GuessedField.parse(field));
        return Redirects.seeOther("/projects/" + id);
    }

    @Post(value = "/projects/{id}/indicators/{indicatorId}/confirm-target", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmTarget(HttpRequest<?> request, Caller caller, long id, long indicatorId, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        projects.confirmTarget(caller, id, indicatorId);
        return Redirects.seeOther("/projects/" + id);
    }

    @Post(value = "/projects/{id}/guesses/confirm-all", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirmAll(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        projects.confirmAll(caller, id);
        return Redirects.seeOther("/projects/" + id);
    }

    private FormView form(PageContext page, Caller caller, Long id, ProjectInput input, List<Problem> problems) {
        List<ProjectInput.IndicatorLine> rows = new ArrayList<>(input.indicators() == null ? List.of() : input.indicators());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ProjectInput.IndicatorLine(null, null, null, null, null, null, null, null, null));
        }
        // Thymeleaf's OGNL reads a one-character literal such as '元' as a char: compare here.
        boolean inYuan = MoneyUnit.parse(input.moneyUnit()).orElse(MoneyUnit.WAN_YUAN) == MoneyUnit.YUAN;
        return new FormView(page, id, id == null, input, inYuan, planCells(input.spendPlan()), rows, units.list(caller), problems,
                IndicatorLevels.LEVEL1, new ArrayList<>(new TreeSet<>(IndicatorLevels.LEVEL2_PARENT.keySet())));
    }

    /** The configured checkpoints plus any other month the plan already has. */
    private List<PlanCell> planCells(List<ProjectInput.PlanPoint> plan) {
        TreeSet<Integer> months = new TreeSet<>(checkpoints.getMonths());
        if (plan != null) {
            plan.stream().filter(p -> p.month() != null).forEach(p -> months.add(p.month()));
        }
        List<PlanCell> cells = new ArrayList<>();
        for (int month : months) {
            BigDecimal percent = plan == null ? null : plan.stream()
                    .filter(p -> p.month() != null && p.month() == month && p.percent() != null)
                    .map(ProjectInput.PlanPoint::percent).findFirst().orElse(null);
            cells.add(new PlanCell(month, percent == null ? "" : Numbers.plain(percent)));
        }
        return cells;
    }

    /** The form posts one value per column and row (ind_name, ind_target…), in row order. */
    private ProjectInput inputOf(FormData f, Long version) {
        List<ProjectInput.PlanPoint> plan = new ArrayList<>();
        for (String month : f.all("planMonth")) {
            Integer m = FormData.toInt(month);
            String percent = f.one("plan_" + month);
            if (m != null && percent != null && !percent.isBlank()) {
                BigDecimal value = Numbers.parse(percent.replace("%", ""));
                plan.add(new ProjectInput.PlanPoint(m, value == null ? BigDecimal.valueOf(-1) : value));
            }
        }
        List<String> names = f.all("ind_name");
        List<ProjectInput.IndicatorLine> indicators = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            indicators.add(new ProjectInput.IndicatorLine(FormData.toLong(FormData.at(f.all("ind_id"), i)), FormData.at(f.all("ind_level1"), i),
                    FormData.at(f.all("ind_level2"), i), names.get(i), FormData.at(f.all("ind_description"), i), FormData.at(f.all("ind_target"), i),
                    FormData.at(f.all("ind_periodTarget"), i), FormData.at(f.all("ind_basis"), i), FormData.at(f.all("ind_weight"), i)));
        }
        List<String> taskNames = f.all("task_name");
        List<ProjectInput.KeyTaskLine> tasks = new ArrayList<>();
        for (int i = 0; i < taskNames.size(); i++) {
            tasks.add(new ProjectInput.KeyTaskLine(taskNames.get(i), FormData.at(f.all("task_content"), i), FormData.at(f.all("task_funds"), i),
                    FormData.at(f.all("task_goal"), i)));
        }
        return new ProjectInput(FormData.toInt(f.one("year")), f.one("unitCode"), f.one("unitName"), f.one("departmentName"),
                f.one("kind"), f.one("code"), f.one("name"), f.one("moneyUnit"), f.one("budget"), f.one("fiscalFunds"),
                f.one("otherFunds"), f.one("purpose"), f.one("goal"), f.one("measures"), f.one("attribute"), f.one("term"),
                f.one("managingOffice"), plan, indicators, tasks, version, BudgetSummary.fromForm(f::one));
    }

}
