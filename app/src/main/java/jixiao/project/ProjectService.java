package jixiao.project;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.database.JdbcRows;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.common.Versions;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.DEPARTMENT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.SELF_EVALUATION;
import static jixiao.db.Tables.UNIT;

/**
 * The target registry: projects with their spend plans, indicator trees and key tasks. Every
 * method takes the {@link Caller} and sees only the caller's units; a project of another unit is
 * "not found". Each change is one transaction together with its audit entry.
 */
@Singleton
public class ProjectService {

    private final ProjectRepositories.Projects projects;
    private final ProjectRepositories.PlanPoints planPoints;
    private final ProjectRepositories.Indicators indicators;
    private final ProjectRepositories.KeyTasks keyTasks;
    private final ProjectRepositories.BudgetLines budgetLines;
    private final ProjectGuesses guesses;
    private final UnitService units;
    private final FiscalYearSetup years;
    private final AuditTrail audit;
    private final DSLContext db;
    private final Clock clock;

    ProjectService(ProjectRepositories.Projects projects, ProjectRepositories.PlanPoints planPoints,
                   ProjectRepositories.Indicators indicators, ProjectRepositories.KeyTasks keyTasks,
                   ProjectRepositories.BudgetLines budgetLines, ProjectGuesses guesses, UnitService units, FiscalYearSetup years, AuditTrail audit, DSLContext db,
                   Clock clock) {
        this.guesses = guesses;
        this.projects = projects;
        this.planPoints = planPoints;
        this.indicators = indicators;
        this.keyTasks = keyTasks;
        this.budgetLines = budgetLines;
        this.units = units;
        this.years = years;
        this.audit = audit;
        this.db = db;
        this.clock = clock;
    }

