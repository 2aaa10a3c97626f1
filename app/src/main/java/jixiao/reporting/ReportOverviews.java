package jixiao.reporting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import jixiao.common.Messages;
import jixiao.project.SpendPlan;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.SPEND_PLAN_POINT;
import static jixiao.db.Tables.UNIT;

/** Where reporting stands for a period: per project of a unit, and per unit for finance's start page. */
@Singleton
public class ReportOverviews {

    /** The status of a project that has no report for the period. */
    public static final String NOT_REPORTED = "NONE";

    private final UnitService units;
    private final ReportingPeriods periods;
    private final DSLContext db;
    private final Clock clock;

    ReportOverviews(UnitService units, ReportingPeriods periods, DSLContext db, Clock clock) {
        this.units = units;
        this.periods = periods;
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param overdue the deadline has passed and some project has not handed its report in
     * @param counts  how many projects are in each status, 未填报 first
     */
    @Introspected
    public record UnitOverview(UnitView unit, ReportingPeriodView period, boolean overdue, List<ProjectRow> rows,
                               List<StatusCount> counts) {
    }

    /**
     * One project's line: its report status ({@link #NOT_REPORTED} or a {@link ReportStatus}), amounts in 元
     * and percentages with two decimals; null where nothing was reported.
     *
     * @param decreased the bureau reported less cumulative spend than before and gave a reason
     */
    @Introspected
    public record ProjectRow(long projectId, String kind, String code, String name, String budgetYuan, String spentYuan,
                             String plannedPercent, String executionPercent, String lagPoints, String status,
                             String statusLabel, boolean decreased, Long version) {

        /** The bureau may still change the report: not reported yet, a draft, or returned. */
        public boolean open() {
            return NOT_REPORTED.equals(status) || ReportStatus.valueOf(status).openToBureau();
        }
    }

    @Introspected
    public record StatusCount(String status, String label, int count) {
    }

    /** A unit's line on the start page. */
    @Introspected
    public record UnitCount(String unitCode, String unitName, int projects, int notReported, int draft, int submitted,
                            int returned, int approved) {
    }

    /**
     * One reporting period of a project: its report's status ({@link #NOT_REPORTED} or a
     * {@link ReportStatus}) and the address of its form.
     */
    @Introspected
    public record PeriodLine(String period, String label, String deadline, String status, String statusLabel, String href) {
    }

    /** Each reporting period of the project's year, for the project page; the caller may see the project. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<PeriodLine> periodsOf(long projectId, int year) {
        Map<Long, String> statuses = new HashMap<>();
        db.select(PERIOD_REPORT.PERIOD_ID, PERIOD_REPORT.STATUS).from(PERIOD_REPORT).where(PERIOD_REPORT.PROJECT_ID.eq(projectId))
                .forEach(r -> statuses.put(r.value1(), r.value2()));
        List<PeriodLine> out = new ArrayList<>();
        for (ReportingPeriod p : periods.ofYear(year)) {
            String status = statuses.getOrDefault(p.id(), NOT_REPORTED);
            out.add(new PeriodLine(p.code(), p.label(), p.deadline().toString(), status, label(status),
                    ReportPageController.formPath(projectId, p.code())));
        }
        return out;
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public UnitOverview unit(Caller caller, String unitCode, String periodCode) {
        UnitView unit = units.require(caller, unitCode);
        ReportingPeriod period = periods.require(periodCode);
        var records = db.select(BUDGET_PROJECT.ID, BUDGET_PROJECT.KIND, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME,
                        BUDGET_PROJECT.BUDGET_YUAN, PERIOD_REPORT.STATUS, PERIOD_REPORT.SPENT_YUAN,
                        PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, PERIOD_REPORT.SPEND_DECREASE_REASON, PERIOD_REPORT.VERSION)
                .from(BUDGET_PROJECT)
                .leftJoin(PERIOD_REPORT).on(PERIOD_REPORT.PROJECT_ID.eq(BUDGET_PROJECT.ID).and(PERIOD_REPORT.PERIOD_ID.eq(period.id())))
                .where(BUDGET_PROJECT.UNIT_ID.eq(unit.id()))
                .and(UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID))
                .and(BUDGET_PROJECT.FISCAL_YEAR.eq(period.fiscalYear()))
                .orderBy(BUDGET_PROJECT.KIND.desc(), BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME)
                .fetch();
        Map<Long, List<SpendPlan.Checkpoint>> plans = new HashMap<>();
        db.select(SPEND_PLAN_POINT.PROJECT_ID, SPEND_PLAN_POINT.MONTH, SPEND_PLAN_POINT.PERCENT).from(SPEND_PLAN_POINT)
                .where(SPEND_PLAN_POINT.PROJECT_ID.in(records.getValues(BUDGET_PROJECT.ID)))
                .forEach(r -> plans.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new SpendPlan.Checkpoint(r.value2(), r.value3())));
        Map<String, Integer> counts = new HashMap<>();
        List<ProjectRow> rows = new ArrayList<>();
        for (var r : records) {
            long id = r.get(BUDGET_PROJECT.ID);
            BigDecimal adjusted = r.get(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN);
            BigDecimal budget = adjusted != null ? adjusted : r.get(BUDGET_PROJECT.BUDGET_YUAN);
            BigDecimal spent = r.get(PERIOD_REPORT.SPENT_YUAN);
            SpendProgress figures = SpendProgress.of(new SpendPlan(plans.getOrDefault(id, List.of())), period.fiscalYear(),
                    period.periodEnd(), budget, spent);
            String status = r.get(PERIOD_REPORT.STATUS) == null ? NOT_REPORTED : r.get(PERIOD_REPORT.STATUS);
            counts.merge(status, 1, Integer::sum);
            rows.add(new ProjectRow(id, r.get(BUDGET_PROJECT.KIND), r.get(BUDGET_PROJECT.CODE), r.get(BUDGET_PROJECT.NAME),
                    ReportRules.money(budget), ReportRules.money(spent), figures.plannedPercent().toPlainString(),
                    plain(figures.executionPercent()), plain(figures.lagPoints()), status, label(status),
                    r.get(PERIOD_REPORT.SPEND_DECREASE_REASON) != null, r.get(PERIOD_REPORT.VERSION)));
        }
        List<StatusCount> statusCounts = new ArrayList<>();
        statusCounts.add(new StatusCount(NOT_REPORTED, label(NOT_REPORTED), counts.getOrDefault(NOT_REPORTED, 0)));
        for (ReportStatus s : ReportStatus.values()) {
            statusCounts.add(new StatusCount(s.name(), s.label(), counts.getOrDefault(s.name(), 0)));
        }
        boolean missing = rows.stream().anyMatch(r -> NOT_REPORTED.equals(r.status()) || !ReportStatus.valueOf(r.status()).handedIn());
        return new UnitOverview(unit, ReportingPeriodView.of(period), missing && LocalDate.now(clock).isAfter(period.deadline()),
                rows, statusCounts);
    }

    /** For each unit the caller sees that has projects in the period's year: how far its reports are. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<UnitCount> summary(Caller caller, String periodCode) {
        ReportingPeriod period = periods.require(periodCode);
        Field<Integer> projects = DSL.count(BUDGET_PROJECT.ID);
        Field<Integer> saved = DSL.count(PERIOD_REPORT.ID);
        Field<Integer> draft = countOf(ReportStatus.DRAFT);
        Field<Integer> submitted = countOf(ReportStatus.SUBMITTED);
        Field<Integer> returned = countOf(ReportStatus.RETURNED);
        Field<Integer> approved = countOf(ReportStatus.APPROVED);
        return db.select(UNIT.CODE, UNIT.NAME, projects, saved, draft, submitted, returned, approved)
                .from(BUDGET_PROJECT).join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .leftJoin(PERIOD_REPORT).on(PERIOD_REPORT.PROJECT_ID.eq(BUDGET_PROJECT.ID).and(PERIOD_REPORT.PERIOD_ID.eq(period.id())))
                .where(BUDGET_PROJECT.FISCAL_YEAR.eq(period.fiscalYear()))
                .and(UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID))
                .groupBy(UNIT.ID, UNIT.CODE, UNIT.NAME)
                .orderBy(UNIT.CODE)
                .fetch(r -> new UnitCount(r.value1(), r.value2(), r.value3(), r.value3() - r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    private static Field<Integer> countOf(ReportStatus status) {
        return DSL.count(DSL.when(PERIOD_REPORT.STATUS.eq(status.name()), DSL.inline(1)));
    }

    static String label(String status) {
        return NOT_REPORTED.equals(status) ? Messages.text("reporting.status.NONE") : ReportStatus.valueOf(status).label();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
