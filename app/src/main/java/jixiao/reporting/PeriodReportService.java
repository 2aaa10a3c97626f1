package jixiao.reporting;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.FourEyes;
import jixiao.account.SecuritySettings;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.common.Versions;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.TargetValue;
import jixiao.monitoring.Likelihood;
import jixiao.notification.NotificationKind;
import jixiao.notification.Notifications;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectService;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * 执行情况填报: a project's report for a reporting period, its saving and its workflow (draft →
 * submitted → approved, or returned with a comment and submitted again).
 *
 * <p>Every change is one transaction with its audit entry. Two people saving the same report do
 * not overwrite each other: a save names the version it was based on, and a save based on an older
 * version is refused with 409, the report as it is now and what differs. Transactions read
 * committed data, so that refusal shows the other person's save, not this transaction's snapshot.
 */
@Singleton
public class PeriodReportService {

    static final String AUDIT_TYPE = "PERIOD_REPORT";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ProjectService projects;
    private final ReportingPeriods periods;
    private final ReportingRepositories.Reports reports;
    private final ReportingRepositories.Progress progress;
    private final AuditTrail audit;
    private final DSLContext db;
    private final Clock clock;
    private final SecuritySettings security;
    private final Notifications notifications;

    PeriodReportService(ProjectService projects, ReportingPeriods periods, ReportingRepositories.Reports reports,
                        ReportingRepositories.Progress progress, AuditTrail audit, DSLContext db, SecuritySettings security, Clock clock,
                        Notifications notifications) {
        this.notifications = notifications;
        this.projects = projects;
        this.periods = periods;
        this.reports = reports;
        this.progress = progress;
        this.audit = audit;
        this.db = db;
        this.clock = clock;
        this.security = security;
    }

    /**
     * The report; where nothing was saved yet (version null), the previous period's report carried
     * over ({@code carriedOverFrom}), or a blank one when the previous period has none. A carried-over
     * report is only shown: it is stored when the clerk saves it, so monitoring and the year-end
     * figures, which read what is stored, never count it as reported.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView get(Caller caller, long projectId, String periodCode) {
        ProjectDetails project = projects.get(caller, projectId);
        ReportingPeriod period = periods.requireFor(project.year(), periodCode);
        PeriodReport report = find(projectId, period.id());
        return report != null ? view(project, period, report) : carriedOver(project, period);
    }

    /**
     * "No change" (无变化，沿用上期): saves the previous period's values as this period's report, a
     * normal first save (audited, checked by the same rules); it does not submit, so the clerk still
     * looks at the report once and hands it in with the submit button.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView saveCarriedOver(Caller caller, long projectId, String periodCode) {
        ProjectDetails project = projects.get(caller, projectId);
        ReportingPeriod period = periods.requireFor(project.year(), periodCode);
        PeriodReport current = find(projectId, period.id());
        if (current != null) {
            PeriodReportView now = view(project, period, current);
            throw new ConflictException(Messages.text("reporting.carryOver.alreadySaved", period.label(), now.version()), now);
        }
        PeriodReportView carried = carriedOver(project, period);
        if (carried.carriedOverFrom() == null) {
            throw new InvalidInputException("carriedOverFrom", Messages.text("reporting.carryOver.nothing", period.label()));
        }
        return write(caller, projectId, periodCode, inputOf(carried), false);
    }

    /**
     * One line of a unit's spend table: the project, the report version the clerk read (null for a
     * report not saved yet) and the cumulative spend typed.
     */
    public record SpendEntry(long projectId, Long version, String spentYuan) {
    }