    /** Projects visible to the caller, optionally of one year and one unit, in unit and code order. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> list(Caller caller, Integer year, String unitCode) {
        return list(caller, year, unitCode, false);
    }

    /**
     * Projects visible to the caller; with {@code toCheckOnly}, only those with something 待核对 (an
     * open guess or an indicator target to review).
     */
    @Transactional(readOnly = true)
    public List<ProjectSummary> list(Caller caller, Integer year, String unitCode, boolean toCheckOnly) {
        Condition where = UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID);
        if (year != null) {
            where = where.and(BUDGET_PROJECT.FISCAL_YEAR.eq(year));
        }
        if (unitCode != null && !unitCode.isBlank()) {
            where = where.and(UNIT.CODE.eq(unitCode.strip()));
        }
        var indicatorCount = DSL.field(DSL.selectCount().from(INDICATOR).where(INDICATOR.PROJECT_ID.eq(BUDGET_PROJECT.ID)));
        var reviewCount = GuessConditions.targetsToReview(BUDGET_PROJECT.ID);
        var guessCount = GuessConditions.openGuesses(BUDGET_PROJECT.ID);
        if (toCheckOnly) {
            where = where.and(reviewCount.plus(guessCount).gt(0));
        }
        return db.select(BUDGET_PROJECT.ID, BUDGET_PROJECT.KIND, BUDGET_PROJECT.FISCAL_YEAR, UNIT.CODE, UNIT.NAME,
                        BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, BUDGET_PROJECT.MONEY_UNIT, BUDGET_PROJECT.BUDGET_YUAN,
                        indicatorCount, reviewCount, guessCount)
                .from(BUDGET_PROJECT).join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(where)
                .orderBy(BUDGET_PROJECT.FISCAL_YEAR.desc(), UNIT.CODE, BUDGET_PROJECT.KIND.desc(), BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME)
                .fetch(r -> {
                    MoneyUnit unit = MoneyUnit.valueOf(r.get(BUDGET_PROJECT.MONEY_UNIT));
                    return new ProjectSummary(r.get(BUDGET_PROJECT.ID), r.get(BUDGET_PROJECT.KIND), r.get(BUDGET_PROJECT.FISCAL_YEAR),
                            r.get(UNIT.CODE), r.get(UNIT.NAME), r.get(BUDGET_PROJECT.CODE), r.get(BUDGET_PROJECT.NAME),
                            unit.label(), unit.fromYuan(r.get(BUDGET_PROJECT.BUDGET_YUAN)).toPlainString(),
                            r.get(BUDGET_PROJECT.BUDGET_YUAN).toPlainString(), r.get(indicatorCount), r.get(reviewCount), r.get(guessCount));
                });
    }

    /**
     * The projects a department-level target answers for: the year's projects of every unit of the target's
     * department, or of the target's own unit when it belongs to no department, in the order of the project list.
     * The department's evaluation covers them whoever looks at it, so this is not limited to the caller's units;
     * the caller must be allowed to see the target itself.
     */
    @Transactional(readOnly = true)
    public List<Long> departmentProjectIds(ProjectDetails target) {
        Long departmentId = db.select(UNIT.DEPARTMENT_ID).from(UNIT).where(UNIT.ID.eq(target.unitId()))
                .fetchOne(UNIT.DEPARTMENT_ID);
        Condition ofDepartment = departmentId == null ? BUDGET_PROJECT.UNIT_ID.eq(target.unitId())
                : UNIT.DEPARTMENT_ID.eq(departmentId);
        return db.select(BUDGET_PROJECT.ID)
                .from(BUDGET_PROJECT).join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(ofDepartment.and(BUDGET_PROJECT.FISCAL_YEAR.eq(target.year()))
                        .and(BUDGET_PROJECT.KIND.eq(ProjectKind.PROJECT.name())))
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME)
                .fetch(BUDGET_PROJECT.ID);
    }

    /** The years that have projects the caller may see, newest first (for filters). */
    @Transactional(readOnly = true)
    public List<Integer> years(Caller caller) {
        return db.selectDistinct(BUDGET_PROJECT.FISCAL_YEAR).from(BUDGET_PROJECT)
                .where(UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID))
                .orderBy(BUDGET_PROJECT.FISCAL_YEAR.desc())
                .fetch(BUDGET_PROJECT.FISCAL_YEAR);
    }

    @Transactional(readOnly = true)
    public ProjectDetails get(Caller caller, long id) {
        return details(visible(caller, id));
    }

    /**
     * Several projects at once (exports, summaries, the year-end pack), each checked against the caller's scope as
     * {@link #get} checks it, in the order given: one query per table for all of them, not one set per project.
     */
    @Transactional(readOnly = true)
    public List<ProjectDetails> getAll(Caller caller, List<Long> ids) {
        return inBatches(ids, batch -> batch(caller, batch));
    }

    private static List<ProjectDetails> inBatches(List<Long> ids, Function<List<Long>, List<ProjectDetails>> read) {
        List<ProjectDetails> all = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            all.addAll(read.apply(ids.subList(from, Math.min(from + BATCH, ids.size()))));
        }
        return all;
    }

    /** The projects found, in the order of {@code ids}; not found for any missing or out of the caller's scope. */
    private static List<BudgetProject> inOrder(Caller caller, List<Long> ids, Map<Long, BudgetProject> found) {
        List<BudgetProject> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            BudgetProject p = found.get(id);
            if (p == null || !caller.canSee(p.unitId())) {
                throw new NotFoundException("project " + id);
            }
            ordered.add(p);
        }
        return ordered;
    }

    /**
     * The projects of {@link #list(Caller, Integer, String)}, in its order, as {@link #getAllForScoring} reads them.
     * One query for the projects with their units and departments: a unit's summary is asked for again and again,
     * and the list's counts, a second read of the same projects by id and the unit lookups were a third of its
     * statements.
     */
    @Transactional(readOnly = true)
    public List<ProjectDetails> listForScoring(Caller caller, Integer year, String unitCode) {
        Condition where = UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID);
        if (year != null) {
            where = where.and(BUDGET_PROJECT.FISCAL_YEAR.eq(year));
        }
        if (unitCode != null && !unitCode.isBlank()) {
            where = where.and(UNIT.CODE.eq(unitCode.strip()));
        }
        List<BudgetProject> ordered = new ArrayList<>();
        Map<Long, UnitView> unitViews = new HashMap<>();
        List<org.jooq.SelectField<?>> fields = new ArrayList<>(SCORING_HEADER);
        fields.addAll(List.of(UNIT.CODE, UNIT.NAME, DEPARTMENT.NAME));
        int unitColumn = SCORING_HEADER.size() + 1;
        JdbcRows.each(db.select(fields)
                .from(BUDGET_PROJECT).join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(UNIT.DEPARTMENT_ID))
                .where(where)
                .orderBy(BUDGET_PROJECT.FISCAL_YEAR.desc(), UNIT.CODE, BUDGET_PROJECT.KIND.desc(), BUDGET_PROJECT.CODE,
                        BUDGET_PROJECT.NAME), r -> {
            BudgetProject p = scoringHeader(r);
            ordered.add(p);
            if (!unitViews.containsKey(p.unitId())) {
                unitViews.put(p.unitId(), new UnitView(p.unitId(), r.getString(unitColumn),
                        r.getString(unitColumn + 1), r.getString(unitColumn + 2)));
            }
        });
        List<ProjectDetails> all = new ArrayList<>(ordered.size());
        for (int from = 0; from < ordered.size(); from += BATCH) {
            all.addAll(scoringDetails(ordered.subList(from, Math.min(from + BATCH, ordered.size())), unitViews));
        }
        return all;
    }

    /** The columns of a project {@link #scoringHeader} reads, in its order. */
    private static final List<org.jooq.SelectField<?>> SCORING_HEADER = List.of(BUDGET_PROJECT.ID, BUDGET_PROJECT.KIND,
            BUDGET_PROJECT.FISCAL_YEAR, BUDGET_PROJECT.UNIT_ID, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME,
            BUDGET_PROJECT.MONEY_UNIT, BUDGET_PROJECT.BUDGET_YUAN, BUDGET_PROJECT.FISCAL_FUNDS_YUAN,
            BUDGET_PROJECT.OTHER_FUNDS_YUAN, BUDGET_PROJECT.VERSION);

    /** A project's header as scoring reads it: the texts and timestamps left out. */
    private static BudgetProject scoringHeader(ResultSet r) throws SQLException {
        return new BudgetProject(r.getLong(1), ProjectKind.valueOf(r.getString(2)), r.getInt(3), r.getLong(4),
                r.getString(5), r.getString(6), MoneyUnit.valueOf(r.getString(7)), r.getBigDecimal(8),
                r.getBigDecimal(9), r.getBigDecimal(10), null, null, null, null, null, null,
                r.getObject(11, Long.class), null, null);
    }

    /**
     * Several projects as a self-evaluation scores them (summaries of a unit or a year, a department's project lines),
     * checked and ordered as {@link #getAll} and built by the same {@link #assemble}, from only the columns a score,
     * a summary row and a department line read: no spend plan, guesses or warnings, and no texts (purpose, goal,
     * measures, indicator descriptions, period targets, bases). Reading and checking those was most of scoring a
     * year (a guess query, regular expressions over every target, long texts), and the entity mapping of Micronaut
     * Data most of the rest: the two big tables are read here with jOOQ's SQL and plain JDBC getters. Not for showing
     * or exporting a project.
     */
    @Transactional(readOnly = true)
    public List<ProjectDetails> getAllForScoring(Caller caller, List<Long> ids) {
        return inBatches(ids, batch -> batchForScoring(caller, batch));
    }

    private List<ProjectDetails> batchForScoring(Caller caller, List<Long> ids) {
        Map<Long, BudgetProject> found = new HashMap<>();
        JdbcRows.each(db.select(SCORING_HEADER).from(BUDGET_PROJECT).where(BUDGET_PROJECT.ID.in(ids)), r -> {
            BudgetProject p = scoringHeader(r);
            found.put(p.id(), p);
        });
        List<BudgetProject> ordered = inOrder(caller, ids, found);
        return scoringDetails(ordered, units.byIds(ordered.stream().map(BudgetProject::unitId).distinct().toList()));
    }

    /** Projects (at most a batch) with their indicators, and a department target's tasks and budget summary. */
    private List<ProjectDetails> scoringDetails(List<BudgetProject> ordered, Map<Long, UnitView> unitViews) {
        List<Long> ids = ordered.stream().map(BudgetProject::id).toList();
        Map<Long, List<Indicator>> indicatorRows = new HashMap<>();
        JdbcRows.each(db.select(INDICATOR.ID, INDICATOR.PROJECT_ID, INDICATOR.POSITION, INDICATOR.LEVEL1,
                        INDICATOR.LEVEL2, INDICATOR.NAME, INDICATOR.TARGET_TEXT, INDICATOR.TARGET_KIND,
                        INDICATOR.TARGET_COMPARATOR, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_UNIT,
                        INDICATOR.TARGET_DIRECTION, INDICATOR.TARGET_NEEDS_REVIEW, INDICATOR.TARGET_NOTE, INDICATOR.WEIGHT)
                // in the order of ix_indicator_project: no sort of the batch's rows by position alone
                .from(INDICATOR).where(INDICATOR.PROJECT_ID.in(ids)).orderBy(INDICATOR.PROJECT_ID, INDICATOR.POSITION), r -> {
            long projectId = r.getLong(2);
            String comparator = r.getString(9);
            String direction = r.getString(12);
            indicatorRows.computeIfAbsent(projectId, k -> new ArrayList<>()).add(new Indicator(r.getLong(1),
                    projectId, r.getInt(3), r.getString(4), r.getString(5), r.getString(6), null, r.getString(7),
                    null, ValueKind.valueOf(r.getString(8)),
                    comparator == null ? null : jixiao.indicatorvalue.Comparator.valueOf(comparator),
                    Numbers.normalizedText(r.getString(10)), r.getString(11),
                    direction == null ? null : Direction.valueOf(direction), r.getBoolean(13), r.getString(14), null,
                    Numbers.normalizedText(r.getString(15))));
        });
        // only a department target's sheet reads its key tasks and budget summary (few rows: the repositories do)
        List<Long> departments = ordered.stream().filter(p -> p.kind() == ProjectKind.DEPARTMENT).map(BudgetProject::id)
                .toList();
        Map<Long, List<KeyTask>> tasks = departments.isEmpty() ? Map.of()
                : keyTasks.findByProjectIdInOrderByPosition(departments).stream()
                .collect(Collectors.groupingBy(KeyTask::projectId));
        Map<Long, List<DepartmentBudgetLine>> lines = departments.isEmpty() ? Map.of()
                : budgetLines.findByProjectIdIn(departments).stream()
                .collect(Collectors.groupingBy(DepartmentBudgetLine::projectId));
        return ordered.stream()
                .map(p -> assemble(p, unitViews.get(p.unitId()), List.of(),
                        indicatorRows.getOrDefault(p.id(), List.of()), tasks.getOrDefault(p.id(), List.of()),
                        lines.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** Ids per query of {@link #getAll}: a province's summary asks for 200,000, far past a statement's placeholders. */
    private static final int BATCH = 1000;

    private List<ProjectDetails> batch(Caller caller, List<Long> ids) {
        Map<Long, BudgetProject> found = projects.findByIdIn(ids).stream()
                .collect(Collectors.toMap(BudgetProject::id, p -> p));
        List<BudgetProject> ordered = inOrder(caller, ids, found);
        Map<Long, UnitView> unitViews = units.byIds(ordered.stream().map(BudgetProject::unitId).distinct().toList());
        Map<Long, List<SpendPlanPoint>> plans = planPoints.findByProjectIdInOrderByMonth(ids).stream()
                .collect(Collectors.groupingBy(SpendPlanPoint::projectId));
        Map<Long, List<Indicator>> indicatorRows = indicators.findByProjectIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(Indicator::projectId));
        Map<Long, List<KeyTask>> tasks = keyTasks.findByProjectIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(KeyTask::projectId));
        List<Long> departments = ordered.stream().filter(p -> p.kind() == ProjectKind.DEPARTMENT).map(BudgetProject::id)
                .toList();
        Map<Long, List<DepartmentBudgetLine>> lines = departments.isEmpty() ? Map.of()
                : budgetLines.findByProjectIdIn(departments).stream()
                .collect(Collectors.groupingBy(DepartmentBudgetLine::projectId));
        List<ProjectDetails> assembled = ordered.stream()
                .map(p -> assemble(p, unitViews.get(p.unitId()), plans.getOrDefault(p.id(), List.of()),
                        indicatorRows.getOrDefault(p.id(), List.of()), tasks.getOrDefault(p.id(), List.of()),
                        lines.getOrDefault(p.id(), List.of())))
                .toList();
        return guesses.withGuesses(assembled).stream().map(ProjectService::withWarnings).toList();
    }

    @Transactional
    public ProjectDetails create(Caller caller, ProjectInput input) {
        ProjectDraft draft = accept(input);
        UnitView unit = units.findOrCreate(caller, draft.unitCode(), draft.unitName(), draft.departmentName());
        requireUnique(caller, draft, unit, null);
        BudgetProject saved = insert(draft, unit);
        ProjectDetails created = details(saved);
        audit.created(caller, record(created), snapshot(created));
        return created;
    }

    @Transactional
    public ProjectDetails update(Caller caller, long id, ProjectInput input) {
        BudgetProject current = visible(caller, id);
        ProjectDetails before = details(current);
        if (input.version() != null && !input.version().equals(current.version())) {
            throw new ConflictException(Messages.text("project.staleVersion", Versions.shown(input.version()), Versions.shown(current.version())), before);
        }
        input = keepingBudgetSummary(input, before);
        ProjectDraft draft = accept(input);
        UnitView unit = units.findOrCreate(caller, draft.unitCode(), draft.unitName(), draft.departmentName());
        requireUnique(caller, draft, unit, id);
        ProjectDetails after = details(replace(current, draft, unit));
        audit.updated(caller, record(after), snapshot(before), snapshot(after));
        return clearCorrected(caller, before, after);
    }

    /**
     * A person who changes a guessed field on the form has corrected it: its guess is cleared. A field
     * saved unchanged keeps its guess, since saving the form is no confirmation of every field on it.
     */
    private ProjectDetails clearCorrected(Caller caller, ProjectDetails before, ProjectDetails after) {
        boolean cleared = false;
        for (GuessView g : before.openGuesses()) {
            GuessedField field = GuessedField.parse(g.field());
            if (field == null || field == GuessedField.INDICATOR_TARGET
                    || Objects.equals(field.valueIn(before), field.valueIn(after))) {
                continue;
            }
            if (guesses.clear(after.id(), field, caller, ProjectGuesses.CORRECTED)) {
                auditGuess(caller, after, "CORRECT_GUESS", g, field.valueIn(after));
                cleared = true;
            }
        }
        return cleared ? details(projects.findById(after.id()).orElseThrow()) : after;
    }

    /**
     * Confirms the open guess on a field of a project the caller may see (a person checked the
     * value against the published table); audited.
     */
    @Transactional
    public ProjectDetails confirmGuess(Caller caller, long id, GuessedField field) {
        ProjectDetails p = details(visible(caller, id));
        GuessView open = field == null ? null : guesses.open(p, field);
        if (open == null) {
            throw new NotFoundException("guess " + field + " of project " + id);
        }
        guesses.clear(id, field, caller, ProjectGuesses.CONFIRMED);
        auditGuess(caller, p, "CONFIRM_GUESS", open, open.guessedValue());
        return details(visible(caller, id));
    }

    /** Confirms how an indicator's target value was read (clears its review flag); audited. */
    @Transactional
    public ProjectDetails confirmTarget(Caller caller, long id, long indicatorId) {
        ProjectDetails p = details(visible(caller, id));
        ProjectDetails.IndicatorView indicator = p.indicators().stream()
                .filter(i -> i.id() == indicatorId && i.targetValue().needsReview()).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator " + indicatorId + " to review in project " + id));
        GuessView open = p.openGuesses().stream().filter(g -> Long.valueOf(indicatorId).equals(g.indicatorId())).findFirst().orElseThrow();
        guesses.confirmTarget(id, indicator, caller);
        auditGuess(caller, p, "CONFIRM_GUESS", open, open.guessedValue());
        return details(visible(caller, id));
    }

    /** 全部确认: every open guess of the project, fields and indicator targets. */
    @Transactional
    public ProjectDetails confirmAll(Caller caller, long id) {
        ProjectDetails p = details(visible(caller, id));
        for (GuessView g : p.openGuesses()) {
            if (g.indicatorId() != null) {
                confirmTarget(caller, id, g.indicatorId());
            } else {
                confirmGuess(caller, id, GuessedField.parse(g.field()));
            }
        }
        return details(visible(caller, id));
    }

    private void auditGuess(Caller caller, ProjectDetails p, String action, GuessView g, String value) {
        String key = "guess:" + g.label();
        audit.transition(caller, action, record(p), Map.of(key, g.note()),
                Map.of(key, Messages.text("guess.audit." + action, value == null ? "" : value)));
    }

    /**
     * Creates the project, or updates the one of the same unit and year with the same code (or the
     * same name where there is no code). Used by imports, which re-import published tables.
     */
    @Transactional
    public Upserted upsert(Caller caller, ProjectInput input) {
        // A source that states its values (a filled-in workbook) corrects what it changes, like the form.
        Stored stored = upsertProject(caller, input);
        ProjectDetails after = stored.before() == null ? stored.after() : clearCorrected(caller, stored.before(), stored.after());
        return new Upserted(after, stored.change());
    }

    /**
     * As {@link #upsert(Caller, ProjectInput)}, storing what the import guessed: open guesses the
     * new reading no longer makes are dropped, the others kept or opened.
     */
    @Transactional
    public Upserted upsert(Caller caller, ProjectInput input, List<FieldGuess> guessed) {
        Stored stored = upsertProject(caller, input);
        guesses.recordImport(stored.after(), guessed);
        return new Upserted(details(projects.findById(stored.after().id()).orElseThrow()), stored.change());
    }

    /** @param before null when the project was created */
    private record Stored(ProjectDetails before, ProjectDetails after, Upserted.Change change) {
    }

    private Stored upsertProject(Caller caller, ProjectInput input) {
        ProjectDraft draft = accept(input);
        UnitView unit = units.findOrCreate(caller, draft.unitCode(), draft.unitName(), draft.departmentName());
        Optional<BudgetProject> existing = draft.code() != null
                ? projects.findByFiscalYearAndCode(draft.year(), draft.code()).filter(p -> p.unitId().equals(unit.id()))
                : projects.findByUnitIdAndFiscalYearAndName(unit.id(), draft.year(), draft.name());
        if (existing.isEmpty()) {
            requireUnique(caller, draft, unit, null);
            ProjectDetails created = details(insert(draft, unit));
            audit.created(caller, record(created), snapshot(created));
            return new Stored(null, created, Upserted.Change.CREATED);
        }
        ProjectDetails before = details(existing.get());
        input = keepingBudgetSummary(input, before);
        draft = accept(input);
        requireUnique(caller, draft, unit, existing.get().id());
        if (sameContent(before.toInput(), input)) {
            // Re-importing an unchanged table (an export imported back) must not bump the version
            // under someone's open edit form, nor fill the audit trail with empty changes.
            return new Stored(before, before, Upserted.Change.UNCHANGED);
        }
        ProjectDetails after = details(replace(existing.get(), draft, unit));
        audit.updated(caller, record(after), snapshot(before), snapshot(after));
        return new Stored(before, after, Upserted.Change.UPDATED);
    }

    /**
     * An input that does not mention the budget summary (a workbook, a script written before it existed, a table
     * that prints none) leaves the stored one as it is; an empty summary clears it.
     */
    private static ProjectInput keepingBudgetSummary(ProjectInput input, ProjectDetails before) {
        return input.budgetSummary() == null && before.budgetSummary() != null
                ? input.withBudgetSummary(before.budgetSummary()) : input;
    }

    /** The project as stored, and whether the upsert created it, changed it, or found it as it was. */
    public record Upserted(ProjectDetails project, Change change) {

        public enum Change { CREATED, UPDATED, UNCHANGED }

        public boolean created() {
            return change == Change.CREATED;
        }
    }

    /**
     * Whether storing {@code input} would leave the project as it is: both are read by the same rules,
     * ignoring what the registry keeps elsewhere (unit names, indicator ids, the version) and how a
     * number happens to be written (25 or 25.0).
     */
    private static boolean sameContent(ProjectInput stored, ProjectInput input) {
        ProjectRules.Result a = ProjectRules.check(comparable(stored));
        ProjectRules.Result b = ProjectRules.check(comparable(input));
        return a.accepted() && b.accepted() && a.draft().equals(b.draft());
    }

    private static ProjectInput comparable(ProjectInput in) {
        return new ProjectInput(in.year(), in.unitCode(), null, null, in.kind(), in.code(), in.name(), in.moneyUnit(),
                in.budget(), in.fiscalFunds(), in.otherFunds(), in.purpose(), in.goal(), in.measures(), in.attribute(),
                in.term(), in.managingOffice(),
                in.spendPlan() == null ? null : in.spendPlan().stream()
                        .map(p -> p == null ? null : new ProjectInput.PlanPoint(p.month(), Numbers.normalized(p.percent())))
                        .toList(),
                in.indicators() == null ? null : in.indicators().stream()
                        .map(i -> i == null ? null : new ProjectInput.IndicatorLine(null, i.level1(), i.level2(), i.name(),
                                i.description(), i.target(), i.periodTarget(), i.basis(), normalizedNumber(i.weight())))
                        .toList(),
                in.keyTasks(), null, in.budgetSummary());
    }

    private static String normalizedNumber(String text) {
        BigDecimal n = text == null || text.isBlank() ? null : Numbers.parse(text);
        return n == null ? text : Numbers.plain(n);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        BudgetProject current = visible(caller, id);
        List<String> reported = reportedPeriods(id);
        if (!reported.isEmpty()) {
            throw new InvalidInputException("id", Messages.text("reporting.projectHasReports", current.name(), String.join("、", reported)));
        }
        requireNotEvaluated(current);
        ProjectDetails before = details(current);
        audit.deleted(caller, record(before), snapshot(before));
        projects.delete(current);
    }

    private BudgetProject visible(Caller caller, long id) {
        Optional<BudgetProject> found = caller.seesAllUnits()
                ? projects.findById(id)
                : projects.findByIdAndUnitIdIn(id, caller.unitIds());
        return found.orElseThrow(() -> new NotFoundException("project " + id));
    }

    /** What is wrong with an input, without storing anything (import previews); empty when acceptable. */
    public List<Problem> problemsOf(ProjectInput input) {
        return ProjectRules.check(input).problems();
    }

    private static ProjectDraft accept(ProjectInput input) {
        ProjectRules.Result result = ProjectRules.check(input);
        if (!result.accepted()) {
            throw new InvalidInputException(result.problems());
        }
        return result.draft();
    }

    /** A code taken in another unit is said to be taken without naming a project the caller may not see. */
    private void requireUnique(Caller caller, ProjectDraft draft, UnitView unit, Long self) {
        List<Problem> problems = new ArrayList<>();
        if (draft.code() != null) {
            projects.findByFiscalYearAndCode(draft.year(), draft.code())
                    .filter(p -> !p.id().equals(self))
                    .ifPresent(p -> problems.add(new Problem("code", caller.canSee(p.unitId())
                            ? Messages.text("project.codeTaken", draft.code(), draft.year(), p.name())
                            : Messages.text("project.codeTakenElsewhere", draft.code(), draft.year()))));
        }
        projects.findByUnitIdAndFiscalYearAndName(unit.id(), draft.year(), draft.name())
                .filter(p -> !p.id().equals(self))
                .ifPresent(p -> problems.add(new Problem("name", Messages.text("project.nameTaken", draft.name(), draft.year()))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private BudgetProject insert(ProjectDraft draft, UnitView unit) {
        years.ensureYear(draft.year());
        LocalDateTime now = LocalDateTime.now(clock);
        BudgetProject saved = projects.save(header(null, null, draft, unit, now, now));
        writeChildren(saved.id(), draft, Map.of());
        guesses.keepTargetConfirmations(saved.id());
        return saved;
    }

    private BudgetProject replace(BudgetProject current, ProjectDraft draft, UnitView unit) {
        requireNotEvaluated(current);
        if (!current.fiscalYear().equals(draft.year())) {
            List<String> reported = reportedPeriods(current.id());
            if (!reported.isEmpty()) {
                throw new InvalidInputException("year", Messages.text("reporting.projectYearFixed",
                        current.fiscalYear(), String.join("、", reported)));
            }
        }
        years.ensureYear(draft.year());
        BudgetProject saved;
        try {
            saved = projects.update(header(current.id(), current.version(), draft, unit, current.createdAt(), LocalDateTime.now(clock)));
        } catch (OptimisticLockException e) {
            throw new ConflictException(Messages.text("project.changedMeanwhile"), details(projects.findById(current.id()).orElseThrow()));
        }
        Map<String, Indicator> existingByKey = new HashMap<>();
        Map<Long, Indicator> existingById = new HashMap<>();
        for (Indicator i : indicators.findByProjectIdOrderByPosition(current.id())) {
            existingById.put(i.id(), i);
            existingByKey.put(i.level1() + "/" + i.level2() + "/" + i.name(), i);
        }
        planPoints.deleteByProjectId(current.id());
        keyTasks.deleteByProjectId(current.id());
        budgetLines.deleteByProjectId(current.id());
        Map<ProjectDraft.IndicatorDraft, Long> keep = new LinkedHashMap<>();
        for (ProjectDraft.IndicatorDraft d : draft.indicators()) {
            Indicator match = d.id() != null ? existingById.get(d.id()) : existingByKey.get(d.key());
            if (match != null && keep.containsValue(match.id())) {
                match = null;
            }
            if (match != null) {
                keep.put(d, match.id());
            }
        }
        List<Long> kept = List.copyOf(keep.values());
        List<Indicator> removed = existingById.values().stream().filter(i -> !kept.contains(i.id())).toList();
        requireUnreported(removed);
        indicators.deleteAll(removed);
        writeChildren(current.id(), draft, keep);
        guesses.keepTargetConfirmations(current.id());
        return saved;
    }

    /**
     * A self-evaluation submitted or approved was scored against these targets; changing them would
     * change an approved score after the fact. Finance returns the evaluation first.
     */
    private void requireNotEvaluated(BudgetProject project) {
        String status = db.select(SELF_EVALUATION.STATUS).from(SELF_EVALUATION)
                .where(SELF_EVALUATION.PROJECT_ID.eq(project.id())).fetchOne(SELF_EVALUATION.STATUS);
        if ("SUBMITTED".equals(status) || "APPROVED".equals(status)) {
            throw new ForbiddenException(Messages.text("project.evaluationLocked", project.name()));
        }
    }

    /** The codes of the periods the project has reports for, in period order. */
    private List<String> reportedPeriods(long projectId) {
        return db.select(REPORTING_PERIOD.CODE).from(PERIOD_REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.eq(projectId))
                .orderBy(REPORTING_PERIOD.CODE)
                .fetch(REPORTING_PERIOD.CODE);
    }

    /** Reported progress must not disappear with its indicator: an edit that drops one is refused. */
    private void requireUnreported(List<Indicator> removed) {
        if (removed.isEmpty()) {
            return;
        }
        Map<Long, List<String>> periodsByIndicator = new HashMap<>();
        db.select(INDICATOR_PROGRESS.INDICATOR_ID, REPORTING_PERIOD.CODE).from(INDICATOR_PROGRESS)
                .join(PERIOD_REPORT).on(PERIOD_REPORT.ID.eq(INDICATOR_PROGRESS.REPORT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(INDICATOR_PROGRESS.INDICATOR_ID.in(removed.stream().map(Indicator::id).toList()))
                .orderBy(REPORTING_PERIOD.CODE)
                .forEach(r -> periodsByIndicator.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<Problem> problems = new ArrayList<>();
        for (Indicator i : removed) {
            List<String> periods = periodsByIndicator.get(i.id());
            if (periods != null) {
                problems.add(new Problem("indicators", Messages.text("reporting.indicatorHasProgress", i.name(), String.join("、", periods))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private BudgetProject header(Long id, Long version, ProjectDraft d, UnitView unit, LocalDateTime created, LocalDateTime updated) {
        return new BudgetProject(id, d.kind(), d.year(), unit.id(), d.code(), d.name(), d.moneyUnit(),
                d.budgetYuan(), d.fiscalFundsYuan(), d.otherFundsYuan(), d.purpose(), d.goal(), d.measures(),
                d.attribute(), d.term(), d.managingOffice(), version, created, updated);
    }

    /** Plan points and key tasks are written anew; indicators keep their ids where matched. */
    private void writeChildren(long projectId, ProjectDraft draft, Map<ProjectDraft.IndicatorDraft, Long> keep) {
        planPoints.saveAll(draft.plan().checkpoints().stream()
                .map(c -> new SpendPlanPoint(null, projectId, c.month(), c.percent()))
                .toList());
        List<Indicator> toInsert = new ArrayList<>();
        List<Indicator> toUpdate = new ArrayList<>();
        int position = 0;
        for (ProjectDraft.IndicatorDraft d : draft.indicators()) {
            TargetValue t = d.target();
            Indicator row = new Indicator(keep.get(d), projectId, position++, d.level1(), d.level2(), d.name(),
                    d.description(), t.text(), d.periodTargetText(), t.kind(), t.comparator(), t.value(), t.unit(),
                    t.direction(), t.needsReview(), t.note(), d.basis(), d.weight());
            (row.id() == null ? toInsert : toUpdate).add(row);
        }
        indicators.updateAll(toUpdate);
        indicators.saveAll(toInsert);
        int taskPosition = 0;
        List<KeyTask> tasks = new ArrayList<>();
        for (ProjectDraft.KeyTaskDraft k : draft.keyTasks()) {
            tasks.add(new KeyTask(null, projectId, taskPosition++, k.name(), k.content(), k.fundsYuan(), k.expectedGoal()));
        }
        keyTasks.saveAll(tasks);
        budgetLines.saveAll(draft.budgetLinesYuan().entrySet().stream()
                .map(e -> new DepartmentBudgetLine(null, projectId, e.getKey(), e.getValue()))
                .toList());
    }

    private ProjectDetails details(BudgetProject p) {
        ProjectDetails details = assemble(p, units.byIds(List.of(p.unitId())).get(p.unitId()),
                planPoints.findByProjectIdOrderByMonth(p.id()), indicators.findByProjectIdOrderByPosition(p.id()),
                keyTasks.findByProjectIdOrderByPosition(p.id()),
                p.kind() == ProjectKind.DEPARTMENT ? budgetLines.findByProjectId(p.id()) : List.of());
        return withWarnings(guesses.withGuesses(List.of(details)).get(0));
    }

    /** A project as stored, from its rows; the one place both {@link #get} and {@link #getAll} build it. */
    private static ProjectDetails assemble(BudgetProject p, UnitView unit, List<SpendPlanPoint> planRows,
                                           List<Indicator> indicatorRows, List<KeyTask> taskRows,
                                           List<DepartmentBudgetLine> budgetLineRows) {
        MoneyUnit mu = p.moneyUnit();
        List<ProjectDetails.PlanPointView> plan = planRows.stream()
                .map(s -> new ProjectDetails.PlanPointView(s.month(), Numbers.normalized(s.percent())))
                .toList();
        List<ProjectDetails.IndicatorView> indicatorViews = indicatorRows.stream()
                .map(i -> new ProjectDetails.IndicatorView(i.id(), i.position(), i.level1(), i.level2(), i.name(),
                        i.description(), i.targetText(), i.periodTargetText(), i.basis(), Numbers.normalized(i.weight()), i.target()))
                .toList();
        List<ProjectDetails.KeyTaskView> tasks = taskRows.stream()
                .map(k -> new ProjectDetails.KeyTaskView(k.name(), k.content(),
                        k.fundsYuan() == null ? null : mu.fromYuan(k.fundsYuan()).toPlainString(), k.expectedGoal()))
                .toList();
        return new ProjectDetails(p.id(), p.version(), p.kind().name(), p.fiscalYear(), p.unitId(),
                unit.code(), unit.name(), unit.departmentName(), p.code(), p.name(), mu.label(),
                mu.fromYuan(p.budgetYuan()).toPlainString(), mu.fromYuan(p.fiscalFundsYuan()).toPlainString(),
                mu.fromYuan(p.otherFundsYuan()).toPlainString(), p.budgetYuan().toPlainString(),
                p.fiscalFundsYuan().toPlainString(), p.otherFundsYuan().toPlainString(),
                p.purpose(), p.goal(), p.measures(), p.attribute(), p.term(), p.managingOffice(),
                plan, indicatorViews, tasks, List.of(), List.of(),
                p.kind() == ProjectKind.DEPARTMENT ? BudgetSummary.shown(budgetLineRows, mu) : null);
    }

    private static ProjectDetails withWarnings(ProjectDetails d) {
        List<String> warnings = new ArrayList<>(TargetQualityChecks.check(d));
        warnings.addAll(BudgetSummary.check(d.budgetSummary(), d.budget(), d.moneyUnit()));
        return new ProjectDetails(d.id(), d.version(), d.kind(), d.year(), d.unitId(), d.unitCode(), d.unitName(),
                d.departmentName(), d.code(), d.name(), d.moneyUnit(), d.budget(), d.fiscalFunds(), d.otherFunds(),
                d.budgetYuan(), d.fiscalFundsYuan(), d.otherFundsYuan(), d.purpose(), d.goal(), d.measures(),
                d.attribute(), d.term(), d.managingOffice(), d.spendPlan(), d.indicators(), d.keyTasks(), warnings,
                d.guesses(), d.budgetSummary());
    }

    private static AuditedRecord record(ProjectDetails p) {
        return new AuditedRecord("PROJECT", p.id(), p.name(), p.unitId());
    }

    /** The fields the audit trail compares: the header, the plan, and each indicator by name. */
    private static Map<String, Object> snapshot(ProjectDetails p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", p.year());
        m.put("unitCode", p.unitCode());
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("moneyUnit", p.moneyUnit());
        m.put("budgetYuan", new BigDecimal(p.budgetYuan()));
        m.put("fiscalFundsYuan", new BigDecimal(p.fiscalFundsYuan()));
        m.put("otherFundsYuan", new BigDecimal(p.otherFundsYuan()));
        m.put("purpose", p.purpose());
        m.put("goal", p.goal());
        m.put("measures", p.measures());
        m.put("attribute", p.attribute());
        m.put("term", p.term());
        m.put("managingOffice", p.managingOffice());
        m.put("spendPlan", p.spendPlan().stream()
                .map(s -> s.month() + ":" + Numbers.plain(s.percent()) + "%").collect(Collectors.joining(" ")));
        for (ProjectDetails.IndicatorView i : p.indicators()) {
            m.put("indicator:" + i.level1() + "/" + i.level2() + "/" + i.name(),
                    i.target() + (i.basis() == null ? "" : " | " + i.basis()) + (i.weight() == null ? "" : " | " + Numbers.plain(i.weight())));
        }
        if (p.budgetSummary() != null) {
            p.budgetSummary().lines().forEach((k, v) -> m.put("budgetLine:" + k.property(), v));
        }
        for (ProjectDetails.KeyTaskView k : p.keyTasks()) {
            m.put("keyTask:" + k.name(), (k.funds() == null ? "" : k.funds()) + " " + (k.content() == null ? "" : k.content()));
        }
        return m;
    }
}
