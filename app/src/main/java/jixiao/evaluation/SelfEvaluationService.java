package jixiao.evaluation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
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
import jixiao.common.Versions;
import jixiao.common.Problem;
import jixiao.common.Numbers;
import jixiao.evaluation.department.DepartmentPart;
import jixiao.evaluation.department.DepartmentSheet;
import jixiao.evaluation.report.WrittenReportFreezer;
import jixiao.indicatorvalue.Grade;
import jixiao.project.BudgetSummary;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectKind;
import jixiao.notification.NotificationKind;
import jixiao.notification.Notifications;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectService;

import java.sql.SQLIntegrityConstraintViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year-end self-evaluation (绩效自评) of projects: the pre-filled sheet, saving the evaluator's entries,
 * and the workflow draft → submitted → approved / returned. The bureau fills and submits; finance approves
 * or returns. Every method checks the caller may see the project (another unit's project is "not found"),
 * and every change is one transaction with its audit entry.
 */
@Singleton
public class SelfEvaluationService {

    static final String AUDIT_TYPE = "SELF_EVALUATION";

    private final ProjectService projects;
    private final SelfEvaluationRepositories.Evaluations evaluations;
    private final SelfEvaluationRepositories.Lines lines;
    private final YearEndReports reports;
    private final ScoringEngines engines;
    private final SelfEvaluationRepositories.KeyTaskResults keyTaskResults;
    private final SelfEvaluationRepositories.FrozenProjectLines frozenProjects;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecuritySettings security;
    private final Notifications notifications;
    private final WrittenReportFreezer writtenReports;

    SelfEvaluationService(ProjectService projects, SelfEvaluationRepositories.Evaluations evaluations,
                          SelfEvaluationRepositories.Lines lines, YearEndReports reports, ScoringEngines engines,
                          AuditTrail audit, SecuritySettings security, Clock clock, Notifications notifications,
                          WrittenReportFreezer writtenReports, SelfEvaluationRepositories.KeyTaskResults keyTaskResults,
                          SelfEvaluationRepositories.FrozenProjectLines frozenProjects) {
        this.keyTaskResults = keyTaskResults;
        this.frozenProjects = frozenProjects;
        this.notifications = notifications;
        this.writtenReports = writtenReports;
        this.projects = projects;
        this.evaluations = evaluations;
        this.lines = lines;
        this.reports = reports;
        this.engines = engines;
        this.audit = audit;
        this.clock = clock;
        this.security = security;
    }

    /** The sheet as saved, or pre-filled from the year's reports when nobody has saved it yet. */
    @Transactional(readOnly = true)
    public SelfEvaluationView get(Caller caller, long projectId) {
        return view(caller, projects.get(caller, projectId));
    }

    /** Stores the evaluator's entries (the sheet may still be incomplete) and returns the sheet as now scored. */
    @Transactional
    public SelfEvaluationView save(Caller caller, long projectId, SelfEvaluationInput input) {
        ProjectDetails project = projects.get(caller, projectId);
        SelfEvaluation current = evaluations.findByProjectId(projectId).orElse(null);
        SelfEvaluationView before = view(caller, project, current);
        requireEditable(caller, current);
        requireVersion(input.version(), true, current, before);
        SelfEvaluationRules.Accepted accepted = SelfEvaluationRules.check(input.withAmountsFrom(before), project);

        LocalDateTime now = LocalDateTime.now(clock);
        SelfEvaluation saved;
        if (current == null) {
            try {
                saved = evaluations.save(SelfEvaluation.draft(projectId, accepted.money(), accepted.basic(),
                        accepted.achievement(), now));
            } catch (DataAccessException e) {
                // Two people saved the unsaved sheet at once: the unique project_id lets one of them through.
                if (!isDuplicate(e)) {
                    throw e;
                }
                throw new ConflictException(Messages.text("evaluation.workflow.changedMeanwhile"), before);
            }
        } else {
            try {
                saved = evaluations.update(current.withInputs(accepted.money(), accepted.basic(), accepted.achievement(),
                        now));
            } catch (OptimisticLockException e) {
                throw stale(caller, project);
            }
            lines.deleteByEvaluationId(current.id());
        }
        long evaluationId = saved.id();
        lines.saveAll(accepted.lines().values().stream()
                .map(l -> new SelfEvaluationLine(null, evaluationId, l.indicatorId(), l.actual(), l.actualText(), l.grade(),
                        l.score(), l.deviationReason()))
                .toList());
        if (before.department() != null) {
            saveKeyTasks(evaluationId, current != null, before.department(), accepted.keyTasks());
        }
        SelfEvaluationView after = view(caller, project);
        if (current == null) {
            audit.created(caller, record(project, after), snapshot(after));
        } else {
            audit.updated(caller, record(project, after), snapshot(before), snapshot(after));
        }
        return after;
    }

    /**
     * The department's task entries after a save: those given replace the task's, the others stay as they were
     * (pre-filled blanks for a sheet saved the first time). Rows are rewritten by position, in one transaction.
     */
    private void saveKeyTasks(long evaluationId, boolean existed, DepartmentPart before,
                              Map<Integer, SelfEvaluationRules.TaskLine> given) {
        if (existed) {
            keyTaskResults.deleteByEvaluationId(evaluationId);
        }
        List<KeyTaskResult> rows = new ArrayList<>();
        for (DepartmentPart.KeyTaskRow task : before.keyTasks()) {
            SelfEvaluationRules.TaskLine line = given.get(task.position());
            KeyTaskResult row = line != null
                    ? new KeyTaskResult(null, evaluationId, task.position(), task.name(), line.executedYuan(),
                    line.completion(), line.grade())
                    : new KeyTaskResult(null, evaluationId, task.position(), task.name(), task.executedYuan(),
                    task.completion(), task.grade() == null ? null : Grade.valueOf(task.grade()));
            if (row.executedYuan() != null || row.completion() != null || row.grade() != null) {
                rows.add(row);
            }
        }
        keyTaskResults.saveAll(rows);
    }

    /** Hands the sheet to finance; refused while the engine lists anything to correct. */
    @Transactional
    public SelfEvaluationView submit(Caller caller, long projectId, Long version) {
        ProjectDetails project = projects.get(caller, projectId);
        SelfEvaluation current = evaluations.findByProjectId(projectId).orElse(null);
        SelfEvaluationView before = view(caller, project, current);
        if (current == null) {
            throw new ConflictException(Messages.text("evaluation.workflow.notSaved"), before);
        }
        if (current.status() != EvaluationStatus.DRAFT && current.status() != EvaluationStatus.RETURNED) {
            throw new ConflictException(Messages.text("evaluation.workflow.cannotSubmit", current.status().label()), before);
        }
        requireVersion(version, false, current, before);
        requireComplete(before);
        return transition(caller, project, current, before, "SUBMIT",
                current.submitted(caller.username(), LocalDateTime.now(clock)));
    }

    /** Finance accepts a submitted sheet. */
    @Transactional
    public SelfEvaluationView approve(Caller caller, long projectId, Long version, String comment) {
        ProjectDetails project = projects.get(caller, projectId);
        SelfEvaluation current = reviewable(caller, project, version);
        SelfEvaluationView before = view(caller, project, current);
        requireComplete(before);
        FourEyes.requireOtherApprover(security.isFourEyes(), caller, current.submittedBy());
        if (before.department() != null) {
            // the department's projects as approved: later changes to a project's sheet leave this one as it is
            List<DepartmentPart.ProjectLine> projects = before.department().projects();
            List<FrozenProjectLine> frozen = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                frozen.add(FrozenProjectLine.of(current.id(), i + 1, projects.get(i)));
            }
            frozenProjects.saveAll(frozen);
        }
        SelfEvaluationView after = transition(caller, project, current, before, "APPROVE",
                current.reviewed(EvaluationStatus.APPROVED, text(comment), caller.username(), LocalDateTime.now(clock)));
        // in the same transaction: the 自评报告 is approved with the sheet, as the data stand now
        writtenReports.freeze(caller, project, after);
        return after;
    }

    /** Finance sends a submitted sheet back for correction, saying why. */
    @Transactional
    public SelfEvaluationView returnForCorrection(Caller caller, long projectId, Long version, String comment) {
        ProjectDetails project = projects.get(caller, projectId);
        SelfEvaluation current = reviewable(caller, project, version);
        SelfEvaluationView before = view(caller, project, current);
        String why = text(comment);
        if (why == null) {
            throw new InvalidInputException("comment", Messages.text("evaluation.workflow.commentRequired"));
        }
        if (why.length() > SelfEvaluationRules.MAX_TEXT) {
            throw new InvalidInputException("comment", Messages.text("evaluation.input.tooLong",
                    Messages.text("evaluation.field.comment"), SelfEvaluationRules.MAX_TEXT));
        }
        return transition(caller, project, current, before, "RETURN",
                current.reviewed(EvaluationStatus.RETURNED, why, caller.username(), LocalDateTime.now(clock)));
    }

    /**
     * One row per project the caller may see (of a year, a unit and a department when given), each scored as
     * its sheet is, in the order of the project list.
     */
    @Transactional(readOnly = true)
    public List<EvaluationSummaryRow> summary(Caller caller, Integer year, String unitCode, String department,
                                              String status) {
        List<ProjectDetails> details = projects.listForScoring(caller, year, unitCode);
        ScoringReads read = read(details);
        List<EvaluationSummaryRow> rows = new ArrayList<>();
        for (ProjectDetails p : details) {
            SelfEvaluation s = read.saved().get(p.id());
            String state = (s == null ? EvaluationStatus.NOT_STARTED : s.status()).name();
            boolean inDepartment = department == null || department.isBlank()
                    || department.strip().equals(p.departmentName());
            if (!inDepartment || (status != null && !status.isBlank() && !status.strip().equals(state))) {
                continue;
            }
            // a project's row without its sheet; a department target's (a few) from its sheet, which adds its tasks
            rows.add(ProjectKind.DEPARTMENT.name().equals(p.kind()) ? sheet(caller, p, read).summaryRow()
                    : SelfEvaluationSheets.summaryRow(engines.of(p.kind()), p, s, read.lines(s), read.figures().get(p.id())));
        }
        return rows;
    }

    /**
     * The summary fit for publication (信息公开): the approved sheets of a year, the only results that are final.
     * The rows still carry the workflow state; the disclosure leaves it out when it prints them.
     */
    @Transactional(readOnly = true)
    public List<EvaluationSummaryRow> disclosed(Caller caller, int year, String unitCode) {
        return summary(caller, year, unitCode, null, EvaluationStatus.APPROVED.name());
    }

    /** The year asked for, else the latest year with projects the caller sees, else this year. */
    @Transactional(readOnly = true)
    public int yearOrLatest(Caller caller, Integer year) {
        if (year != null) {
            return year;
        }
        List<Integer> years = projects.years(caller);
        return years.isEmpty() ? LocalDateTime.now(clock).getYear() : years.get(0);
    }

    /** A project with its 自评表 as {@link #get} shows it. */
    record EvaluatedProject(ProjectDetails project, SelfEvaluationView sheet) {
        EvaluationSummaryRow summaryRow() {
            return EvaluationSummaryRow.of(project, sheet);
        }

        /** The project as its department's sheet lists it: its money and result exactly as its own sheet has them. */
        DepartmentPart.ProjectLine departmentLine() {
            EvaluationSummaryRow row = summaryRow();
            SelfEvaluationView.MoneyRow total = sheet.money().get(0);
            return new DepartmentPart.ProjectLine(project.id(), project.code(), project.name(), project.unitCode(),
                    project.unitName(), total.initialYuan(), total.fullYearYuan(), total.executedYuan(), total.rate(),
                    row.total(), row.grade(), sheet.status(), sheet.statusLabel());
        }
    }

    /** Reads a department's projects for its sheet: the department answers for all of them. */
    private static final Caller DEPARTMENT_READER = Caller.system("department-self-evaluation");

    /**
     * The sheets of several projects at once, each as {@link #get} shows it, in the order given; a few queries for
     * all of them. The year-end pack calls it page by page.
     */
    @Transactional(readOnly = true)
    public List<EvaluatedProject> sheets(Caller caller, List<Long> ids) {
        return scored(caller, projects.getAll(caller, ids));
    }

    /**
     * The sheets of projects read either way: in full ({@link ProjectService#getAll}, for the pack and the pages) or
     * as scoring reads them ({@link ProjectService#getAllForScoring}, for department lines; a summary scores its
     * projects' rows without sheets, {@link SelfEvaluationSheets#summaryRow}). Scores, money, states and problems are
     * the same either way (SelfEvaluationSummaryLeanReadTest compares them); a sheet of a project read for scoring
     * lacks the project's texts (its goal), so only its summary row and its department line are used.
     */
    private List<EvaluatedProject> scored(Caller caller, List<ProjectDetails> details) {
        if (details.isEmpty()) {
            return List.of();
        }
        ScoringReads read = read(details);
        List<EvaluatedProject> sheets = new ArrayList<>(details.size());
        for (ProjectDetails p : details) {
            sheets.add(sheet(caller, p, read));
        }
        return sheets;
    }

    /**
     * What scoring projects reads besides the projects, for all of them at once: their saved sheets by project, the
     * sheets' entries by evaluation and what their years' reports say by project.
     */
    private record ScoringReads(Map<Long, SelfEvaluation> saved, Map<Long, List<SelfEvaluationLine>> entries,
                                Map<Long, YearEndFigures> figures) {

        List<SelfEvaluationLine> lines(SelfEvaluation s) {
            return s == null ? List.of() : entries.getOrDefault(s.id(), List.of());
        }
    }

    private ScoringReads read(List<ProjectDetails> details) {
        if (details.isEmpty()) {
            return new ScoringReads(Map.of(), Map.of(), Map.of());
        }
        List<Long> detailIds = details.stream().map(ProjectDetails::id).toList();
        Map<Long, SelfEvaluation> saved = evaluations.findByProjectIdIn(detailIds).stream()
                .collect(Collectors.toMap(SelfEvaluation::projectId, Function.identity()));
        List<Long> evaluationIds = saved.values().stream().map(SelfEvaluation::id).toList();
        Map<Long, List<SelfEvaluationLine>> savedLines = evaluationIds.isEmpty() ? Map.of()
                : lines.findByEvaluationIdIn(evaluationIds).stream()
                .collect(Collectors.groupingBy(SelfEvaluationLine::evaluationId));
        Map<Long, YearEndFigures> figures = reports.of(details.stream()
                .collect(Collectors.toMap(ProjectDetails::id, ProjectDetails::year)));
        return new ScoringReads(saved, savedLines, figures);
    }

    private EvaluatedProject sheet(Caller caller, ProjectDetails p, ScoringReads read) {
        SelfEvaluation s = read.saved().get(p.id());
        return new EvaluatedProject(p, SelfEvaluationSheets.assemble(engines.of(p.kind()), p, s, read.lines(s),
                read.figures().get(p.id()), editable(caller, s), departmentInputs(p, s)));
    }

    /** The rulebook's grade labels, best first: the columns of a summary's grade distribution. */
    public List<String> gradeLabels() {
        return engines.project().rulebook().gradeBands().stream().map(b -> Messages.text(b.labelKey())).toList();
    }

    /** Whether the caller may change the entries: the bureau until it submits, finance until it approves. */
    static boolean editable(Caller caller, SelfEvaluation saved) {
        EvaluationStatus status = saved == null ? EvaluationStatus.NOT_STARTED : saved.status();
        return switch (status) {
            case NOT_STARTED, DRAFT, RETURNED -> true;
            case SUBMITTED -> caller.isFinance();
            case APPROVED -> false;
        };
    }

    private SelfEvaluationView view(Caller caller, ProjectDetails project) {
        return view(caller, project, evaluations.findByProjectId(project.id()).orElse(null));
    }

    private SelfEvaluationView view(Caller caller, ProjectDetails project, SelfEvaluation saved) {
        // A saved sheet still needs the reports for indicators the project gained after it was saved.
        YearEndFigures figures = reports.of(Map.of(project.id(), project.year())).get(project.id());
        return SelfEvaluationSheets.assemble(engines.of(project.kind()), project, saved,
                saved == null ? List.of() : lines.findByEvaluationId(saved.id()), figures, editable(caller, saved),
                departmentInputs(project, saved));
    }

    /**
     * A department target's own inputs: its tasks with the saved entries and its projects as their sheets stand,
     * read for the whole department whoever asks (the caller was checked against the target); null for a project.
     */
    private SelfEvaluationSheets.DepartmentInputs departmentInputs(ProjectDetails project, SelfEvaluation saved) {
        if (!ProjectKind.DEPARTMENT.name().equals(project.kind())) {
            return null;
        }
        MoneyUnit unit = MoneyUnit.parse(project.moneyUnit()).orElse(MoneyUnit.YUAN);
        List<DepartmentSheet.Task> tasks = new ArrayList<>();
        for (int i = 0; i < project.keyTasks().size(); i++) {
            ProjectDetails.KeyTaskView k = project.keyTasks().get(i);
            tasks.add(new DepartmentSheet.Task(i + 1, k.name(), k.content(), k.expectedGoal(), yuan(k.funds(), unit)));
        }
        // approved: the projects as they were then (a sheet approved before V16 recorded none and reads them live)
        List<DepartmentPart.ProjectLine> lines = saved != null && saved.status() == EvaluationStatus.APPROVED
                ? frozenProjects.findByEvaluationIdOrderByPosition(saved.id()).stream().map(FrozenProjectLine::line).toList()
                : List.of();
        if (lines.isEmpty()) {
            lines = scored(DEPARTMENT_READER, projects.getAllForScoring(DEPARTMENT_READER,
                    projects.departmentProjectIds(project))).stream()
                    .map(EvaluatedProject::departmentLine)
                    .toList();
        }
        BudgetSummary summary = project.budgetSummary();
        return new SelfEvaluationSheets.DepartmentInputs(tasks,
                saved == null ? List.of() : keyTaskResults.findByEvaluationIdOrderByPosition(saved.id()), lines,
                summary == null ? null : yuan(summary.basic(), unit), summary == null ? null : yuan(summary.project(), unit));
    }

    private static BigDecimal yuan(String amount, MoneyUnit unit) {
        BigDecimal n = amount == null ? null : Numbers.parse(amount);
        return n == null ? null : unit.toYuan(n);
    }

    private static void requireEditable(Caller caller, SelfEvaluation current) {
        if (!editable(caller, current)) {
            throw new ForbiddenException(readOnlyReason(current.status()));
        }
    }

    /** Why a sheet in this state cannot be changed by someone for whom it is not {@link #editable}. */
    public static String readOnlyReason(EvaluationStatus status) {
        return Messages.text(status == EvaluationStatus.APPROVED
                ? "evaluation.workflow.approvedReadOnly" : "evaluation.workflow.submittedReadOnly");
    }

    /**
     * The version the caller started from must be the stored one, so that a sheet saved meanwhile is not
     * overwritten (409). Saving must name it once a sheet exists; a workflow step checks it when given.
     */
    private static void requireVersion(Long version, boolean required, SelfEvaluation current, SelfEvaluationView now) {
        Long stored = current == null ? null : current.version();
        boolean stale = current == null ? version != null
                : (version != null || required) && !Objects.equals(version, stored);
        if (stale) {
            throw new ConflictException(Messages.text("evaluation.workflow.stale",
                    Versions.shown(version), Versions.shown(stored)), now);
        }
    }

    private static void requireComplete(SelfEvaluationView sheet) {
        if (!sheet.problems().isEmpty()) {
            throw new InvalidInputException(sheet.problems().stream()
                    .map(p -> new Problem(p.indicatorIndex() == null ? p.field()
                            : "indicators[" + p.indicatorIndex() + "]." + p.field(), p.message()))
                    .toList());
        }
    }

    private SelfEvaluation reviewable(Caller caller, ProjectDetails project, Long version) {
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("evaluation.workflow.financeOnly"));
        }
        SelfEvaluation current = evaluations.findByProjectId(project.id()).orElse(null);
        if (current == null || current.status() != EvaluationStatus.SUBMITTED) {
            EvaluationStatus status = current == null ? EvaluationStatus.NOT_STARTED : current.status();
            throw new ConflictException(Messages.text("evaluation.workflow.notSubmitted", status.label()),
                    view(caller, project, current));
        }
        requireVersion(version, false, current, view(caller, project, current));
        return current;
    }

    private SelfEvaluationView transition(Caller caller, ProjectDetails project, SelfEvaluation current,
                                          SelfEvaluationView before, String action, SelfEvaluation next) {
        try {
            evaluations.update(next);
        } catch (OptimisticLockException e) {
            throw stale(caller, project);
        }
        SelfEvaluationView after = view(caller, project);
        audit.transition(caller, action, record(project, after), workflow(before), workflow(after));
        NotificationKind kind = "APPROVE".equals(action) ? NotificationKind.EVALUATION_APPROVED
                : "RETURN".equals(action) ? NotificationKind.EVALUATION_RETURNED : null;
        if (kind != null) {
            // the version makes each review its own event: a sheet returned twice is told twice
            notifications.toBureauOf(project.unitId(), kind, kind.name() + ":P" + project.id() + ":v" + after.version(),
                    Messages.text("notification.title." + kind.name(), project.name(), project.year()),
                    next.comment() == null ? null : Messages.text("notification.comment", next.comment()),
                    "/projects/" + project.id() + "/evaluation", project.id(), null);
        }
        return after;
    }

    private ConflictException stale(Caller caller, ProjectDetails project) {
        return new ConflictException(Messages.text("evaluation.workflow.changedMeanwhile"), view(caller, project));
    }

    private static AuditedRecord record(ProjectDetails project, SelfEvaluationView sheet) {
        return new AuditedRecord(AUDIT_TYPE, sheet.id(), project.name(), project.unitId());
    }

    private static Map<String, Object> workflow(SelfEvaluationView sheet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", sheet.status());
        m.put("comment", sheet.comment());
        m.put("total", sheet.total());
        m.put("grade", sheet.grade());
        return m;
    }

    /** What the trail compares on a save: the money block, the text, every indicator's entries, and the result. */
    private static Map<String, Object> snapshot(SelfEvaluationView sheet) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SelfEvaluationView.MoneyRow row : sheet.money()) {
            if (!row.source().equals("TOTAL")) {
                String key = row.source().toLowerCase();
                m.put(key + "InitialYuan", row.initialYuan());
                m.put(key + "FullYearYuan", row.fullYearYuan());
                m.put(key + "ExecutedYuan", row.executedYuan());
            }
        }
        m.put("achievement", sheet.achievement());
        for (SelfEvaluationView.IndicatorRow row : sheet.indicators()) {
            m.put("indicator:" + row.level1() + "/" + row.level2() + "/" + row.name(), String.join(" | ",
                    row.actual() == null ? "" : row.actual().stripTrailingZeros().toPlainString(),
                    Objects.toString(row.actualText(), ""), Objects.toString(row.gradeLabel(), ""),
                    row.evaluatorScore() == null ? "" : row.evaluatorScore().toPlainString(),
                    Objects.toString(row.deviationReason(), "")));
        }
        if (sheet.department() != null) {
            for (DepartmentPart.KeyTaskRow t : sheet.department().keyTasks()) {
                m.put("keyTask:" + t.position() + " " + t.name(), String.join(" | ",
                        t.executedYuan() == null ? "" : t.executedYuan().toPlainString(),
                        Objects.toString(t.completion(), ""), Objects.toString(t.gradeLabel(), "")));
            }
        }
        m.put("total", sheet.total());
        m.put("grade", sheet.grade());
        return m;
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String text(String s) {
        return SelfEvaluationRules.text(s);
    }
}