    /**
     * Saves the cumulative spend of several projects' reports for one period at once (a unit's spend
     * table): each changed line is a normal save of its report with only the spend replaced — same
     * version check, rules and audit as the form. One transaction: any line refused (problems named
     * by project, field {@code project:<id>.<field>}) or stale (409 naming the project) and nothing is
     * stored. Lines whose spend is unchanged are left alone; a submitted or approved report is not
     * changed here. A report saved for the first time this way holds the spend only.
     *
     * @return how many reports were saved
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int saveSpend(Caller caller, String periodCode, List<SpendEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        int saved = 0;
        for (SpendEntry e : entries) {
            ProjectDetails project = projects.get(caller, e.projectId());
            ReportingPeriod period = periods.requireFor(project.year(), periodCode);
            PeriodReport current = find(project.id(), period.id());
            String typed = ReportRules.blankToNull(e.spentYuan());
            if (sameAmount(typed, current == null ? null : current.spentYuan())) {
                continue;
            }
            String field = "project:" + project.id() + ".spentYuan";
            if (current != null && !current.status().openToBureau()) {
                problems.add(new Problem(field, Messages.text("reporting.bulk.locked", project.name(), current.status().label())));
                continue;
            }
            PeriodReportView stored = view(project, period, current);
            PeriodReportInput was = inputOf(stored);
            PeriodReportInput input = new PeriodReportInput(e.version(), typed, was.adjustedBudgetYuan(), was.spendDecreaseReason(), was.indicators());
            try {
                write(caller, project.id(), periodCode, input, false);
                saved++;
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> problems.add(new Problem("project:" + project.id() + "." + p.field(),
                        Messages.text("reporting.bulk.row", project.name(), p.message()))));
            } catch (ConflictException stale) {
                throw new ConflictException(Messages.text("reporting.bulk.stale", project.name(),
                        Versions.shown(e.version()), Versions.shown(stored.version())), null);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return saved;
    }

    private static boolean sameAmount(String typed, BigDecimal stored) {
        if (typed == null || stored == null) {
            return typed == null && stored == null;
        }
        BigDecimal t = ReportRules.yuan(typed);
        return t != null && t.compareTo(stored) == 0;
    }

    /** A view as the form would send it back unchanged. */
    static PeriodReportInput inputOf(PeriodReportView v) {
        List<PeriodReportInput.IndicatorEntry> entries = v.indicators().stream()
                .map(i -> new PeriodReportInput.IndicatorEntry(i.indicatorId(), i.currentValue(), i.grade(), i.expectedFullYear(),
                        i.likelihood(), i.deviationCauses(), i.deviationNote(), i.correctiveAction()))
                .toList();
        return new PeriodReportInput(v.version(), v.spentYuan(), v.adjustedBudgetYuan(), v.spendDecreaseReason(), entries);
    }

    /**
     * The immediately preceding period's report of the same project and year, shown as this period's
     * unsaved draft. Only what carries forward is taken: the cumulative spend, the adjusted budget and
     * each indicator's entries; not the workflow, the comment or a reason for a decrease.
     */
    private PeriodReportView carriedOver(ProjectDetails project, ReportingPeriod period) {
        var previousPeriod = db.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.FISCAL_YEAR.eq(period.fiscalYear()))
                .and(REPORTING_PERIOD.END_MONTH.lt(period.endMonth()))
                .orderBy(REPORTING_PERIOD.END_MONTH.desc())
                .limit(1)
                .fetchOne();
        PeriodReport source = previousPeriod == null ? null : find(project.id(), previousPeriod.value1());
        if (source == null) {
            return view(project, period, null);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        PeriodReport carried = PeriodReport.blank(project.id(), period.id(), now)
                .withFigures(source.spentYuan(), source.adjustedBudgetYuan(), null, now);
        return view(project, period, carried, progress.findByReportId(source.id()),
                new CarriedFrom(previousPeriod.value2(), previousPeriod.value3()));
    }

    /** The period a shown-but-unsaved report was carried over from. */
    private record CarriedFrom(String code, String label) {
    }

    /** Saves the report as it stands (a draft stays a draft, a returned report stays returned). */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView save(Caller caller, long projectId, String periodCode, PeriodReportInput input) {
        return write(caller, projectId, periodCode, input, false);
    }

