package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import jixiao.common.Numbers;
import jixiao.database.RenderedOnce;
import jixiao.database.ShortReads;
import jixiao.project.MoneyUnit;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jixiao.project.GuessConditions;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.PROJECT_GUESS;
import static jixiao.db.Tables.PROJECT_LIGHT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.UNIT;
import static jixiao.db.Tables.UNIT_LIGHT;

/**
 * The finance dashboard: the latest light of every project (as the last run left it) summed per
 * unit, and the projects themselves, worst first. Aggregated in SQL.
 */
@Singleton
public class DashboardQueries {

    /**
     * Projects per page, worst first: a dashboard shows the few that need attention at a glance; each row costs
     * its rendering on every request (issue 15's benchmark), the others are a page further.
     */
    public static final int PAGE_SIZE = 25;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One unit's projects by light, money in 万元.
     *
     * @param budgetWan                the budget of all the unit's projects shown, reported or not
     * @param executedPercent          spend ÷ that whole budget: a project that reported no spend counts as 0
     * @param plannedPercent           what the projects' spend plans ask by their figures' dates, weighted by budget
     *                                 (Σ budget × planned % ÷ Σ budget); empty when no project has a planned rate
     * @param reportingProjects        how many of the projects reported spend
     * @param reportingBudgetWan       the budget of those projects
     * @param reportingExecutedPercent spend ÷ the budget of the projects that reported spend; empty when none did
     */
    public record UnitRow(String unitCode, String unitName, int projects, UnitSummary lights, String budgetWan,
                          String spentWan, String executedPercent, String plannedPercent, int reportingProjects,
                          String reportingBudgetWan,
                          String reportingExecutedPercent, int openAlerts) {
    }

    /**
     * One project's latest result, money in the unit its table was published in.
     *
     * @param periodLabel the period whose report the figures come from; empty without a report
     * @param lag         planned − executed, in percentage points; empty without reported spend
     * @param planUnconfirmed the spend plan the money light is judged against is an unconfirmed import guess
     * @param toCheck     open import guesses and target values to review (待核对) of the project
     */
    public record ProjectRow(long projectId, String unitCode, String unitName, @Nullable String code, String name,
                             Light light, String lightLabel, LocalDate asOf, String periodLabel, String moneyUnit,
                             String budget, String spent, String plannedPercent, String executedPercent, String lag,
                             int openAlerts, boolean planUnconfirmed, int toCheck) {
    }

    /** A reporting period, for the export's choice. */
    public record PeriodOption(String code, String label, LocalDate end) {
    }

    private final DSLContext db;
    private final RenderedOnce projectRowsSql;
    private final RenderedOnce projectsStampSql;

    private final ShortReads reads;

    DashboardQueries(DSLContext db, ShortReads reads) {
        this.db = db;
        this.reads = reads;
        this.projectRowsSql = projectRowsSql(db);
        this.projectsStampSql = projectsStampSql(db);
    }

