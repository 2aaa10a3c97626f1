package jixiao.monitoring;

import jakarta.inject.Singleton;
import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;
import jixiao.common.Messages;
import jixiao.database.JdbcRows;
import jixiao.monitoring.ProjectOutcome.RaisedAlert;
import jixiao.notification.NotificationKind;
import jixiao.notification.Notifications;
import jixiao.project.SpendPlan;
import jixiao.project.SpendPlan.Checkpoint;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.MONITORING_ALERT_EVENT;
import static jixiao.db.Tables.MONITORING_RUN;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.PROJECT_LIGHT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.SPEND_PLAN_POINT;
import static jixiao.db.Tables.UNIT;
import static jixiao.db.Tables.UNIT_LIGHT;
import static jixiao.db.Tables.USER_UNIT;

/**
 * The SQL of a sweep. Reads a range of project ids at a time with one query per table, writes
 * with multi-row inserts and batched updates: a province's 200,000 projects take a few hundred
 * statements, not a few per project. Runs inside the caller's transaction.
 */
@Singleton
class SweepStore {

    /** Report statuses whose figures count: the bureau has submitted them (also on the project page's charts). */
    static final List<String> COUNTED = List.of("SUBMITTED", "APPROVED");
    private static final List<String> LIVE = List.of(AlertStatus.OPEN.name(), AlertStatus.ACKNOWLEDGED.name());
    /** Rows per multi-row INSERT, well below MariaDB's 65,535 placeholders per statement. */
    private static final int ROWS_PER_INSERT = 1_000;
    private static final int IDS_PER_UPDATE = 1_000;
    private static final int MESSAGE_LENGTH = 1_000;

    private final DSLContext db;
    private final Notifications notifications;

    SweepStore(DSLContext db, Notifications notifications) {
        this.db = db;
        this.notifications = notifications;
    }