    /** Saves and submits in one step, as the form's submit button does: both or neither. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView saveAndSubmit(Caller caller, long projectId, String periodCode, PeriodReportInput input) {
        return write(caller, projectId, periodCode, input, true);
    }

    /** Submits the saved report, which must be complete. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView submit(Caller caller, long projectId, String periodCode, ReviewInput review) {
        ProjectDetails project = projects.get(caller, projectId);
        ReportingPeriod period = periods.requireFor(project.year(), periodCode);
        PeriodReport current = find(projectId, period.id());
        if (current == null) {
            throw new InvalidInputException("status", Messages.text("reporting.submit.nothingSaved"));
        }
        PeriodReportView before = view(project, period, current);
        requireVersion(review.version(), current, before);
        requireStatus(current, before, "SUBMIT", ReportStatus.DRAFT, ReportStatus.RETURNED);
        List<Problem> missing = ReportRules.completeness(context(project, period), draftOf(current));
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        PeriodReport saved = update(current.submitted(caller.username(), LocalDateTime.now(clock)), project, period);
        audit.transition(caller, "SUBMIT", record(project, period, saved), state(current), state(saved));
        return view(project, period, saved);
    }

    /** Finance accepts a submitted report; the comment is optional. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView approve(Caller caller, long projectId, String periodCode, ReviewInput review) {
        return review(caller, projectId, periodCode, review, ReportStatus.APPROVED);
    }

    /**
     * Finance sends a submitted (or already approved) report back to the bureau for correction; the
     * comment says what to correct and is required.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public PeriodReportView returnForCorrection(Caller caller, long projectId, String periodCode, ReviewInput review) {
        return review(caller, projectId, periodCode, review, ReportStatus.RETURNED);
    }

    private PeriodReportView review(Caller caller, long projectId, String periodCode, ReviewInput review, ReportStatus outcome) {
        ProjectDetails project = projects.get(caller, projectId);
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("reporting.review.financeOnly"));
        }
        ReportingPeriod period = periods.requireFor(project.year(), periodCode);
        PeriodReport current = find(projectId, period.id());
        if (current == null) {
            throw new InvalidInputException("status", Messages.text("reporting.review.nothingSubmitted"));
        }
        PeriodReportView before = view(project, period, current);
        requireVersion(review.version(), current, before);
        String action = outcome == ReportStatus.APPROVED ? "APPROVE" : "RETURN";
        if (outcome == ReportStatus.APPROVED) {
            requireStatus(current, before, action, ReportStatus.SUBMITTED);
            FourEyes.requireOtherApprover(security.isFourEyes(), caller, current.submittedBy());
        } else {
            requireStatus(current, before, action, ReportStatus.SUBMITTED, ReportStatus.APPROVED);
        }
        String comment = ReportRules.blankToNull(review.comment());
        if (outcome == ReportStatus.RETURNED && comment == null) {
            throw new InvalidInputException("comment", Messages.text("reporting.review.commentRequired"));
        }
        if (comment != null && comment.length() > ReportRules.MAX_TEXT) {
            throw new InvalidInputException("comment", Messages.text("reporting.textTooLong",
                    Messages.text("reporting.field.comment"), ReportRules.MAX_TEXT));
        }
        PeriodReport saved = update(current.reviewed(outcome, comment, caller.username(), LocalDateTime.now(clock)), project, period);
        audit.transition(caller, action, record(project, period, saved), state(current), state(saved));
        // the version makes each review its own event: a report returned twice is told twice
        NotificationKind kind = outcome == ReportStatus.APPROVED ? NotificationKind.REPORT_APPROVED : NotificationKind.REPORT_RETURNED;
        notifications.toBureauOf(project.unitId(), kind, kind.name() + ":P" + project.id() + ":" + period.code() + ":v" + saved.version(),
                Messages.text("notification.title." + kind.name(), project.name(), period.label()),
                comment == null ? null : Messages.text("notification.comment", comment),
                "/reports/projects/" + project.id() + "/" + period.code(), project.id(), period.code());
        return view(project, period, saved);
    }

    private PeriodReportView write(Caller caller, long projectId, String periodCode, PeriodReportInput input, boolean submit) {
        ProjectDetails project = projects.get(caller, projectId);
        ReportingPeriod period = periods.requireFor(project.year(), periodCode);
        PeriodReport current = find(projectId, period.id());
        PeriodReportView before = view(project, period, current);
        requireEditable(caller, current);
        if (!sameVersion(input.version(), current)) {
            throw conflict(input.version(), before, input);
        }
        if (submit && current != null) {
            requireStatus(current, before, "SUBMIT", ReportStatus.DRAFT, ReportStatus.RETURNED);
        }
        ReportRules.Context ctx = context(project, period);
        ReportRules.Result checked = ReportRules.check(ctx, input);
        List<Problem> problems = new ArrayList<>(checked.problems());
        if (submit && problems.isEmpty()) {
            problems.addAll(ReportRules.completeness(ctx, checked.draft()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportRules.Draft d = checked.draft();
        LocalDateTime now = LocalDateTime.now(clock);
        PeriodReport next = (current != null ? current : PeriodReport.blank(projectId, period.id(), now))
                .withFigures(d.spentYuan(), d.adjustedBudgetYuan(), d.spendDecreaseReason(), now);
        if (submit) {
            next = next.submitted(caller.username(), now);
        }
        PeriodReport saved;
        if (current == null) {
            saved = insert(next, project, period, input);
        } else {
            saved = updateOrConflict(next, project, period, input);
        }
        progress.deleteByReportId(saved.id());
        progress.saveAll(rows(saved.id(), d.progress()));
        PeriodReportView after = view(project, period, saved);
        AuditedRecord record = record(project, period, saved);
        if (current == null) {
            audit.created(caller, record, snapshot(after));
        } else {
            audit.updated(caller, record, snapshot(before), snapshot(after));
        }
        if (submit) {
            audit.transition(caller, "SUBMIT", record, current == null ? Map.of("status", ReportStatus.DRAFT.label()) : state(current), state(saved));
        }
        return after;
    }

    private PeriodReport find(long projectId, long periodId) {
        return reports.findByProjectIdAndPeriodId(projectId, periodId).orElse(null);
    }

    /**
     * Inserts a first save. When another person's first save won the race, the unique key refuses
     * this one and the answer is the same 409 as for a stale version.
     */
    private PeriodReport insert(PeriodReport report, ProjectDetails project, ReportingPeriod period, PeriodReportInput input) {
        try {
            return reports.save(report);
        } catch (DataAccessException e) {
            PeriodReport theirs = find(report.projectId(), report.periodId());
            if (theirs == null) {
                throw e;
            }
            throw conflict(null, view(project, period, theirs), input);
        }
    }