    /**
     * The units' rows in code order from {@code offset}, at most {@code limit} (a page of a province's thousand),
     * from the sums the last run wrote per unit and light (unit_light): a few rows per unit, whatever the number
     * of projects.
     */
    @Transactional(readOnly = true)
    public List<UnitRow> units(Caller caller, int year, @Nullable String unitCode, @Nullable Light light, int offset,
                               int limit) {
        var u = UNIT_LIGHT;
        Field<Integer> projects = DSL.sum(u.PROJECTS).cast(SQLDataType.INTEGER);
        Field<Integer> green = countOf(Light.GREEN);
        Field<Integer> blue = countOf(Light.BLUE);
        Field<Integer> yellow = countOf(Light.YELLOW);
        Field<Integer> red = countOf(Light.RED);
        Field<BigDecimal> budget = DSL.sum(u.BUDGET_YUAN);
        Field<BigDecimal> reportedBudget = DSL.sum(u.REPORTING_BUDGET_YUAN);
        Field<Integer> reporting = DSL.sum(u.REPORTING_PROJECTS).cast(SQLDataType.INTEGER);
        Field<BigDecimal> spent = DSL.sum(u.SPENT_YUAN);
        Field<BigDecimal> alerts = DSL.sum(u.OPEN_ALERTS);
        Field<BigDecimal> plannedBudget = DSL.sum(u.PLANNED_BUDGET_YUAN);
        Field<BigDecimal> plannedYuanPercent = DSL.sum(u.PLANNED_YUAN_PERCENT);
        // the page's units first, in code order from the unit table's index among the units with rows this year;
        // then only their rows are added up (not a thousand units' rows grouped and sorted to keep 25)
        Condition byUnitCode = unitCode == null || unitCode.isBlank() ? DSL.noCondition() : UNIT.CODE.eq(unitCode.strip());
        List<Long> page = db.select(UNIT.ID).from(UNIT)
                .where(UNIT.ID.in(DSL.select(u.UNIT_ID).from(u).where(ownRows(caller, year, light))).and(byUnitCode))
                .orderBy(UNIT.CODE)
                .limit(limit).offset(offset)
                .fetch(UNIT.ID);
        if (page.isEmpty()) {
            return List.of();
        }
        return db.select(UNIT.CODE, UNIT.NAME, projects, green, blue, yellow, red, budget, reporting, reportedBudget, spent,
                        alerts, plannedBudget, plannedYuanPercent)
                .from(u).join(UNIT).on(UNIT.ID.eq(u.UNIT_ID))
                .where(ownRows(caller, year, light).and(u.UNIT_ID.in(page)))
                .groupBy(UNIT.ID, UNIT.CODE, UNIT.NAME)
                .orderBy(UNIT.CODE)
                .fetch(r -> new UnitRow(r.get(UNIT.CODE), r.get(UNIT.NAME), r.get(projects),
                        new UnitSummary(r.get(green), r.get(blue), r.get(yellow), r.get(red)),
                        wan(r.get(budget)), wan(r.get(spent)),
                        percentOf(r.get(spent) == null ? BigDecimal.ZERO : r.get(spent), r.get(budget)),
                        weighted(r.get(plannedYuanPercent), r.get(plannedBudget)), r.get(reporting), wan(r.get(reportedBudget)), percentOf(r.get(spent), r.get(reportedBudget)),
                        r.get(alerts) == null ? 0 : r.get(alerts).intValue()));
    }

    /**
     * One page (1-based) of projects: red first, then yellow, blue, green; within a light by unit and
     * project as entered. The page's ids are read from the index of that order
     * (ix_project_light_list), then only they are joined with their names.
     */
    @Transactional(readOnly = true)
    public List<ProjectRow> projects(Caller caller, int year, @Nullable String unitCode, @Nullable Light light, int page) {
        return projectRows(projectIds(caller, year, unitCode, light, page));
    }