    /** The fiscal year a run at {@code asOf} monitors: that of the latest period ended by then. */
    int fiscalYearAt(LocalDate asOf) {
        Integer year = db.select(REPORTING_PERIOD.FISCAL_YEAR).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PERIOD_END.le(asOf))
                .orderBy(REPORTING_PERIOD.PERIOD_END.desc()).limit(1)
                .fetchOne(REPORTING_PERIOD.FISCAL_YEAR);
        return year == null ? asOf.getYear() : year;
    }

    List<SweepPeriod> periods(int fiscalYear) {
        return db.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.CODE, REPORTING_PERIOD.PERIOD_END, REPORTING_PERIOD.DEADLINE)
                .from(REPORTING_PERIOD).where(REPORTING_PERIOD.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(REPORTING_PERIOD.PERIOD_END)
                .fetch(r -> new SweepPeriod(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<Long> projectIds(int fiscalYear) {
        return db.select(BUDGET_PROJECT.ID).from(BUDGET_PROJECT).where(BUDGET_PROJECT.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(BUDGET_PROJECT.ID).fetch(BUDGET_PROJECT.ID);
    }

    /**
     * The year's projects with ids in [from, to], in id order, each with its plan, its latest
     * counted report of a period ended by {@code asOf} and every period it has reported.
     */
    Map<Long, SweepProject> projects(int fiscalYear, LocalDate asOf, long from, long to) {
        var counted = PERIOD_REPORT.join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID)
                .and(REPORTING_PERIOD.FISCAL_YEAR.eq(fiscalYear)).and(REPORTING_PERIOD.PERIOD_END.le(asOf)));
        Map<Long, List<Checkpoint>> plans = plans(from, to);
        Map<Long, SweepProject> projects = new LinkedHashMap<>();
        for (Record r : db.select(BUDGET_PROJECT.ID, BUDGET_PROJECT.UNIT_ID, BUDGET_PROJECT.BUDGET_YUAN,
                        PERIOD_REPORT.ID, PERIOD_REPORT.PERIOD_ID, PERIOD_REPORT.SPENT_YUAN, PERIOD_REPORT.ADJUSTED_BUDGET_YUAN)
                .from(BUDGET_PROJECT)
                .leftJoin(counted).on(PERIOD_REPORT.PROJECT_ID.eq(BUDGET_PROJECT.ID).and(PERIOD_REPORT.STATUS.in(COUNTED)))
                .where(BUDGET_PROJECT.FISCAL_YEAR.eq(fiscalYear)).and(BUDGET_PROJECT.ID.between(from, to))
                .orderBy(BUDGET_PROJECT.ID, REPORTING_PERIOD.PERIOD_END.desc())
                .fetch()) {
            long id = r.get(BUDGET_PROJECT.ID);
            Long reportId = r.get(PERIOD_REPORT.ID);
            SweepProject project = projects.get(id);
            if (project == null) {
                // The first row of a project is its latest report.
                SweepProject.Report latest = reportId == null ? null : new SweepProject.Report(reportId,
                        r.get(PERIOD_REPORT.PERIOD_ID), r.get(PERIOD_REPORT.SPENT_YUAN), r.get(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN));
                project = new SweepProject(id, r.get(BUDGET_PROJECT.UNIT_ID), r.get(BUDGET_PROJECT.BUDGET_YUAN),
                        new SpendPlan(plans.getOrDefault(id, List.of())), latest, new HashSet<>());
                projects.put(id, project);
            }
            if (reportId != null) {
                project.reportedPeriodIds().add(r.get(PERIOD_REPORT.PERIOD_ID));
            }
        }
        return projects;
    }

    private Map<Long, List<Checkpoint>> plans(long from, long to) {
        Map<Long, List<Checkpoint>> plans = new HashMap<>();
        db.select(SPEND_PLAN_POINT.PROJECT_ID, SPEND_PLAN_POINT.MONTH, SPEND_PLAN_POINT.PERCENT).from(SPEND_PLAN_POINT)
                .where(SPEND_PLAN_POINT.PROJECT_ID.between(from, to))
                .fetch()
                .forEach(r -> plans.computeIfAbsent(r.value1(), k -> new ArrayList<>(4))
                        .add(new Checkpoint(r.value2(), r.value3())));
        return plans;
    }

    /** The indicators of the projects with ids in [from, to], by project, in table order. */
    Map<Long, List<SweepIndicator>> indicators(long from, long to) {
        Map<Long, List<SweepIndicator>> byProject = new HashMap<>();
        JdbcRows.each(db.select(INDICATOR.ID, INDICATOR.PROJECT_ID, INDICATOR.NAME, INDICATOR.TARGET_TEXT, INDICATOR.TARGET_KIND,
                        INDICATOR.TARGET_COMPARATOR, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_UNIT, INDICATOR.TARGET_DIRECTION,
                        INDICATOR.TARGET_NEEDS_REVIEW)
                .from(INDICATOR).where(INDICATOR.PROJECT_ID.between(from, to))
                .orderBy(INDICATOR.PROJECT_ID, INDICATOR.POSITION), r -> {
                    String comparator = r.getString(6);
                    String direction = r.getString(9);
                    TargetValue target = new TargetValue(r.getString(4), ValueKind.valueOf(r.getString(5)),
                            comparator == null ? null : Comparator.valueOf(comparator), r.getBigDecimal(7),
                            r.getString(8), direction == null ? null : Direction.valueOf(direction),
                            r.getObject(10, Boolean.class), null);
                    long projectId = r.getLong(2);
                    byProject.computeIfAbsent(projectId, k -> new ArrayList<>(8))
                            .add(new SweepIndicator(r.getLong(1), projectId, r.getString(3), target));
                });
        return byProject;
    }

    /** What the given reports say of their indicators, by indicator id. */
    Map<Long, IndicatorProgress> progress(Collection<Long> reportIds) {
        Map<Long, IndicatorProgress> byIndicator = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byIndicator;
        }
        JdbcRows.each(db.select(INDICATOR_PROGRESS.INDICATOR_ID, INDICATOR_PROGRESS.CURRENT_VALUE, INDICATOR_PROGRESS.GRADE,
                        INDICATOR_PROGRESS.LIKELIHOOD)
                .from(INDICATOR_PROGRESS).where(INDICATOR_PROGRESS.REPORT_ID.in(reportIds)), r -> {
                    String grade = r.getString(3);
                    String likelihood = r.getString(4);
                    byIndicator.put(r.getLong(1), new IndicatorProgress(r.getBigDecimal(2),
                            grade == null ? null : Grade.valueOf(grade), likelihood == null ? null : Likelihood.valueOf(likelihood)));
                });
        return byIndicator;
    }

    /**
     * An alert already stored for one of the projects, in any status. Subject keys name their
     * project, so this needs no fiscal-year filter, and a project moved to another unit or year
     * still finds its alerts.
     *
     * @param asOf       the as-of date of the run that last wrote it (opened, changed, reopened)
     * @param lastRunId  that run
     * @param closedAsOf the as-of date of the run that closed it; null unless CLOSED
     */
    record StoredAlert(long id, String subjectKey, AlertStatus status, int fiscalYear, long unitId, String light,
                       BigDecimal expected, BigDecimal actual, BigDecimal ratio, BigDecimal lag, String message,
                       LocalDate asOf, long lastRunId, LocalDate closedAsOf) {
    }

    /**
     * The alerts of the projects with ids in [from, to], and the live alerts of the year among the
     * ids in [gapFrom, from) and (to, gapTo], which only a project that left the year can have.
     */
    List<StoredAlert> storedAlerts(int fiscalYear, long from, long to, long gapFrom, long gapTo) {
        var a = MONITORING_ALERT;
        var fields = List.of(a.ID, a.SUBJECT_KEY, a.STATUS, a.FISCAL_YEAR, a.UNIT_ID, a.LIGHT, a.EXPECTED_VALUE,
                a.ACTUAL_VALUE, a.RATIO, a.LAG, a.MESSAGE, a.AS_OF, a.LAST_RUN_ID, a.CLOSED_AS_OF);
        Condition gaps = a.FISCAL_YEAR.eq(fiscalYear).and(a.STATUS.in(LIVE))
                .and(a.PROJECT_ID.between(gapFrom, from - 1).or(a.PROJECT_ID.between(to + 1, gapTo)));
        var chunk = db.select(fields).from(a).where(a.PROJECT_ID.between(from, to));
        var query = gapFrom < from || gapTo > to
                ? chunk.unionAll(db.select(fields).from(a).where(gaps)) : chunk;
        List<StoredAlert> alerts = new ArrayList<>();
        JdbcRows.each(query, r -> alerts.add(new StoredAlert(r.getLong(1), r.getString(2), AlertStatus.valueOf(r.getString(3)),
                r.getInt(4), r.getLong(5), r.getString(6), r.getBigDecimal(7), r.getBigDecimal(8), r.getBigDecimal(9),
                r.getBigDecimal(10), r.getString(11), r.getObject(12, LocalDate.class), r.getLong(13),
                r.getObject(14, LocalDate.class))));
        return alerts;
    }

    /** The year's finished runs, for the as-of date each row was last judged at. */
    RunHistory finishedRuns(int fiscalYear) {
        var r = MONITORING_RUN;
        return new RunHistory(db.select(r.ID, r.AS_OF).from(r)
                .where(r.FISCAL_YEAR.eq(fiscalYear)).and(r.STATUS.eq(RunStatus.DONE.name()))
                .fetch(x -> new RunHistory.Run(x.value1(), x.value2())));
    }

    /** A finding to store, with its project and its sentence formatted. */
    record AlertRow(int fiscalYear, ProjectOutcome project, RaisedAlert alert, String message) {
    }

    void insertAlerts(List<AlertRow> rows, long runId, LocalDate asOf, LocalDateTime seenAt) {
        var a = MONITORING_ALERT;
        List<Field<?>> columns = List.of(a.FISCAL_YEAR, a.UNIT_ID, a.PROJECT_ID, a.PERIOD_ID, a.INDICATOR_ID, a.RULE,
                a.SUBJECT_KEY, a.ACTIVE_KEY, a.LIGHT, a.EXPECTED_VALUE, a.ACTUAL_VALUE, a.RATIO, a.LAG, a.MESSAGE, a.AS_OF,
                a.STATUS, a.FIRST_SEEN_AT, a.LAST_SEEN_AT, a.FIRST_RUN_ID, a.LAST_RUN_ID, a.VERSION);
        for (List<AlertRow> part : partition(rows, ROWS_PER_INSERT)) {
            var insert = db.insertInto(a).columns(columns);
            for (AlertRow row : part) {
                Finding f = row.alert().finding();
                insert = insert.values(Arrays.asList(row.fiscalYear(), row.project().unitId(), row.project().projectId(),
                        row.alert().periodId(), row.alert().indicatorId(), f.rule().name(), row.alert().subjectKey(),
                        row.alert().subjectKey(), f.light().name(), f.expected(), f.actual(),
                        f.ratio(), f.lag(), clip(row.message()), asOf, AlertStatus.OPEN.name(), seenAt,
                        seenAt, runId, runId, 0L));
            }
            insert.execute();
        }
    }

    /**
     * Alerts found again with another light, numbers, text or unit: rewritten, version raised.
     * Reopened ones (CLOSED, found again) become live again, ACKNOWLEDGED when the bureau had
     * given its 整改措施, which they keep.
     */
    void updateAlerts(List<Map.Entry<Long, AlertRow>> changed, boolean reopen, long runId, LocalDate asOf,
                      LocalDateTime seenAt) {
        if (changed.isEmpty()) {
            return;
        }
        var a = MONITORING_ALERT;
        var update = db.update(a)
                .set(a.UNIT_ID, (Long) null).set(a.FISCAL_YEAR, (Integer) null).set(a.LIGHT, (String) null)
                .set(a.EXPECTED_VALUE, (BigDecimal) null).set(a.ACTUAL_VALUE, (BigDecimal) null)
                .set(a.RATIO, (BigDecimal) null).set(a.LAG, (BigDecimal) null).set(a.MESSAGE, (String) null)
                .set(a.AS_OF, (LocalDate) null).set(a.LAST_SEEN_AT, (LocalDateTime) null).set(a.LAST_RUN_ID, (Long) null)
                .set(a.VERSION, a.VERSION.plus(DSL.inline(1L)));
        if (reopen) {
            update = update.set(a.STATUS, DSL.when(a.CORRECTIVE_ACTION.isNull(), DSL.inline(AlertStatus.OPEN.name()))
                            .otherwise(DSL.inline(AlertStatus.ACKNOWLEDGED.name())))
                    .set(a.ACTIVE_KEY, a.SUBJECT_KEY)
                    .set(a.CLOSED_AT, DSL.inline((LocalDateTime) null)).set(a.CLOSED_AS_OF, DSL.inline((LocalDate) null));
        }
        BatchBindStep batch = db.batch(update.where(a.ID.eq((Long) null)));
        for (Map.Entry<Long, AlertRow> e : changed) {
            AlertRow row = e.getValue();
            Finding f = row.alert().finding();
            batch = batch.bind(row.project().unitId(), row.fiscalYear(), f.light().name(), f.expected(), f.actual(),
                    f.ratio(), f.lag(), clip(row.message()), asOf, seenAt, runId, e.getKey());
        }
        batch.execute();
    }

    /** What a run did to an alert, for its history. */
    record AlertEvent(long alertId, AlertChange change, String light, String message) {
    }

    /** The history of the alerts this run opened among the projects with ids in [from, to]. */
    void recordOpened(long runId, long from, long to, LocalDateTime at) {
        var a = MONITORING_ALERT;
        var e = MONITORING_ALERT_EVENT;
        db.insertInto(e, e.ALERT_ID, e.RUN_ID, e.AS_OF, e.CHANGE_KIND, e.LIGHT, e.MESSAGE, e.RECORDED_AT)
                .select(db.select(a.ID, a.FIRST_RUN_ID, a.AS_OF, DSL.inline(AlertChange.OPENED.name()), a.LIGHT, a.MESSAGE,
                                DSL.val(at))
                        .from(a).where(a.PROJECT_ID.between(from, to)).and(a.FIRST_RUN_ID.eq(runId)))
                .onDuplicateKeyIgnore()
                .execute();
    }

    void recordEvents(List<AlertEvent> events, long runId, LocalDate asOf, LocalDateTime at) {
        var e = MONITORING_ALERT_EVENT;
        for (List<AlertEvent> part : partition(events, ROWS_PER_INSERT)) {
            var insert = db.insertInto(e, e.ALERT_ID, e.RUN_ID, e.AS_OF, e.CHANGE_KIND, e.LIGHT, e.MESSAGE, e.RECORDED_AT);
            for (AlertEvent event : part) {
                insert = insert.values(event.alertId(), runId, asOf, event.change().name(), event.light(),
                        clip(event.message()), at);
            }
            insert.onDuplicateKeyIgnore().execute();
        }
    }

    /**
     * Tells the bureau clerks of each unit about the alerts this run opened (or reopened) red among the projects
     * with ids in [from, to]: one notification per person and project per run, listing the alerts' sentences. One
     * INSERT … SELECT, in the chunk's transaction, from the alerts by project (indexed) and their events of this run.
     */
    void notifyRedAlerts(long runId, long from, long to) {
        var a = MONITORING_ALERT;
        var e = MONITORING_ALERT_EVENT;
        var p = BUDGET_PROJECT;
        String prefix = NotificationKind.RED_ALERT.name() + ":R" + runId + ":P";
        notifications.write(prefix, db.select(APP_USER.ID, DSL.inline(NotificationKind.RED_ALERT.name()),
                        DSL.concat(DSL.inline(prefix), p.ID.cast(String.class)),
                        DSL.concat(DSL.inline(Messages.text("notification.redAlert.titlePrefix")), p.NAME),
                        // plain GROUP_CONCAT: jOOQ's would raise group_concat_max_len in extra statements
                        DSL.field("GROUP_CONCAT({0} ORDER BY {1} SEPARATOR '\n')", String.class, a.MESSAGE, a.ID),
                        DSL.concat(DSL.inline("/alerts?projectId="), p.ID.cast(String.class)),
                        UNIT.CODE, p.ID, DSL.max(REPORTING_PERIOD.CODE))
                .from(a).join(e).on(e.ALERT_ID.eq(a.ID).and(e.RUN_ID.eq(runId)))
                .join(p).on(p.ID.eq(a.PROJECT_ID)).join(UNIT).on(UNIT.ID.eq(a.UNIT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(a.PERIOD_ID))
                .join(USER_UNIT).on(USER_UNIT.UNIT_ID.eq(a.UNIT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(USER_UNIT.USER_ID).and(Notifications.BUREAU_CLERK))
                .where(a.PROJECT_ID.between(from, to))
                .and(e.CHANGE_KIND.in(AlertChange.OPENED.name(), AlertChange.REOPENED.name()))
                .and(e.LIGHT.eq(Light.RED.name()))
                .groupBy(APP_USER.ID, p.ID, p.NAME, UNIT.CODE));
    }

    /** A project's light as stored, to write only what a run changed. */
    private record StoredLight(long runId, int fiscalYear, long unitId, LocalDate asOf, Long periodId, String light,
                               BigDecimal budget, BigDecimal spent, BigDecimal planned, BigDecimal executed,
                               int openAlerts) {
    }

    /**
     * Stores the lights of the projects with ids in [from, to] that changed: a project found as it
     * was keeps its row (and the run that last changed it), so a nightly run that finds nothing new
     * writes nothing here. A run of an earlier as-of date than the one that last judged a project
     * leaves it: the dashboard shows the latest date's picture.
     */
    void saveLights(SweepChunks.Sweep sweep, List<ProjectOutcome> outcomes, Map<Long, Integer> liveAlerts,
                    long from, long to) {
        var l = PROJECT_LIGHT;
        Map<Long, StoredLight> stored = new HashMap<>();
        db.select(l.PROJECT_ID, l.RUN_ID, l.FISCAL_YEAR, l.UNIT_ID, l.AS_OF, l.PERIOD_ID, l.LIGHT, l.BUDGET_YUAN,
                        l.SPENT_YUAN, l.PLANNED_PERCENT, l.EXECUTED_PERCENT, l.OPEN_ALERTS)
                .from(l).where(l.PROJECT_ID.between(from, to))
                .forEach(r -> stored.put(r.get(l.PROJECT_ID), new StoredLight(r.get(l.RUN_ID), r.get(l.FISCAL_YEAR),
                        r.get(l.UNIT_ID), r.get(l.AS_OF), r.get(l.PERIOD_ID), r.get(l.LIGHT), r.get(l.BUDGET_YUAN),
                        r.get(l.SPENT_YUAN), r.get(l.PLANNED_PERCENT), r.get(l.EXECUTED_PERCENT), r.get(l.OPEN_ALERTS))));
        List<ProjectOutcome> changed = new ArrayList<>();
        for (ProjectOutcome o : outcomes) {
            StoredLight old = stored.get(o.projectId());
            int alerts = liveAlerts.getOrDefault(o.projectId(), 0);
            if (old == null) {
                changed.add(o);
            } else if (sweep.judgedAsOf(old.fiscalYear(), old.runId(), old.asOf()).isAfter(sweep.asOf())) {
                continue; // a later date's picture stands
            } else if (!sameLight(old, o, sweep.fiscalYear(), alerts)) {
                changed.add(o);
            }
        }
        List<Field<?>> columns = List.of(l.PROJECT_ID, l.RUN_ID, l.FISCAL_YEAR, l.UNIT_ID, l.AS_OF, l.PERIOD_ID, l.LIGHT,
                l.BUDGET_YUAN, l.SPENT_YUAN, l.PLANNED_PERCENT, l.EXECUTED_PERCENT, l.OPEN_ALERTS);
        Map<Field<?>, Field<?>> replacements = new LinkedHashMap<>();
        for (Field<?> column : columns.subList(1, columns.size())) {
            replacements.put(column, DSL.excluded(column));
        }
        for (List<ProjectOutcome> part : partition(changed, ROWS_PER_INSERT)) {
            var insert = db.insertInto(l).columns(columns);
            for (ProjectOutcome o : part) {
                insert = insert.values(Arrays.asList(o.projectId(), sweep.runId(), sweep.fiscalYear(), o.unitId(),
                        sweep.asOf(), o.periodId(), o.light().name(), o.budgetYuan(), o.spentYuan(), o.plannedPercent(),
                        o.executedPercent(), liveAlerts.getOrDefault(o.projectId(), 0)));
            }
            insert.onDuplicateKeyUpdate().set(replacements).execute();
        }
    }

    private static boolean sameLight(StoredLight old, ProjectOutcome o, int fiscalYear, int openAlerts) {
        return old.fiscalYear() == fiscalYear && old.unitId() == o.unitId() && Objects.equals(old.periodId(), o.periodId())
                && old.light().equals(o.light().name()) && sameNumber(old.budget(), o.budgetYuan())
                && sameNumber(old.spent(), o.spentYuan()) && sameNumber(old.planned(), o.plannedPercent())
                && sameNumber(old.executed(), o.executedPercent()) && old.openAlerts() == openAlerts;
    }

    /** Equal as numbers, whatever their scale: a stored DECIMAL(9,4) and a computed 50 are the same plan. */
    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The dashboard's sums per unit and light, from the year's project lights: a few thousand rows
     * for a province, so the page reads them instead of summing every project per request.
     */
    void sumUnitLights(int fiscalYear) {
        var l = PROJECT_LIGHT;
        var u = UNIT_LIGHT;
        db.deleteFrom(u).where(u.FISCAL_YEAR.eq(fiscalYear)).execute();
        db.insertInto(u, u.FISCAL_YEAR, u.UNIT_ID, u.LIGHT, u.PROJECTS, u.BUDGET_YUAN, u.REPORTING_PROJECTS,
                        u.REPORTING_BUDGET_YUAN, u.SPENT_YUAN, u.PLANNED_BUDGET_YUAN, u.PLANNED_YUAN_PERCENT, u.OPEN_ALERTS)
                .select(db.select(l.FISCAL_YEAR, l.UNIT_ID, l.LIGHT, DSL.count(), DSL.sum(l.BUDGET_YUAN),
                                DSL.count(l.SPENT_YUAN), DSL.sum(DSL.when(l.SPENT_YUAN.isNotNull(), l.BUDGET_YUAN)),
                                DSL.sum(l.SPENT_YUAN), DSL.sum(DSL.when(l.PLANNED_PERCENT.isNotNull(), l.BUDGET_YUAN)),
                                DSL.sum(l.BUDGET_YUAN.mul(l.PLANNED_PERCENT)), DSL.sum(l.OPEN_ALERTS).cast(Integer.class))
                        .from(l).where(l.FISCAL_YEAR.eq(fiscalYear))
                        .groupBy(l.FISCAL_YEAR, l.UNIT_ID, l.LIGHT))
                .execute();
    }

    /**
     * Closes the live alerts a run did not find again (collected chunk by chunk), unless they have
     * left the live states meanwhile. Returns how many.
     */
    int close(List<Long> ids, long runId, LocalDate asOf, LocalDateTime at) {
        var a = MONITORING_ALERT;
        int closed = 0;
        for (List<Long> part : partition(ids, IDS_PER_UPDATE)) {
            closed += close(a.ID.in(part).and(a.STATUS.in(LIVE)), runId, asOf, at);
        }
        return closed;
    }

    /** A year without projects: its live alerts judged by this date or before are closed. */
    int closeAllLive(int fiscalYear, long runId, LocalDate asOf, LocalDateTime at) {
        var a = MONITORING_ALERT;
        return close(a.FISCAL_YEAR.eq(fiscalYear).and(a.STATUS.in(LIVE)).and(a.AS_OF.le(asOf)), runId, asOf, at);
    }

    private int close(Condition which, long runId, LocalDate asOf, LocalDateTime at) {
        var a = MONITORING_ALERT;
        var e = MONITORING_ALERT_EVENT;
        db.insertInto(e, e.ALERT_ID, e.RUN_ID, e.AS_OF, e.CHANGE_KIND, e.LIGHT, e.MESSAGE, e.RECORDED_AT)
                .select(db.select(a.ID, DSL.val(runId), DSL.val(asOf), DSL.inline(AlertChange.CLOSED.name()), a.LIGHT,
                        a.MESSAGE, DSL.val(at)).from(a).where(which))
                .onDuplicateKeyIgnore()
                .execute();
        return db.update(a).set(a.STATUS, AlertStatus.CLOSED.name()).set(a.ACTIVE_KEY, (String) null)
                .set(a.CLOSED_AT, at).set(a.CLOSED_AS_OF, asOf).set(a.VERSION, a.VERSION.plus(1))
                .where(which)
                .execute();
    }

    private static String clip(String message) {
        return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }

    private static <T> List<List<T>> partition(List<T> list, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            parts.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return parts;
    }
}