    private PeriodReport updateOrConflict(PeriodReport report, ProjectDetails project, ReportingPeriod period, PeriodReportInput input) {
        try {
            return reports.update(report);
        } catch (OptimisticLockException e) {
            throw conflict(report.version(), view(project, period, find(report.projectId(), report.periodId())), input);
        }
    }

    /** A workflow step: a concurrent change since this transaction read the report answers 409. */
    private PeriodReport update(PeriodReport report, ProjectDetails project, ReportingPeriod period) {
        try {
            return reports.update(report);
        } catch (OptimisticLockException e) {
            PeriodReportView now = view(project, period, find(report.projectId(), report.periodId()));
            throw new ConflictException(Messages.text("reporting.changedMeanwhile",
                    Versions.shown(report.version()), Versions.shown(now.version())), now);
        }
    }

    private static boolean sameVersion(Long given, PeriodReport current) {
        return current == null ? given == null : current.version().equals(given);
    }

    private static void requireVersion(Long given, PeriodReport current, PeriodReportView before) {
        if (given != null && !given.equals(current.version())) {
            throw new ConflictException(Messages.text("reporting.changedMeanwhile",
                    Versions.shown(given), Versions.shown(current.version())), before);
        }
    }

    private static ConflictException conflict(Long yourVersion, PeriodReportView theirs, PeriodReportInput yours) {
        String message = Messages.text("reporting.conflict", Versions.shown(yourVersion),
                Versions.shown(theirs.version()),
                ReportDifferences.describe(ReportDifferences.between(theirs, yours)));
        return new ConflictException(message, theirs);
    }

    private static void requireEditable(Caller caller, PeriodReport current) {
        if (current == null) {
            return;
        }
        if (current.status() == ReportStatus.APPROVED) {
            throw new ForbiddenException(Messages.text("reporting.locked.approved"));
        }
        if (current.status() == ReportStatus.SUBMITTED && !caller.isFinance()) {
            throw new ForbiddenException(Messages.text("reporting.locked.submitted"));
        }
    }

    private static void requireStatus(PeriodReport current, PeriodReportView before, String action, ReportStatus... allowed) {
        if (!Arrays.asList(allowed).contains(current.status())) {
            throw new ConflictException(Messages.text("reporting.transition.notAllowed",
                    Messages.text("reporting.action." + action), current.status().label()), before);
        }
    }