    /** The ids of one page (1-based) of {@link #projects}, read from the index of the list's order. */
    @Transactional(readOnly = true)
    public List<Long> projectIds(Caller caller, int year, @Nullable String unitCode, @Nullable Light light, int page) {
        var l = PROJECT_LIGHT;
        Condition where = UnitScope.visibleTo(caller, l.UNIT_ID).and(l.FISCAL_YEAR.eq(year));
        if (unitCode != null && !unitCode.isBlank()) {
            where = where.and(l.UNIT_ID.eq(DSL.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(unitCode.strip()))));
        }
        if (light != null) {
            where = where.and(SEVERITY.eq(light.severity()));
        }
        return db.select(l.PROJECT_ID).from(l).where(where)
                .orderBy(SEVERITY, l.UNIT_ID, l.PROJECT_ID)
                .limit(PAGE_SIZE).offset((Math.max(1, page) - 1) * PAGE_SIZE)
                .fetch(l.PROJECT_ID);
    }

    /**
     * The projects' rows in the list's order, their latest results joined with what they are now: names, the
     * period's label and the guesses still to check (which change without a monitoring run).
     */
    @Transactional(readOnly = true)
    public List<ProjectRow> projectRows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return projectRowsSql.fetch(db, ids, r -> {
            var l = PROJECT_LIGHT;
            MoneyUnit unit = MoneyUnit.valueOf(r.get(BUDGET_PROJECT.MONEY_UNIT));
            Light lit = Light.valueOf(r.get(l.LIGHT));
            BigDecimal planned = r.get(l.PLANNED_PERCENT);
            BigDecimal executed = r.get(l.EXECUTED_PERCENT);
            BigDecimal spentYuan = r.get(l.SPENT_YUAN);
            return new ProjectRow(r.get(l.PROJECT_ID), r.get(UNIT.CODE), r.get(UNIT.NAME), r.get(BUDGET_PROJECT.CODE),
                    r.get(BUDGET_PROJECT.NAME), lit, lit.label(), r.get(JUDGED_AS_OF),
                    r.get(REPORTING_PERIOD.LABEL) == null ? "" : r.get(REPORTING_PERIOD.LABEL), unit.label(),
                    unit.fromYuan(r.get(l.BUDGET_YUAN)).toPlainString(),
                    spentYuan == null ? "" : unit.fromYuan(spentYuan).toPlainString(),
                    planned == null ? "" : Numbers.plain(Numbers.round2(planned)),
                    executed == null ? "" : Numbers.plain(Numbers.round2(executed)),
                    planned == null || executed == null ? "" : Numbers.plain(Numbers.round2(planned).subtract(Numbers.round2(executed))),
                    r.get(l.OPEN_ALERTS), Boolean.TRUE.equals(r.get(PLAN_UNCONFIRMED)), r.get(TO_CHECK));
        });
    }

    private static final Field<Boolean> PLAN_UNCONFIRMED =
            DSL.field(GuessConditions.planUnconfirmed(PROJECT_LIGHT.PROJECT_ID)).as("plan_unconfirmed");
    private static final Field<Integer> TO_CHECK = GuessConditions.openGuesses(PROJECT_LIGHT.PROJECT_ID)
            .plus(GuessConditions.targetsToReview(PROJECT_LIGHT.PROJECT_ID)).as("to_check");
    private static final Field<LocalDate> JUDGED_AS_OF = RunDates.judgedAsOf(PROJECT_LIGHT.FISCAL_YEAR,
            PROJECT_LIGHT.RUN_ID, PROJECT_LIGHT.AS_OF, null).as("judged_as_of");

    /** The rows of a page of projects by their ids, in the list's order: rendered once, asked on every view. */
    private static RenderedOnce projectRowsSql(DSLContext db) {
        var l = PROJECT_LIGHT;
        return new RenderedOnce(db, PAGE_SIZE, ids -> db.select(l.PROJECT_ID, UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.CODE,
                        BUDGET_PROJECT.NAME, BUDGET_PROJECT.MONEY_UNIT, l.LIGHT, JUDGED_AS_OF, REPORTING_PERIOD.LABEL,
                        l.BUDGET_YUAN, l.SPENT_YUAN, l.PLANNED_PERCENT, l.EXECUTED_PERCENT, l.OPEN_ALERTS,
                        PLAN_UNCONFIRMED, TO_CHECK)
                .from(l).join(UNIT).on(UNIT.ID.eq(l.UNIT_ID))
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(l.PROJECT_ID))
                .leftJoin(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(l.PERIOD_ID))
                .where(l.PROJECT_ID.in(ids))
                .orderBy(SEVERITY, l.UNIT_ID, l.PROJECT_ID));
    }

    /** project_light.severity: generated by MariaDB from the light (V17), so not in jOOQ's schema. */
    private static final Field<Integer> SEVERITY = DSL.field(DSL.name("project_light", "severity"), SQLDataType.INTEGER);

    /**
     * The projects by light, the open alerts and the number of units over every unit shown, whatever page of
     * them is listed.
     */
    public record Totals(UnitSummary lights, int openAlerts, int units) {
    }

    @Transactional(readOnly = true)
    public Totals totals(Caller caller, int year, @Nullable String unitCode, @Nullable Light light) {
        var u = UNIT_LIGHT;
        Field<Integer> green = countOf(Light.GREEN);
        Field<Integer> blue = countOf(Light.BLUE);
        Field<Integer> yellow = countOf(Light.YELLOW);
        Field<Integer> red = countOf(Light.RED);
        Field<BigDecimal> alerts = DSL.sum(u.OPEN_ALERTS);
        Field<Integer> units = DSL.countDistinct(u.UNIT_ID);
        // the unit table is joined only to find a unit by its code: the year's totals read unit_light alone
        var from = unitCode == null || unitCode.isBlank() ? db.select(green, blue, yellow, red, alerts, units).from(u)
                : db.select(green, blue, yellow, red, alerts, units).from(u).join(UNIT).on(UNIT.ID.eq(u.UNIT_ID));
        return from
                .where(unitLights(caller, year, unitCode, light))
                .fetchOne(r -> new Totals(new UnitSummary(zeroIfNull(r.get(green)), zeroIfNull(r.get(blue)),
                        zeroIfNull(r.get(yellow)), zeroIfNull(r.get(red))),
                        r.get(alerts) == null ? 0 : r.get(alerts).intValue(), r.get(units)));
    }

    private static int zeroIfNull(Integer n) {
        return n == null ? 0 : n;
    }

    /** The unit_light rows the caller sees of the year (and light), without the unit table. */
    private static Condition ownRows(Caller caller, int year, @Nullable Light light) {
        Condition where = UnitScope.visibleTo(caller, UNIT_LIGHT.UNIT_ID).and(UNIT_LIGHT.FISCAL_YEAR.eq(year));
        return light == null ? where : where.and(UNIT_LIGHT.LIGHT.eq(light.name()));
    }

    private static Condition unitLights(Caller caller, int year, @Nullable String unitCode, @Nullable Light light) {
        Condition where = ownRows(caller, year, light);
        return unitCode == null || unitCode.isBlank() ? where : where.and(UNIT.CODE.eq(unitCode.strip()));
    }

    @Transactional(readOnly = true)
    public List<PeriodOption> periods(int year) {
        return db.select(REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL, REPORTING_PERIOD.PERIOD_END).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.FISCAL_YEAR.eq(year)).orderBy(REPORTING_PERIOD.PERIOD_END)
                .fetch(r -> new PeriodOption(r.value1(), r.value2(), r.value3()));
    }

    /** Of periods in the order they end: the latest ended by {@code date}; the first when none has. */
    static @Nullable String currentOf(List<PeriodOption> periods, LocalDate date) {
        String current = periods.isEmpty() ? null : periods.get(0).code();
        for (PeriodOption p : periods) {
            if (!p.end().isAfter(date)) {
                current = p.code();
            }
        }
        return current;
    }

    /**
     * What the dashboard's kept parts are read from, in one statement on every view: the year shown (the one asked
     * for, else this year when it has projects or nothing has, else the latest with projects), the years with
     * projects, and checksums of the year's runs (with the names of the people who started them), of the units and
     * of the year's periods. The lights and sums the dashboard shows are written by runs alone, so while these are
     * the same, so is everything but the projects' own rows ({@link #projectsStamp}).
     *
     * @param runUnderway a run of the year is queued or running: it writes lights as it goes, so nothing is kept
     */
    public record Stamps(int year, List<Integer> years, String runs, boolean runUnderway, String units,
                         String periods) {

        /** The number of units, which the units' checksum begins with ("count:sum"). */
        public int unitCount() {
            return Integer.parseInt(units.substring(0, units.indexOf(':')));
        }
    }

    /**
     * Plain SQL: checksums MariaDB computes over a few hundred rows, not a query jOOQ needs to write each time.
     * SQL_CACHE: answered from MariaDB's query cache (when the server has one, as the embedded server does) until
     * one of the tables it reads is written, on whichever instance; computing it costs about a millisecond.
     */
    private static final String STAMPS = """
            SELECT SQL_CACHE y.year,
              (SELECT GROUP_CONCAT(t.fiscal_year ORDER BY t.fiscal_year DESC)
                 FROM (SELECT DISTINCT fiscal_year FROM budget_project) t),
              (SELECT CONCAT_WS(':', COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', r.id, r.as_of, r.triggered_by,
                         r.status, r.queued_at, COALESCE(r.started_at, ''), COALESCE(r.finished_at, ''),
                         r.projects_total, r.projects_checked, r.alerts_opened, r.alerts_updated, r.alerts_closed,
                         r.green_projects, r.blue_projects, r.yellow_projects, r.red_projects,
                         COALESCE(r.error_message, '')))), 0),
                         COALESCE((SELECT SUM(CRC32(CONCAT_WS('|', a.username, COALESCE(a.display_name, ''))))
                           FROM app_user a WHERE a.username IN
                             (SELECT s.triggered_by FROM monitoring_run s WHERE s.fiscal_year = y.year)), 0))
                 FROM monitoring_run r WHERE r.fiscal_year = y.year),
              (SELECT COUNT(*) FROM monitoring_run r WHERE r.fiscal_year = y.year AND r.status IN ('QUEUED', 'RUNNING')),
              (SELECT CONCAT_WS(':', COUNT(*), COALESCE(SUM(u.stamp), 0)) FROM unit u),
              (SELECT CONCAT_WS(':', COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', p.id, p.code, p.label, p.period_end))), 0))
                 FROM reporting_period p WHERE p.fiscal_year = y.year)
            FROM (SELECT CASE WHEN ? > 0 THEN ?
                     WHEN EXISTS (SELECT 1 FROM budget_project WHERE fiscal_year = ?)
                       OR NOT EXISTS (SELECT 1 FROM budget_project) THEN ?
                     ELSE (SELECT MAX(fiscal_year) FROM budget_project) END AS year) y""";

    /**
     * For the dashboard, which finance alone sees: every unit and year counts. Without a transaction ({@link
     * ShortReads}), as {@link #projectsStamp}: one statement on every view.
     *
     * @param requestedYear the year asked for, or null for the default
     */
    public Stamps stamps(@Nullable Integer requestedYear, int thisYear) {
        int requested = requestedYear == null ? 0 : requestedYear;
        // by JDBC: jOOQ would parse the plain SQL for its placeholders on every view
        return reads.read(() -> db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STAMPS)) {
                statement.setInt(1, requested);
                statement.setInt(2, requested);
                statement.setInt(3, thisYear);
                statement.setInt(4, thisYear);
                try (ResultSet r = statement.executeQuery()) {
                    r.next();
                    String years = r.getString(2);
                    return new Stamps(r.getInt(1), years == null || years.isEmpty() ? List.of()
                            : Arrays.stream(years.split(",")).map(Integer::valueOf).toList(),
                            r.getString(3), r.getInt(4) > 0, r.getString(5), r.getString(6));
                }
            } catch (SQLException e) {
                throw new DataAccessException("reading the dashboard's stamps", e);
            }
        }));
    }

    /**
     * A checksum of what the rows of these projects show that changes without a run ({@link #projectRows}: code,
     * name, money unit, the guesses and target values still to check); the rest comes from the run's lights. Sums
     * over the page's rows in each table, each read from an index (V19), not a count per project.
     */
    public String projectsStamp(List<Long> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return reads.read(() -> projectsStampSql.fetch(db, ids, r -> r.get(0, String.class)).get(0));
    }

    private static RenderedOnce projectsStampSql(DSLContext db) {
        var p = BUDGET_PROJECT;
        var g = PROJECT_GUESS;
        var i = INDICATOR;
        // SQL_CACHE as in STAMPS: the page's projects are written by imports and edits, not by monitoring runs
        return new RenderedOnce(db, PAGE_SIZE, ids -> db.select(DSL.concat(
                checksum(DSL.select(DSL.field("CONCAT_WS('|', {0}, COALESCE({1}, ''), {2}, {3})", String.class,
                        p.ID, p.CODE, p.NAME, p.MONEY_UNIT)).from(p).where(p.ID.in(ids))),
                DSL.inline("/"),
                checksum(DSL.select(DSL.field("CONCAT_WS('|', {0}, {1}, {2})", String.class, g.ID, g.PROJECT_ID, g.FIELD))
                        .from(g).where(g.PROJECT_ID.in(ids)).and(g.CONFIRMED_AT.isNull())),
                DSL.inline("/"),
                checksum(DSL.select(DSL.field("CONCAT_WS('|', {0}, {1})", String.class, i.ID, i.PROJECT_ID))
                        .from(i).where(i.PROJECT_ID.in(ids)).and(i.TARGET_NEEDS_REVIEW.isTrue())))).hint("SQL_CACHE"));
    }

    /** "count:sum of CRC32" over the single text column a select gives: changes when any of its rows does. */
    private static Field<String> checksum(Select<Record1<String>> rows) {
        var t = rows.asTable("t", "x");
        return DSL.field(DSL.select(DSL.field("CONCAT_WS(':', COUNT(*), COALESCE(SUM(CRC32({0})), 0))", String.class,
                t.field("x"))).from(t));
    }

    private static Field<Integer> countOf(Light light) {
        return DSL.sum(DSL.when(UNIT_LIGHT.LIGHT.eq(light.name()), UNIT_LIGHT.PROJECTS).otherwise(0)).cast(SQLDataType.INTEGER);
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? "0.00" : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String weighted(BigDecimal sum, BigDecimal weights) {
        if (sum == null || weights == null || weights.signum() <= 0) {
            return "";
        }
        return Numbers.plain(sum.divide(weights, 2, RoundingMode.HALF_UP));
    }

    private static String percentOf(BigDecimal spent, BigDecimal budget) {
        if (spent == null || budget == null || budget.signum() <= 0) {
            return "";
        }
        return Numbers.plain(spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP));
    }
}
