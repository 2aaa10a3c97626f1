package jixiao.reporting;

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
import jixiao.common.ConflictException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.monitoring.Likelihood;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The reporting pages: the start page (year, unit, period), a unit's overview for a period, and the
 * report form of a project and period with its workflow buttons.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class ReportPageController {

    @Introspected
    record StartPage(PageContext page, List<Integer> years, int year, List<UnitView> units, @Nullable String unitCode,
                     List<ReportingPeriodView> periods, @Nullable String period, List<ReportOverviews.UnitCount> summary,
                     @Nullable String notice) {
    }

    /**
     * @param typed     the spend typed per project in a refused bulk save, shown again; empty otherwise
     * @param rowErrors the problems of each project's line
     * @param bulk      some line may be changed, so the spend table is a form
     * @param slots     the form's line number (p0, p1…) of each project that may be changed
     */
    @Introspected
    record OverviewPage(PageContext page, ReportOverviews.UnitOverview overview, List<ReportingPeriodView> periods,
                        Map<Long, String> typed, Map<Long, List<String>> rowErrors, List<Problem> problems,
                        @Nullable String conflict, boolean bulk, Map<Long, Integer> slots) {
    }

    @Introspected
    record FormPage(PageContext page, PeriodReportView report, String action, @Nullable Long version,
                    @Nullable String spentYuan, @Nullable String adjustedBudgetYuan, @Nullable String spendDecreaseReason,
                    List<Row> rows, boolean editable, boolean canSubmit, boolean canApprove, boolean canReturn, String statusLabel,
                    boolean returned, List<Problem> problems, List<ReportDifferences.Difference> differences,
                    @Nullable String conflict, ProjectDetails project, PeopleNames.Names names) {
    }

    /** One indicator's fields; {@code value} is the number typed, or the grade chosen. */
    @Introspected
    record Row(int index, PeriodReportView.IndicatorProgressView indicator, boolean quantitative, boolean positive,
               @Nullable String value, List<Option> grades, @Nullable String expectedFullYear, List<Option> likelihoods,
               List<Option> causes, @Nullable String note, @Nullable String correctiveAction) {
    }

    @Introspected
    record Option(String code, String label, boolean selected) {
    }

    /** The 项目绩效运行监控表 to print; {@code formPath} leads back to the report. */
    @Introspected
    record PrintPage(PageContext page, MonitoringForm sheet, String formPath) {
    }

    private final PeriodReportService reports;
    private final ReportOverviews overviews;
    private final ReportingPeriods periods;
    private final ProjectService projects;
    private final UnitService units;
    private final CsrfGuard csrf;
    private final Clock clock;
    private final PeopleNames people;
    private final MonitoringForms sheets;

    ReportPageController(PeriodReportService reports, ReportOverviews overviews, ReportingPeriods periods,
                         ProjectService projects, UnitService units, CsrfGuard csrf, Clock clock, PeopleNames people,
                         MonitoringForms sheets) {
        this.people = people;
        this.sheets = sheets;
        this.reports = reports;
        this.overviews = overviews;
        this.periods = periods;
        this.projects = projects;
        this.units = units;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/reports")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> start(PageContext page, Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                          @Nullable @QueryValue String period, @Nullable @QueryValue Integer uploaded) {
        LocalDate today = LocalDate.now(clock);
        TreeSet<Integer> years = new TreeSet<>(projects.years(caller));
        years.add(today.getYear());
        int chosenYear = year != null && year >= ReportingPeriods.MIN_YEAR && year <= ReportingPeriods.MAX_YEAR ? year : today.getYear();
        years.add(chosenYear);
        List<ReportingPeriodView> yearPeriods = periods.list(caller, chosenYear);
        String chosenPeriod = yearPeriods.stream().map(ReportingPeriodView::code).filter(c -> c.equals(period)).findFirst()
                .orElseGet(() -> current(yearPeriods, today));
        List<UnitView> visible = units.list(caller);
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode.strip() : visible.size() == 1 ? visible.get(0).code() : null;
        if (unitCode != null && !unitCode.isBlank() && period != null && period.equals(chosenPeriod)) {
            return Redirects.seeOther(overviewPath(unit, chosenPeriod));
        }
        String notice = uploaded == null ? null : Messages.text("reporting.upload.stored", uploaded);
        StartPage model = new StartPage(page, new ArrayList<>(years.descendingSet()), chosenYear, visible, unit, yearPeriods,
                chosenPeriod, chosenPeriod == null ? List.of() : overviews.summary(caller, chosenPeriod), notice);
        return HttpResponse.ok(new ModelAndView<>("reporting/start", model));
    }

    @Get("/reports/units/{code}/{period}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("reporting/overview")
    OverviewPage overview(PageContext page, Caller caller, String code, String period) {
        return overviewPage(page, caller, code, period, Map.of(), List.of(), null);
    }

    /**
     * The unit's spend table: posts p0.id, p0.version, p0.spent, p1.… for the open lines, saved at
     * once (see {@link PeriodReportService#saveSpend}).
     */
    @Post(value = "/reports/units/{code}/{period}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> saveSpend(HttpRequest<?> request, PageContext page, Caller caller, String code, String period,
                              @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        List<PeriodReportService.SpendEntry> entries = new ArrayList<>();
        Map<Long, String> typed = new HashMap<>();
        for (int i = 0; f(form, i, "id") != null; i++) {
            Long projectId = FormData.toLong(f(form, i, "id"));
            if (projectId == null) {
                continue;
            }
            entries.add(new PeriodReportService.SpendEntry(projectId, FormData.toLong(f(form, i, "version")), f(form, i, "spent")));
            typed.put(projectId, f(form, i, "spent"));
        }
        overviews.unit(caller, code, period);
        try {
            reports.saveSpend(caller, period, entries);
            return Redirects.seeOther(overviewPath(code, period), Notice.SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/overview", overviewPage(page, caller, code, period, typed, e.problems(), null)));
        } catch (ConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("reporting/overview",
                    overviewPage(page, caller, code, period, typed, List.of(), e.getMessage())));
        }
    }

    private static String f(FormData form, int i, String name) {
        return form.one("p" + i + "." + name);
    }

    private OverviewPage overviewPage(PageContext page, Caller caller, String code, String period, Map<Long, String> typed,
                                      List<Problem> problems, String conflict) {
        ReportOverviews.UnitOverview overview = overviews.unit(caller, code, period);
        Map<Long, List<String>> rowErrors = new HashMap<>();
        for (Problem p : problems) {
            Long projectId = p.field().startsWith("project:") ? FormData.toLong(p.field().substring(8).replaceAll("\\..*$", "")) : null;
            if (projectId != null) {
                rowErrors.computeIfAbsent(projectId, k -> new ArrayList<>()).add(p.message());
            }
        }
        Map<Long, Integer> slots = new HashMap<>();
        overview.rows().stream().filter(ReportOverviews.ProjectRow::open).forEach(r -> slots.put(r.projectId(), slots.size()));
        return new OverviewPage(page, overview, periods.list(caller, overview.period().year()), typed, rowErrors, problems, conflict,
                !slots.isEmpty(), slots);
    }

    @Get("/reports/projects/{id}/{period}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("reporting/form")
    FormPage form(PageContext page, Caller caller, long id, String period) {
        PeriodReportView report = reports.get(caller, id, period);
        return form(page, caller, report, null, List.of(), List.of(), null);
    }

    /** The report as the 项目绩效运行监控表, laid out for A4. */
    @Get("/reports/projects/{id}/{period}/print")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("reporting/print")
    PrintPage print(PageContext page, Caller caller, long id, String period) {
        MonitoringForm sheet = sheets.get(caller, id, period);
        return new PrintPage(page, sheet, formPath(id, sheet.period()));
    }

    @Get("/reports/projects/{id}/{period}/monitoring-sheet.xlsx")
    @Produces(MonitoringForms.XLSX)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> monitoringSheet(Caller caller, long id, String period) {
        return sheets.workbook(caller, id, period);
    }

    /** Saves the form; the submit button saves and submits in one step. */
    @Post(value = "/reports/projects/{id}/{period}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> save(HttpRequest<?> request, PageContext page, Caller caller, long id, String period, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        PeriodReportInput input = inputOf(form);
        boolean submit = "submit".equals(form.one("action"));
        try {
            if (submit) {
                reports.saveAndSubmit(caller, id, period, input);
            } else {
                reports.save(caller, id, period, input);
            }
            return Redirects.seeOther(formPath(id, period), submit ? Notice.SUBMITTED : Notice.DRAFT_SAVED);
        } catch (InvalidInputException e) {
            PeriodReportView report = reports.get(caller, id, period);
            return HttpResponse.badRequest(new ModelAndView<>("reporting/form", form(page, caller, report, input, e.problems(), List.of(), null)));
        } catch (ConflictException e) {
            PeriodReportView theirs = (PeriodReportView) e.current();
            FormPage model = form(page, caller, theirs, input, List.of(), ReportDifferences.between(theirs, input), e.getMessage());
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("reporting/form", model));
        }
    }

    /** 无变化，沿用上期: the carried-over values saved as this period's draft in one click. */
    @Post(value = "/reports/projects/{id}/{period}/carry-over", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> carryOver(HttpRequest<?> request, PageContext page, Caller caller, long id, String period, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        try {
            reports.saveCarriedOver(caller, id, period);
            return Redirects.seeOther(formPath(id, period), Notice.DRAFT_SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/form",
                    form(page, caller, reports.get(caller, id, period), null, e.problems(), List.of(), null)));
        } catch (ConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("reporting/form",
                    form(page, caller, (PeriodReportView) e.current(), null, List.of(), List.of(), e.getMessage())));
        }
    }

    @Post(value = "/reports/projects/{id}/{period}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"FINANCE", "ADMIN"})
    HttpResponse<?> approve(HttpRequest<?> request, PageContext page, Caller caller, long id, String period, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        return review(page, caller, id, period, form, true);
    }

    @Post(value = "/reports/projects/{id}/{period}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"FINANCE", "ADMIN"})
    HttpResponse<?> returnForCorrection(HttpRequest<?> request, PageContext page, Caller caller, long id, String period,
                                        @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        return review(page, caller, id, period, form, false);
    }

    private HttpResponse<?> review(PageContext page, Caller caller, long id, String period, FormData form, boolean approve) {
        ReviewInput input = new ReviewInput(FormData.toLong(form.one("version")), form.one("comment"));
        try {
            if (approve) {
                reports.approve(caller, id, period, input);
            } else {
                reports.returnForCorrection(caller, id, period, input);
            }
            return Redirects.seeOther(formPath(id, period), approve ? Notice.APPROVED : Notice.RETURNED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/form",
                    form(page, caller, reports.get(caller, id, period), null, e.problems(), List.of(), null)));
        } catch (ConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("reporting/form",
                    form(page, caller, (PeriodReportView) e.current(), null, List.of(), List.of(), e.getMessage())));
        }
    }

    /**
     * The form for {@code report}. With {@code typed} (a refused save), the fields keep what was
     * typed; after a conflict they do so with the current version, so saving again is a deliberate
     * overwrite of what the differences show.
     */
    private FormPage form(PageContext page, Caller caller, PeriodReportView report, PeriodReportInput typed,
                          List<Problem> problems, List<ReportDifferences.Difference> differences, String conflict) {
        boolean editable = PeriodReportService.editable(caller, report);
        boolean keepTyped = typed != null && editable;
        Map<Long, PeriodReportInput.IndicatorEntry> entries = new HashMap<>();
        if (keepTyped) {
            typed.entries().stream().filter(e -> e != null && e.indicatorId() != null).forEach(e -> entries.putIfAbsent(e.indicatorId(), e));
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (PeriodReportView.IndicatorProgressView i : report.indicators()) {
            PeriodReportInput.IndicatorEntry e = entries.get(i.indicatorId());
            boolean quantitative = "QUANTITATIVE".equals(i.kind());
            String value = keepTyped ? (e == null ? null : quantitative ? e.currentValue() : e.grade())
                    : quantitative ? i.currentValue() : i.grade();
            String likelihood = keepTyped ? (e == null ? null : e.likelihood()) : i.likelihood();
            List<String> causes = keepTyped ? (e == null || e.deviationCauses() == null ? List.of() : e.deviationCauses()) : i.deviationCauses();
            boolean positive = IndicatorSemantics.Shape.TARGET.name().equals(i.judgedAs()) && i.targetNumber() != null
                    && new BigDecimal(i.targetNumber()).signum() > 0;
            rows.add(new Row(index++, i, quantitative, positive,
                    value, options(Grade.values(), Grade::label, value),
                    keepTyped ? (e == null ? null : e.expectedFullYear()) : i.expectedFullYear(),
                    options(Likelihood.values(), Likelihood::label, likelihood),
                    causeOptions(causes),
                    keepTyped ? (e == null ? null : e.deviationNote()) : i.deviationNote(),
                    keepTyped ? (e == null ? null : e.correctiveAction()) : i.correctiveAction()));
        }
        ReportStatus status = report.reportStatus();
        boolean finance = caller.isFinance();
        return new FormPage(page, report, formPath(report.projectId(), report.period()), report.version(),
                keepTyped ? typed.spentYuan() : report.spentYuan(),
                keepTyped ? typed.adjustedBudgetYuan() : report.adjustedBudgetYuan(),
                keepTyped ? typed.spendDecreaseReason() : report.spendDecreaseReason(),
                rows, editable, editable && status.openToBureau(), finance && status == ReportStatus.SUBMITTED,
                finance && (status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED),
                report.saved() ? status.label() : Messages.text("reporting.status.NONE"),
                status == ReportStatus.RETURNED && report.comment() != null,
                problems, differences, conflict, projects.get(caller, report.projectId()),
                people.of(report.submittedBy(), report.reviewedBy()));
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label, String chosen) {
        List<Option> out = new ArrayList<>();
        for (E e : values) {
            boolean selected = chosen != null && (e.name().equals(chosen.strip()) || label.apply(e).equals(chosen.strip()));
            out.add(new Option(e.name(), label.apply(e), selected));
        }
        return out;
    }

    private static List<Option> causeOptions(List<String> chosen) {
        List<Option> out = new ArrayList<>();
        for (DeviationCause c : DeviationCause.values()) {
            boolean selected = chosen.stream().anyMatch(x -> x != null && DeviationCause.parse(x).orElse(null) == c);
            out.add(new Option(c.name(), c.label(), selected));
        }
        return out;
    }

    /** Rows post i0.id, i0.current or i0.grade, i0.expected, i0.likelihood, i0.causes (several), i0.note, i0.action… */
    private static PeriodReportInput inputOf(FormData f) {
        List<PeriodReportInput.IndicatorEntry> entries = new ArrayList<>();
        for (int i = 0; f.one("i" + i + ".id") != null; i++) {
            String p = "i" + i + ".";
            entries.add(new PeriodReportInput.IndicatorEntry(FormData.toLong(f.one(p + "id")), f.one(p + "current"), f.one(p + "grade"),
                    f.one(p + "expected"), f.one(p + "likelihood"), f.all(p + "causes"), f.one(p + "note"), f.one(p + "action")));
        }
        return new PeriodReportInput(FormData.toLong(f.one("version")), f.one("spentYuan"), f.one("adjustedBudgetYuan"),
                f.one("spendDecreaseReason"), entries);
    }

    /** The period whose deadline comes next; after the last deadline of the year, the last period. */
    private static String current(List<ReportingPeriodView> periods, LocalDate today) {
        return periods.stream().filter(p -> !LocalDate.parse(p.deadline()).isBefore(today)).map(ReportingPeriodView::code)
                .findFirst().orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1).code());
    }

    static String formPath(long projectId, String period) {
        return UriBuilder.of("/reports/projects").path(String.valueOf(projectId)).path(period).toString();
    }

    static String overviewPath(String unitCode, String period) {
        return UriBuilder.of("/reports/units").path(unitCode).path(period).toString();
    }

}