    /** Whether the caller may change the report now: the form is editable, or read-only. */
    public static boolean editable(Caller caller, PeriodReportView report) {
        ReportStatus status = report.reportStatus();
        return status.openToBureau() || status == ReportStatus.SUBMITTED && caller.isFinance();
    }

    ReportRules.Context context(ProjectDetails project, ReportingPeriod period) {
        Previous previous = previous(project.id(), period).orElse(null);
        List<ReportRules.IndicatorTarget> targets = project.indicators().stream()
                .map(i -> new ReportRules.IndicatorTarget(i.id(), i.name(), IndicatorSemantics.wholeTarget(i.targetValue())))
                .toList();
        return new ReportRules.Context(project.budgetAmountYuan(), previous == null ? null : previous.label(),
                previous == null ? null : previous.spentYuan(), targets);
    }

    /** The latest earlier period of the same year with a reported spend. */
    record Previous(String code, String label, BigDecimal spentYuan) {
    }

    Optional<Previous> previous(long projectId, ReportingPeriod period) {
        return db.select(REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL, PERIOD_REPORT.SPENT_YUAN)
                .from(PERIOD_REPORT).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.eq(projectId))
                .and(REPORTING_PERIOD.FISCAL_YEAR.eq(period.fiscalYear()))
                .and(REPORTING_PERIOD.END_MONTH.lt(period.endMonth()))
                .and(PERIOD_REPORT.SPENT_YUAN.isNotNull())
                .orderBy(REPORTING_PERIOD.END_MONTH.desc())
                .limit(1)
                .fetchOptional(r -> new Previous(r.value1(), r.value2(), r.value3()));
    }

    private ReportRules.Draft draftOf(PeriodReport report) {
        List<ReportRules.ProgressDraft> drafts = progress.findByReportId(report.id()).stream()
                .map(r -> new ReportRules.ProgressDraft(r.indicatorId(), r.currentValue(), r.grade(), r.expectedFullYear(),
                        r.likelihood(), causes(r.deviationCauses()), r.deviationNote(), r.correctiveAction()))
                .toList();
        return new ReportRules.Draft(report.spentYuan(), report.adjustedBudgetYuan(), report.spendDecreaseReason(), drafts);
    }

    private static List<ProgressRow> rows(long reportId, List<ReportRules.ProgressDraft> drafts) {
        return drafts.stream().map(d -> new ProgressRow(null, reportId, d.indicatorId(), d.currentValue(), d.grade(),
                d.expectedFullYear(), d.likelihood(),
                d.causes().isEmpty() ? null : String.join(",", d.causes().stream().map(Enum::name).toList()),
                d.note(), d.action())).toList();
    }

    private static List<DeviationCause> causes(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(DeviationCause::valueOf).toList();
    }

    PeriodReportView view(ProjectDetails project, ReportingPeriod period, PeriodReport report) {
        return view(project, period, report, report == null ? List.of() : progress.findByReportId(report.id()), null);
    }

    private PeriodReportView view(ProjectDetails project, ReportingPeriod period, PeriodReport report, List<ProgressRow> rows,
                                  CarriedFrom carried) {
        Map<Long, ProgressRow> byIndicator = new HashMap<>();
        rows.forEach(r -> byIndicator.put(r.indicatorId(), r));
        Previous previous = previous(project.id(), period).orElse(null);
        BigDecimal budget = project.budgetAmountYuan();
        BigDecimal adjusted = report == null ? null : report.adjustedBudgetYuan();
        BigDecimal effective = adjusted != null ? adjusted : budget;
        BigDecimal spent = report == null ? null : report.spentYuan();
        SpendProgress figures = SpendProgress.of(project.plan(), project.year(), period.periodEnd(), effective, spent);
        List<PeriodReportView.IndicatorProgressView> indicators = new ArrayList<>();
        for (ProjectDetails.IndicatorView i : project.indicators()) {
            ProgressRow r = byIndicator.get(i.id());
            TargetValue t = i.targetValue();
            BigDecimal current = r == null ? null : r.currentValue();
            IndicatorSemantics judged = IndicatorSemantics.wholeTarget(t);
            BigDecimal completion = judged.completionPercent(current);
            indicators.add(new PeriodReportView.IndicatorProgressView(i.id(), i.level1(), i.level2(), i.name(), i.target(),
                    t.kind().name(), t.isQuantitative() && t.value() != null ? Numbers.plain(t.value()) : null, t.unit(),
                    judged.isLimit() ? Direction.REVERSE.name() : judged.isTarget() ? Direction.POSITIVE.name() : null,
                    current == null ? null : Numbers.plain(current),
                    r == null || r.grade() == null ? null : r.grade().name(),
                    r == null ? null : r.expectedFullYear(),
                    r == null || r.likelihood() == null ? null : r.likelihood().name(),
                    r == null ? List.of() : causes(r.deviationCauses()).stream().map(Enum::name).toList(),
                    r == null ? null : r.deviationNote(),
                    r == null ? null : r.correctiveAction(),
                    completion == null ? null : completion.toPlainString(), judged.shape().name(),
                    carried == null || r == null ? null : carried.code()));
        }
        return new PeriodReportView(report == null ? null : report.id(), period.code(), period.label(), period.periodEnd().toString(), period.deadline().toString(),
                (report == null ? ReportStatus.DRAFT : report.status()).name(), report == null ? null : report.version(),
                ReportRules.money(spent), ReportRules.money(adjusted),
                report == null ? null : report.spendDecreaseReason(), report == null ? null : report.comment(),
                report == null ? null : time(report.submittedAt()), report == null ? null : report.submittedBy(),
                report == null ? null : time(report.reviewedAt()), report == null ? null : report.reviewedBy(),
                project.id(), project.name(), project.code(), project.year(), project.unitId(), project.unitCode(), project.unitName(),
                ReportRules.money(budget), ReportRules.money(effective),
                previous == null ? null : previous.code(), previous == null ? null : ReportRules.money(previous.spentYuan()),
                figures.plannedPercent().toPlainString(),
                figures.executionPercent() == null ? null : figures.executionPercent().toPlainString(),
                figures.lagPoints() == null ? null : figures.lagPoints().toPlainString(),
                indicators, carried == null ? null : carried.code(), carried == null ? null : carried.label());
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : t.format(TIMESTAMP);
    }

    private static AuditedRecord record(ProjectDetails project, ReportingPeriod period, PeriodReport report) {
        return record(report.id(), project.name(), period, project.unitId());
    }

    static AuditedRecord record(long reportId, String projectName, ReportingPeriod period, long unitId) {
        return new AuditedRecord(AUDIT_TYPE, reportId, projectName + " " + period.code(), unitId);
    }

    private static Map<String, Object> state(PeriodReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status().label());
        m.put("comment", r.comment());
        return m;
    }

    /** The reported figures the audit trail compares; each indicator's progress as one line. */
    private static Map<String, Object> snapshot(PeriodReportView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spentYuan", v.spentYuan());
        m.put("adjustedBudgetYuan", v.adjustedBudgetYuan());
        m.put("spendDecreaseReason", v.spendDecreaseReason());
        for (PeriodReportView.IndicatorProgressView i : v.indicators()) {
            StringJoiner line = new StringJoiner(" | ");
            if (i.currentValue() != null) {
                line.add(i.currentValue());
            }
            if (i.grade() != null) {
                line.add(Grade.valueOf(i.grade()).label());
            }
            if (i.expectedFullYear() != null) {
                line.add(Messages.text("reporting.field.expectedFullYear") + " " + i.expectedFullYear());
            }
            if (i.likelihood() != null) {
                line.add(Likelihood.valueOf(i.likelihood()).label());
            }
            if (!i.deviationCauses().isEmpty()) {
                line.add(String.join("、", i.deviationCauses().stream().map(c -> DeviationCause.valueOf(c).label()).toList()));
            }
            if (i.deviationNote() != null) {
                line.add(i.deviationNote());
            }
            if (i.correctiveAction() != null) {
                line.add(Messages.text("reporting.field.correctiveAction") + " " + i.correctiveAction());
            }
            m.put("indicator:" + i.name(), line.length() == 0 ? null : line.toString());
        }
        return m;
    }
}
