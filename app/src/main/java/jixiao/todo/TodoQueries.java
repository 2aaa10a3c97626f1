package jixiao.todo;

import jakarta.inject.Singleton;
import jixiao.common.Messages;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.MONITORING_RUN;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.SELF_EVALUATION;
import static jixiao.db.Tables.UNIT;
import static jixiao.db.Tables.USER_UNIT;

/**
 * The SQL of the to-do lists: one set-based query per kind of line, each limited, never a query per project (a
 * province has 200,000). Runs inside the caller's transaction.
 */
@Singleton
class TodoQueries {

    /** Report statuses that count as handed in. */
    private static final List<String> HANDED_IN = List.of("SUBMITTED", "APPROVED");

    private final DSLContext db;

    TodoQueries(DSLContext db) {
        this.db = db;
    }

    /** A window of deadlines: reports due up to {@code dueUntil}, overdue back to {@code overdueFrom}. */
    record Window(LocalDate today, LocalDate overdueFrom, LocalDate dueUntil, int limit) {
    }

    /** The units' projects without a report handed in (none, or a draft) for a period whose deadline is in the window. */
    List<TodoItem> reportsDue(Collection<Long> unitIds, Window w) {
        var p = BUDGET_PROJECT;
        var rp = REPORTING_PERIOD;
        var r = PERIOD_REPORT;
        return db.select(p.ID, p.NAME, UNIT.CODE, rp.CODE, rp.LABEL, rp.DEADLINE)
                .from(p).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .join(rp).on(rp.FISCAL_YEAR.eq(p.FISCAL_YEAR))
                .leftJoin(r).on(r.PROJECT_ID.eq(p.ID).and(r.PERIOD_ID.eq(rp.ID)))
                .where(p.UNIT_ID.in(unitIds))
                .and(rp.DEADLINE.between(w.overdueFrom(), w.dueUntil()))
                .and(r.ID.isNull().or(r.STATUS.eq("DRAFT")))
                .orderBy(rp.DEADLINE, p.ID).limit(w.limit())
                .fetch(x -> {
                    LocalDate deadline = x.get(rp.DEADLINE);
                    int left = days(w.today(), deadline);
                    boolean overdue = left < 0;
                    return new TodoItem(overdue ? TodoKind.REPORT_OVERDUE : TodoKind.REPORT_DUE,
                            Messages.text(overdue ? "todo.title.reportOverdue" : "todo.title.reportDue", x.get(p.NAME), x.get(rp.LABEL)),
                            x.get(UNIT.CODE), x.get(p.ID), x.get(rp.CODE), deadline, reportHref(x.get(p.ID), x.get(rp.CODE)),
                            left, null, null, null);
                });
    }

    /** Reports finance returned, with its comment. */
    List<TodoItem> reportsReturned(Collection<Long> unitIds, Window w) {
        var p = BUDGET_PROJECT;
        var rp = REPORTING_PERIOD;
        var r = PERIOD_REPORT;
        return db.select(p.ID, p.NAME, UNIT.CODE, rp.CODE, rp.LABEL, rp.DEADLINE, r.COMMENT, r.REVIEWED_AT)
                .from(r).join(p).on(p.ID.eq(r.PROJECT_ID)).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .join(rp).on(rp.ID.eq(r.PERIOD_ID))
                .where(p.UNIT_ID.in(unitIds)).and(r.STATUS.eq("RETURNED"))
                .orderBy(rp.DEADLINE, p.ID).limit(w.limit())
                .fetch(x -> new TodoItem(TodoKind.REPORT_RETURNED,
                        Messages.text("todo.title.reportReturned", x.get(p.NAME), x.get(rp.LABEL)),
                        x.get(UNIT.CODE), x.get(p.ID), x.get(rp.CODE), x.get(rp.DEADLINE), reportHref(x.get(p.ID), x.get(rp.CODE)),
                        days(w.today(), x.get(rp.DEADLINE)), date(x.get(r.REVIEWED_AT)), null, x.get(r.COMMENT)));
    }

    /** Open alerts of the units, waiting for the bureau's 整改措施: red first, then the longest open. */
    List<TodoItem> alertsToAcknowledge(Collection<Long> unitIds, Window w) {
        return alerts(MONITORING_ALERT.UNIT_ID.in(unitIds), TodoKind.ALERT_TO_ACKNOWLEDGE, w);
    }

    /** Open red alerts anywhere without 整改措施. */
    List<TodoItem> redAlertsWithoutAction(Window w) {
        return alerts(MONITORING_ALERT.LIGHT.eq("RED").and(MONITORING_ALERT.CORRECTIVE_ACTION.isNull()),
                TodoKind.RED_ALERT_WITHOUT_ACTION, w);
    }

