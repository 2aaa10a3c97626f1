package jixiao.evaluation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jixiao.account.PeopleNames;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.database.HeavyWork;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.evaluation.department.DepartmentPart;
import jixiao.indicatorvalue.Grade;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectService;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.ChartJson;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The pages of the year-end self-evaluation: the list, the 自评表 as printed, and the entry form. */
@Controller
@Produces(MediaType.TEXT_HTML)
class SelfEvaluationPageController {

    @Introspected
    record ListView(PageContext page, List<EvaluationSummaryRow> rows, List<Integer> years, List<UnitView> units,
                    List<EvaluationStatus> statuses, @Nullable Integer year, @Nullable String unitCode,
                    @Nullable String status, String exportLink, EvaluationCharts charts, @Nullable String packLink,
                    String disclosureLink) {
    }

    /** 信息公开: the approved results of a year as published, without people's names or workflow states. */
    @Introspected
    record DisclosurePage(PageContext page, String title, List<EvaluationSummaryRow> rows, SummaryTotals totals,
                          List<Integer> years, List<UnitView> units, @Nullable Integer year, @Nullable String unitCode,
                          @Nullable String exportLink, String unscored) {
    }

    @Introspected
    record SheetPage(PageContext page, SelfEvaluationView sheet, SelfEvaluationReport report, List<Problem> problems,
                     boolean canSubmit, boolean canReview, PeopleNames.Names names) {
    }

    /**
     * {@code readOnly}: why the caller cannot change the sheet now; the form is then shown disabled, without buttons.
     * {@code projects} (项目支出, shown, not typed) and {@code keyTasks} only on a department's sheet.
     */
    @Introspected
    record FormPage(PageContext page, SelfEvaluationView sheet, String moneyUnit, List<MoneyFields> money,
                    String achievement, List<FormRow> rows, List<Grade> grades, List<Problem> problems,
                    @Nullable String notice, @Nullable String readOnly, @Nullable SelfEvaluationReport.MoneyLine projects,
                    List<TaskFields> keyTasks) {
    }

    /** A 年度重点工作任务 of the form: the sheet's row and the entries as typed (money in the target's unit). */
    record TaskFields(DepartmentPart.KeyTaskRow task, String planned, String executed, String completion, String grade) {
    }

    /** A money row of the form: the field names' prefix and the amounts as typed, in the project's money unit. */
    record MoneyFields(String label, String prefix, String initial, String fullYear, String executed) {
    }

    /** An indicator row of the form: the sheet's row (score, explanation) and the entries as typed. */
    record FormRow(SelfEvaluationView.IndicatorRow sheet, String actual, String actualText, String grade, String score,
                   String deviationReason) {
    }

    private static final List<String> SOURCES = List.of("fiscal", "carryover", "other");
    private static final String BASIC = "basic";

    private final PeopleNames people;
    private final SelfEvaluationService evaluations;
    private final ProjectService projects;
    private final UnitService units;
    private final CsrfGuard csrf;
    private final ScoringEngine engine;
    private final ChartJson charts;
    private final HeavyWork heavy;

    SelfEvaluationPageController(SelfEvaluationService evaluations, ProjectService projects, UnitService units,
                                 CsrfGuard csrf, PeopleNames people, ScoringEngine engine, ChartJson charts,
                                 HeavyWork heavy) {
        this.heavy = heavy;
        this.engine = engine;
        this.charts = charts;
        this.people = people;
        this.evaluations = evaluations;
        this.projects = projects;
        this.units = units;
        this.csrf = csrf;
    }

    @Get("/evaluations")
    @View("evaluation/list")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ListView list(PageContext page, Caller caller, @Nullable @QueryValue Integer year,
                  @Nullable @QueryValue String unitCode, @Nullable @QueryValue String status) {
        UriBuilder export = UriBuilder.of("/api/self-evaluations/summary.xlsx");
        if (year != null) {
            export.queryParam("year", year);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            export.queryParam("unitCode", unitCode);
        }
        if (status != null && !status.isBlank()) {
            export.queryParam("status", status);
        }
        List<EvaluationSummaryRow> rows = heavy.read(() -> evaluations.summary(caller, year, unitCode, null, status));
        // the pack is of a year: without one the button is not offered
        String pack = year == null ? null : withYearAndUnit("/api/year-end-pack.zip", year, unitCode);
        return new ListView(page, rows, projects.years(caller), units.list(caller), Arrays.asList(EvaluationStatus.values()),
                year, unitCode, status, export.toString(), EvaluationCharts.of(charts, engine.rulebook(), rows), pack,
                withYearAndUnit("/evaluations/disclosure", year, unitCode));
    }