    private List<TodoItem> alerts(Condition which, TodoKind kind, Window w) {
        var a = MONITORING_ALERT;
        var p = BUDGET_PROJECT;
        Field<Integer> severity = DSL.when(a.LIGHT.eq("RED"), DSL.inline(0)).when(a.LIGHT.eq("YELLOW"), DSL.inline(1))
                .otherwise(DSL.inline(2));
        return db.select(a.ID, a.LIGHT, a.MESSAGE, a.FIRST_SEEN_AT, p.ID, p.NAME, UNIT.CODE, UNIT.NAME, REPORTING_PERIOD.CODE)
                .from(a).join(p).on(p.ID.eq(a.PROJECT_ID)).join(UNIT).on(UNIT.ID.eq(a.UNIT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(a.PERIOD_ID))
                .where(a.STATUS.eq("OPEN")).and(which)
                .orderBy(severity, a.FIRST_SEEN_AT, a.ID).limit(w.limit())
                .fetch(x -> {
                    LocalDate since = date(x.get(a.FIRST_SEEN_AT));
                    return new TodoItem(kind,
                            Messages.text(kind == TodoKind.ALERT_TO_ACKNOWLEDGE ? "todo.title.alert" : "todo.title.redAlert",
                                    x.get(p.NAME), Messages.text("monitoring.light." + x.get(a.LIGHT)), x.get(UNIT.NAME)),
                            x.get(UNIT.CODE), x.get(p.ID), x.get(REPORTING_PERIOD.CODE), null, "/alerts/" + x.get(a.ID),
                            null, since, days(since, w.today()), x.get(a.MESSAGE));
                });
    }

    /**
     * Self-evaluations to fill (the year before today's: a year is evaluated after it ends; none saved or a draft)
     * and every returned one, of the units.
     */
    List<TodoItem> evaluationsToFill(Collection<Long> unitIds, Window w) {
        var p = BUDGET_PROJECT;
        var s = SELF_EVALUATION;
        int lastYear = w.today().getYear() - 1;
        return db.select(p.ID, p.NAME, p.FISCAL_YEAR, UNIT.CODE, s.STATUS, s.COMMENT, s.REVIEWED_AT)
                .from(p).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .leftJoin(s).on(s.PROJECT_ID.eq(p.ID))
                .where(p.UNIT_ID.in(unitIds))
                .and(s.STATUS.eq("RETURNED")
                        .or(p.FISCAL_YEAR.eq(lastYear).and(s.ID.isNull().or(s.STATUS.eq("DRAFT")))))
                .orderBy(p.FISCAL_YEAR, p.ID).limit(w.limit())
                .fetch(x -> {
                    boolean returned = "RETURNED".equals(x.get(s.STATUS));
                    return new TodoItem(returned ? TodoKind.EVALUATION_RETURNED : TodoKind.EVALUATION_DUE,
                            Messages.text(returned ? "todo.title.evaluationReturned" : "todo.title.evaluationDue",
                                    x.get(p.NAME), x.get(p.FISCAL_YEAR)),
                            x.get(UNIT.CODE), x.get(p.ID), null, null, "/projects/" + x.get(p.ID) + "/evaluation/edit",
                            null, returned ? date(x.get(s.REVIEWED_AT)) : null, null, returned ? x.get(s.COMMENT) : null);
                });
    }

    /** Submitted reports of every unit awaiting finance, the longest waiting first. */
    List<TodoItem> reportsToReview(Window w) {
        var p = BUDGET_PROJECT;
        var rp = REPORTING_PERIOD;
        var r = PERIOD_REPORT;
        return db.select(p.ID, p.NAME, UNIT.CODE, UNIT.NAME, rp.CODE, rp.LABEL, r.SUBMITTED_AT)
                .from(r).join(p).on(p.ID.eq(r.PROJECT_ID)).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .join(rp).on(rp.ID.eq(r.PERIOD_ID))
                .where(r.STATUS.eq("SUBMITTED"))
                .orderBy(r.SUBMITTED_AT, r.ID).limit(w.limit())
                .fetch(x -> {
                    LocalDate since = date(x.get(r.SUBMITTED_AT));
                    return new TodoItem(TodoKind.REPORT_TO_REVIEW,
                            Messages.text("todo.title.reportToReview", x.get(UNIT.NAME), x.get(p.NAME), x.get(rp.LABEL)),
                            x.get(UNIT.CODE), x.get(p.ID), x.get(rp.CODE), null, reportHref(x.get(p.ID), x.get(rp.CODE)),
                            null, since, days(since, w.today()), null);
                });
    }

    /** Submitted self-evaluations of every unit awaiting finance, the longest waiting first. */
    List<TodoItem> evaluationsToReview(Window w) {
        var p = BUDGET_PROJECT;
        var s = SELF_EVALUATION;
        return db.select(p.ID, p.NAME, p.FISCAL_YEAR, UNIT.CODE, UNIT.NAME, s.SUBMITTED_AT)
                .from(s).join(p).on(p.ID.eq(s.PROJECT_ID)).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .where(s.STATUS.eq("SUBMITTED"))
                .orderBy(s.SUBMITTED_AT, s.ID).limit(w.limit())
                .fetch(x -> {
                    LocalDate since = date(x.get(s.SUBMITTED_AT));
                    return new TodoItem(TodoKind.EVALUATION_TO_REVIEW,
                            Messages.text("todo.title.evaluationToReview", x.get(UNIT.NAME), x.get(p.NAME), x.get(p.FISCAL_YEAR)),
                            x.get(UNIT.CODE), x.get(p.ID), null, null, "/projects/" + x.get(p.ID) + "/evaluation",
                            null, since, days(since, w.today()), null);
                });
    }

    /** Units with projects that have not handed in a report of a period past its deadline: one line per unit and period. */
    List<TodoItem> unitsOverdue(Window w) {
        var p = BUDGET_PROJECT;
        var rp = REPORTING_PERIOD;
        var r = PERIOD_REPORT;
        Field<Integer> missing = DSL.count().as("missing");
        return db.select(UNIT.CODE, UNIT.NAME, rp.CODE, rp.LABEL, rp.DEADLINE, missing)
                .from(rp).join(p).on(p.FISCAL_YEAR.eq(rp.FISCAL_YEAR)).join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .leftJoin(r).on(r.PROJECT_ID.eq(p.ID).and(r.PERIOD_ID.eq(rp.ID)).and(r.STATUS.in(HANDED_IN)))
                .where(rp.DEADLINE.ge(w.overdueFrom())).and(rp.DEADLINE.lt(w.today()))
                .and(r.ID.isNull())
                .groupBy(UNIT.ID, UNIT.CODE, UNIT.NAME, rp.ID, rp.CODE, rp.LABEL, rp.DEADLINE)
                .orderBy(rp.DEADLINE, UNIT.CODE).limit(w.limit())
                .fetch(x -> new TodoItem(TodoKind.UNIT_OVERDUE,
                        Messages.text("todo.title.unitOverdue", x.get(UNIT.NAME), x.get(rp.LABEL), x.get(missing)),
                        x.get(UNIT.CODE), null, x.get(rp.CODE), x.get(rp.DEADLINE),
                        "/reports/units/" + x.get(UNIT.CODE) + "/" + x.get(rp.CODE),
                        days(w.today(), x.get(rp.DEADLINE)), null, null, null));
    }

    /** The latest monitoring run, if any: as of, status, finished. */
    Record lastRun() {
        var m = MONITORING_RUN;
        return db.select(m.ID, m.AS_OF, m.STATUS, m.FINISHED_AT, m.QUEUED_AT, m.RED_PROJECTS, m.ALERTS_OPENED)
                .from(m).orderBy(m.ID.desc()).limit(1).fetchOne();
    }

    /** Accounts locked by failed logins now. */
    List<TodoItem> lockedAccounts(LocalDateTime now, Window w) {
        var u = APP_USER;
        return db.select(u.ID, u.USERNAME, u.DISPLAY_NAME, u.LOCKED_UNTIL).from(u)
                .where(u.LOCKED_UNTIL.gt(now)).orderBy(u.LOCKED_UNTIL.desc(), u.ID).limit(w.limit())
                .fetch(x -> new TodoItem(TodoKind.ACCOUNT_LOCKED,
                        Messages.text("todo.title.accountLocked", person(x.get(u.USERNAME), x.get(u.DISPLAY_NAME)),
                                x.get(u.LOCKED_UNTIL).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ')),
                        null, null, null, null, "/admin/users/" + x.get(u.ID), null, null, null, null));
    }

    /** Bureau clerks bound to no unit: they see nothing. */
    List<TodoItem> usersWithoutUnits(Window w) {
        var u = APP_USER;
        return db.select(u.ID, u.USERNAME, u.DISPLAY_NAME).from(u)
                .where(u.ROLE.eq("BUREAU")).and(u.ENABLED.isTrue())
                .andNotExists(db.selectOne().from(USER_UNIT).where(USER_UNIT.USER_ID.eq(u.ID)))
                .orderBy(u.USERNAME).limit(w.limit())
                .fetch(x -> new TodoItem(TodoKind.USER_WITHOUT_UNIT,
                        Messages.text("todo.title.userWithoutUnit", person(x.get(u.USERNAME), x.get(u.DISPLAY_NAME))),
                        null, null, null, null, "/admin/users/" + x.get(u.ID), null, null, null, null));
    }

    private static String person(String username, String displayName) {
        return displayName == null ? username : displayName + "（" + username + "）";
    }

    static String reportHref(long projectId, String period) {
        return "/reports/projects/" + projectId + "/" + period;
    }

    /** Null when a date is unknown: rows written before a timestamp was kept (or by hand) have none. */
    private static Integer days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }
}