    @Get("/evaluations/disclosure")
    @View("evaluation/disclosure")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    DisclosurePage disclosure(PageContext page, Caller caller, @Nullable @QueryValue Integer year,
                              @Nullable @QueryValue String unitCode) {
        List<Integer> years = projects.years(caller);
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        List<EvaluationSummaryRow> rows = shown == null ? List.of() : evaluations.disclosed(caller, shown, unitCode);
        return new DisclosurePage(page, shown == null ? Messages.text("evaluation.disclosure.link")
                : Messages.text("evaluation.disclosure.title", String.valueOf(shown)), rows,
                SummaryTotals.of(rows, evaluations.gradeLabels()), years, units.list(caller), shown, unitCode,
                shown == null ? null : withYearAndUnit("/api/self-evaluations/disclosure.xlsx", shown, unitCode),
                Messages.text("chart.evaluation.unscored"));
    }

    private static String withYearAndUnit(String path, Integer year, String unitCode) {
        UriBuilder uri = UriBuilder.of(path);
        if (year != null) {
            uri.queryParam("year", year);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            uri.queryParam("unitCode", unitCode);
        }
        return uri.toString();
    }

    @Get("/projects/{id}/evaluation")
    @View("evaluation/sheet")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SheetPage sheet(PageContext page, Caller caller, long id) {
        return sheetPage(page, caller, evaluations.get(caller, id), List.of());
    }

    @Get("/projects/{id}/evaluation/edit")
    @View("evaluation/form")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    FormPage form(PageContext page, Caller caller, long id) {
        // A sheet the caller can no longer change opens read-only with the reason, rather than as a form whose
        // typing a save would throw away.
        SelfEvaluationView sheet = evaluations.get(caller, id);
        return formPage(page, sheet, inputOf(sheet), List.of(), null, readOnly(sheet));
    }

    /** Saves; with {@code action=submit} also submits, and a sheet that cannot be submitted yet stays saved. */
    @Post(value = "/projects/{id}/evaluation/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> save(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        SelfEvaluationInput input = inputOf(form);
        SelfEvaluationView saved;
        try {
            saved = evaluations.save(caller, id, input);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/form",
                    formPage(page, evaluations.get(caller, id), input, e.problems(), null, null)));
        } catch (ForbiddenException e) {
            // refused as before, but what was typed stays on the page beside the reason
            SelfEvaluationView now = evaluations.get(caller, id);
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("evaluation/form",
                    formPage(page, now, input, List.of(), null, e.getMessage())));
        }
        if (!"submit".equals(form.one("action"))) {
            return Redirects.seeOther("/projects/" + id + "/evaluation/edit", Notice.SAVED);
        }
        try {
            evaluations.submit(caller, id, saved.version());
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/form", formPage(page, saved, inputOf(saved),
                    e.problems(), Messages.text("evaluation.page.savedNotSubmitted"), null)));
        }
        return Redirects.seeOther("/projects/" + id + "/evaluation", Notice.SUBMITTED);
    }

    @Post(value = "/projects/{id}/evaluation/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> submit(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        try {
            evaluations.submit(caller, id, FormData.toLong(form.one("version")));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/sheet",
                    sheetPage(page, caller, evaluations.get(caller, id), e.problems())));
        }
        return Redirects.seeOther("/projects/" + id + "/evaluation", Notice.SUBMITTED);
    }

    @Post(value = "/projects/{id}/evaluation/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"FINANCE", "ADMIN"})
    HttpResponse<?> approve(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        try {
            evaluations.approve(caller, id, FormData.toLong(form.one("version")), form.one("comment"));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/sheet",
                    sheetPage(page, caller, evaluations.get(caller, id), e.problems())));
        }
        return Redirects.seeOther("/projects/" + id + "/evaluation", Notice.APPROVED);
    }

    @Post(value = "/projects/{id}/evaluation/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"FINANCE", "ADMIN"})
    HttpResponse<?> returnForCorrection(HttpRequest<?> request, PageContext page, Caller caller, long id,
                                        @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        try {
            evaluations.returnForCorrection(caller, id, FormData.toLong(form.one("version")), form.one("comment"));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/sheet",
                    sheetPage(page, caller, evaluations.get(caller, id), e.problems())));
        }
        return Redirects.seeOther("/projects/" + id + "/evaluation", Notice.RETURNED);
    }

    private SheetPage sheetPage(PageContext page, Caller caller, SelfEvaluationView sheet, List<Problem> problems) {
        EvaluationStatus status = EvaluationStatus.valueOf(sheet.status());
        boolean canSubmit = status == EvaluationStatus.DRAFT || status == EvaluationStatus.RETURNED;
        boolean canReview = caller.isFinance() && status == EvaluationStatus.SUBMITTED;
        return new SheetPage(page, sheet, SelfEvaluationReport.of(sheet), problems, canSubmit, canReview,
                people.of(sheet.submittedBy(), sheet.reviewedBy()));
    }

    private static String readOnly(SelfEvaluationView sheet) {
        return sheet.editable() ? null : SelfEvaluationService.readOnlyReason(EvaluationStatus.valueOf(sheet.status()));
    }

    private static FormPage formPage(PageContext page, SelfEvaluationView sheet, SelfEvaluationInput input,
                                     List<Problem> problems, String notice, String readOnly) {
        List<String> typed = List.of(
                orEmpty(input.fiscalInitial()), orEmpty(input.fiscalFullYear()), orEmpty(input.fiscalExecuted()),
                orEmpty(input.carryoverInitial()), orEmpty(input.carryoverFullYear()), orEmpty(input.carryoverExecuted()),
                orEmpty(input.otherInitial()), orEmpty(input.otherFullYear()), orEmpty(input.otherExecuted()));
        List<MoneyFields> money = new ArrayList<>();
        SelfEvaluationReport.MoneyLine projects = null;
        List<TaskFields> tasks = new ArrayList<>();
        if (sheet.isDepartment()) {
            // 基本支出 is typed; 项目支出 is the projects' own sheets and only shown
            money.add(new MoneyFields(sheet.money().get(1).label(), BASIC, orEmpty(input.basicInitial()),
                    orEmpty(input.basicFullYear()), orEmpty(input.basicExecuted())));
            projects = SelfEvaluationReport.of(sheet).money().get(2);
            MoneyUnit unit = MoneyUnit.parse(sheet.moneyUnit()).orElse(MoneyUnit.YUAN);
            List<SelfEvaluationInput.KeyTaskEntry> typedTasks = input.keyTasks() == null ? List.of() : input.keyTasks();
            for (DepartmentPart.KeyTaskRow task : sheet.department().keyTasks()) {
                SelfEvaluationInput.KeyTaskEntry entry = typedTasks.stream()
                        .filter(e -> e.position() != null && e.position() == task.position())
                        .findFirst()
                        .orElse(new SelfEvaluationInput.KeyTaskEntry(task.position(), null, null, null));
                tasks.add(new TaskFields(task, orEmpty(amount(task.plannedYuan(), unit)), orEmpty(entry.executed()),
                        orEmpty(entry.completion()), orEmpty(entry.grade())));
            }
        } else {
            for (int s = 0; s < SOURCES.size(); s++) {
                money.add(new MoneyFields(sheet.money().get(s + 1).label(), SOURCES.get(s), typed.get(3 * s),
                        typed.get(3 * s + 1), typed.get(3 * s + 2)));
            }
        }
        List<FormRow> rows = new ArrayList<>();
        List<SelfEvaluationInput.IndicatorEntry> entries = input.indicators() == null ? List.of() : input.indicators();
        for (SelfEvaluationView.IndicatorRow row : sheet.indicators()) {
            SelfEvaluationInput.IndicatorEntry entry = entries.stream()
                    .filter(e -> e.indicatorId() != null && e.indicatorId() == row.indicatorId())
                    .findFirst()
                    .orElse(new SelfEvaluationInput.IndicatorEntry(row.indicatorId(), null, null, null, null, null));
            rows.add(new FormRow(row, orEmpty(entry.actual()), orEmpty(entry.actualText()), orEmpty(entry.grade()),
                    orEmpty(entry.score()), orEmpty(entry.deviationReason())));
        }
        return new FormPage(page, sheet, sheet.moneyUnit(), money, orEmpty(input.achievement()), rows,
                Arrays.asList(Grade.values()), problems, notice, readOnly, projects, tasks);
    }

    /** The sheet's entries as the form shows them: money in the project's unit, numbers written plainly. */
    private static SelfEvaluationInput inputOf(SelfEvaluationView sheet) {
        MoneyUnit unit = MoneyUnit.parse(sheet.moneyUnit()).orElse(MoneyUnit.YUAN);
        List<SelfEvaluationInput.IndicatorEntry> indicatorEntries = sheet.indicators().stream()
                .map(r -> new SelfEvaluationInput.IndicatorEntry(r.indicatorId(),
                        r.actual() == null ? null : Numbers.plain(r.actual()), r.actualText(), r.grade(),
                        r.evaluatorScore() == null ? null : Numbers.plain(r.evaluatorScore()),
                        r.deviationReason()))
                .toList();
        if (sheet.isDepartment()) {
            SelfEvaluationView.MoneyRow basic = sheet.money().get(1);
            List<SelfEvaluationInput.KeyTaskEntry> tasks = sheet.department().keyTasks().stream()
                    .map(t -> new SelfEvaluationInput.KeyTaskEntry(t.position(), amount(t.executedYuan(), unit),
                            t.completion(), t.grade()))
                    .toList();
            return new SelfEvaluationInput(sheet.version(), unit.label(), null, null, null, null, null, null, null, null,
                    null, sheet.achievement(), indicatorEntries, amount(basic.initialYuan(), unit),
                    amount(basic.fullYearYuan(), unit), amount(basic.executedYuan(), unit), tasks);
        }
        List<String> amounts = new ArrayList<>();
        for (SelfEvaluationView.MoneyRow row : sheet.money().subList(1, 4)) {
            amounts.add(amount(row.initialYuan(), unit));
            amounts.add(amount(row.fullYearYuan(), unit));
            amounts.add(amount(row.executedYuan(), unit));
        }
        return new SelfEvaluationInput(sheet.version(), unit.label(), amounts.get(0), amounts.get(1), amounts.get(2),
                amounts.get(3), amounts.get(4), amounts.get(5), amounts.get(6), amounts.get(7), amounts.get(8),
                sheet.achievement(), indicatorEntries);
    }

    /** The posted form: one value per indicator row and field, in row order. */
    private static SelfEvaluationInput inputOf(FormData f) {
        List<String> ids = f.all("ind_id");
        List<SelfEvaluationInput.IndicatorEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            entries.add(new SelfEvaluationInput.IndicatorEntry(FormData.toLong(ids.get(i)), FormData.at(f.all("ind_actual"), i),
                    FormData.at(f.all("ind_actualText"), i), FormData.at(f.all("ind_grade"), i), FormData.at(f.all("ind_score"), i),
                    FormData.at(f.all("ind_reason"), i)));
        }
        List<String> positions = f.all("task_position");
        List<SelfEvaluationInput.KeyTaskEntry> tasks = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Long position = FormData.toLong(positions.get(i));
            tasks.add(new SelfEvaluationInput.KeyTaskEntry(position == null ? null : position.intValue(),
                    FormData.at(f.all("task_executed"), i), FormData.at(f.all("task_completion"), i),
                    FormData.at(f.all("task_grade"), i)));
        }
        return new SelfEvaluationInput(FormData.toLong(f.one("version")), f.one("moneyUnit"),
                f.one("fiscalInitial"), f.one("fiscalFullYear"), f.one("fiscalExecuted"),
                f.one("carryoverInitial"), f.one("carryoverFullYear"), f.one("carryoverExecuted"),
                f.one("otherInitial"), f.one("otherFullYear"), f.one("otherExecuted"), f.one("achievement"), entries,
                f.one("basicInitial"), f.one("basicFullYear"), f.one("basicExecuted"), positions.isEmpty() ? null : tasks);
    }

    private static String amount(BigDecimal yuan, MoneyUnit unit) {
        return yuan == null ? null : unit.fromYuan(yuan).toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

}
