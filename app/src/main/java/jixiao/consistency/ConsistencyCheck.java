package jixiao.consistency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import jixiao.common.ForbiddenException;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.project.GuessedField;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.PROJECT_GUESS;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.UNIT;

/**
 * The net under the figures (issue 10): for a year, everything stored that a light, rate or score
 * would rest on without being sure of it, or that contradicts itself. One set-based query per kind.
 */
@Singleton
public class ConsistencyCheck {

    private static final List<String> INDICATOR_RULES =
            List.of("INDICATOR_PROGRESS", "INDICATOR_LIMIT", "INDICATOR_GRADE", "INDICATOR_LIKELIHOOD");

    private final DSLContext db;

    ConsistencyCheck(DSLContext db) {
        this.db = db;
    }

    /** The lines of one year, optionally of one unit; finance and administrators only. */
    @Transactional(readOnly = true)
    public List<ConsistencyLine> run(Caller caller, int year, @Nullable String unitCode) {
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("consistency.financeOnly"));
        }
        Condition projects = UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID).and(BUDGET_PROJECT.FISCAL_YEAR.eq(year));
        if (unitCode != null && !unitCode.isBlank()) {
            projects = projects.and(UNIT.CODE.eq(unitCode.strip()));
        }
        List<ConsistencyLine> lines = new ArrayList<>();
        lines.addAll(unconfirmedGuesses(projects));
        lines.addAll(targetsToReview(projects));
        lines.addAll(spendOverBudget(projects));
        lines.addAll(unexplainedDecreases(projects));
        lines.addAll(periodsWithoutDeadline(year));
        lines.addAll(alertsWithoutSubject(projects));
        return lines;
    }

    private List<ConsistencyLine> unconfirmedGuesses(Condition projects) {
        return db.select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.ID, BUDGET_PROJECT.NAME, PROJECT_GUESS.FIELD, PROJECT_GUESS.NOTE,
                        PROJECT_GUESS.GUESSED_VALUE)
                .from(PROJECT_GUESS)
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(PROJECT_GUESS.PROJECT_ID))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(projects).and(PROJECT_GUESS.CONFIRMED_AT.isNull())
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, PROJECT_GUESS.ID)
                .fetch(r -> {
                    GuessedField field = GuessedField.parse(r.get(PROJECT_GUESS.FIELD));
                    String label = field == null ? r.get(PROJECT_GUESS.FIELD) : field.label();
                    return line(ConsistencyKind.UNCONFIRMED_GUESS, r, r.get(PROJECT_GUESS.FIELD),
                            Messages.text("consistency.guess", label, r.get(PROJECT_GUESS.NOTE)), projectHref(r));
                });
    }

    private List<ConsistencyLine> targetsToReview(Condition projects) {
        return db.select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.ID, BUDGET_PROJECT.NAME, INDICATOR.ID, INDICATOR.NAME,
                        INDICATOR.TARGET_TEXT, INDICATOR.TARGET_NOTE)
                .from(INDICATOR)
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(INDICATOR.PROJECT_ID))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(projects).and(INDICATOR.TARGET_NEEDS_REVIEW.isTrue())
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, INDICATOR.POSITION)
                .fetch(r -> line(ConsistencyKind.TARGET_TO_REVIEW, r, String.valueOf(r.get(INDICATOR.ID)),
                        Messages.text("consistency.target", r.get(INDICATOR.NAME), r.get(INDICATOR.TARGET_TEXT),
                                r.get(INDICATOR.TARGET_NOTE) == null ? "" : r.get(INDICATOR.TARGET_NOTE)),
                        projectHref(r)));
    }

    private List<ConsistencyLine> spendOverBudget(Condition projects) {
        Field<BigDecimal> budget = DSL.coalesce(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, BUDGET_PROJECT.BUDGET_YUAN);
        return db.select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.ID, BUDGET_PROJECT.NAME, REPORTING_PERIOD.CODE,
                        REPORTING_PERIOD.LABEL, PERIOD_REPORT.SPENT_YUAN, budget)
                .from(PERIOD_REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(PERIOD_REPORT.PROJECT_ID))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(projects).and(PERIOD_REPORT.SPENT_YUAN.gt(budget))
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, REPORTING_PERIOD.PERIOD_END)
                .fetch(r -> line(ConsistencyKind.SPEND_OVER_BUDGET, r, r.get(REPORTING_PERIOD.CODE),
                        Messages.text("consistency.overBudget", r.get(REPORTING_PERIOD.LABEL),
                                Numbers.plain(r.get(PERIOD_REPORT.SPENT_YUAN)), Numbers.plain(r.get(budget))),
                        reportHref(r.get(BUDGET_PROJECT.ID), r.get(REPORTING_PERIOD.CODE))));
    }

    /** Cumulative spend compared with the project's previous reported period (a window over its reports). */
    private List<ConsistencyLine> unexplainedDecreases(Condition projects) {
        Field<BigDecimal> previousSpent = DSL.lag(PERIOD_REPORT.SPENT_YUAN)
                .over(DSL.partitionBy(PERIOD_REPORT.PROJECT_ID).orderBy(REPORTING_PERIOD.PERIOD_END)).as("previous_spent");
        Field<String> previousLabel = DSL.lag(REPORTING_PERIOD.LABEL)
                .over(DSL.partitionBy(PERIOD_REPORT.PROJECT_ID).orderBy(REPORTING_PERIOD.PERIOD_END)).as("previous_label");
        Table<?> reports = db.select(PERIOD_REPORT.PROJECT_ID, REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL,
                        PERIOD_REPORT.SPENT_YUAN, PERIOD_REPORT.SPEND_DECREASE_REASON, previousSpent, previousLabel)
                .from(PERIOD_REPORT)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(PERIOD_REPORT.PROJECT_ID))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(projects).and(PERIOD_REPORT.SPENT_YUAN.isNotNull())
                .asTable("r");
        Field<Long> projectId = reports.field(PERIOD_REPORT.PROJECT_ID);
        Field<String> code = reports.field(REPORTING_PERIOD.CODE);
        Field<String> label = reports.field(REPORTING_PERIOD.LABEL);
        Field<BigDecimal> spent = reports.field(PERIOD_REPORT.SPENT_YUAN);
        Field<String> reason = reports.field(PERIOD_REPORT.SPEND_DECREASE_REASON);
        Field<BigDecimal> previous = reports.field(previousSpent);
        Field<String> previousPeriod = reports.field(previousLabel);
        return db.select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.ID, BUDGET_PROJECT.NAME, code, label, spent, previous, previousPeriod)
                .from(reports)
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(projectId))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(spent.lt(previous)).and(reason.isNull().or(DSL.trim(reason).eq("")))
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, code)
                .fetch(r -> line(ConsistencyKind.SPEND_DECREASE_UNEXPLAINED, r, r.get(code),
                        Messages.text("consistency.decrease", r.get(label), Numbers.plain(r.get(spent)),
                                r.get(previousPeriod), Numbers.plain(r.get(previous))),
                        reportHref(r.get(BUDGET_PROJECT.ID), r.get(code))));
    }

    private List<ConsistencyLine> periodsWithoutDeadline(int year) {
        return db.select(REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL, REPORTING_PERIOD.PERIOD_END, REPORTING_PERIOD.DEADLINE)
                .from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.FISCAL_YEAR.eq(year))
                .and(REPORTING_PERIOD.DEADLINE.isNull().or(REPORTING_PERIOD.DEADLINE.lt(REPORTING_PERIOD.PERIOD_END)))
                .orderBy(REPORTING_PERIOD.PERIOD_END)
                .fetch(r -> new ConsistencyLine(ConsistencyKind.PERIOD_WITHOUT_DEADLINE, ConsistencyKind.PERIOD_WITHOUT_DEADLINE.label(),
                        null, null, null, null, r.get(REPORTING_PERIOD.CODE),
                        r.get(REPORTING_PERIOD.DEADLINE) == null
                                ? Messages.text("consistency.noDeadline", r.get(REPORTING_PERIOD.LABEL))
                                : Messages.text("consistency.deadlineBeforeEnd", r.get(REPORTING_PERIOD.LABEL),
                                        r.get(REPORTING_PERIOD.DEADLINE), r.get(REPORTING_PERIOD.PERIOD_END)),
                        UriBuilder.of("/reports/periods").queryParam("year", year).toString()));
    }

    /**
     * A deleted project takes its alerts with it; a deleted indicator leaves its alerts without a
     * subject (the reference is set to null), and a live one would wait for a 整改 nobody can make.
     */
    private List<ConsistencyLine> alertsWithoutSubject(Condition projects) {
        return db.select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.ID, BUDGET_PROJECT.NAME, MONITORING_ALERT.ID,
                        MONITORING_ALERT.MESSAGE)
                .from(MONITORING_ALERT)
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(MONITORING_ALERT.PROJECT_ID))
                .join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(projects)
                .and(MONITORING_ALERT.STATUS.in("OPEN", "ACKNOWLEDGED"))
                .and(MONITORING_ALERT.RULE.in(INDICATOR_RULES))
                .and(MONITORING_ALERT.INDICATOR_ID.isNull())
                .orderBy(UNIT.CODE, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, MONITORING_ALERT.ID)
                .fetch(r -> line(ConsistencyKind.ALERT_WITHOUT_SUBJECT, r, String.valueOf(r.get(MONITORING_ALERT.ID)),
                        Messages.text("consistency.alertWithoutIndicator", r.get(MONITORING_ALERT.MESSAGE)),
                        "/alerts/" + r.get(MONITORING_ALERT.ID)));
    }

    private static ConsistencyLine line(ConsistencyKind kind, Record r, String subject, String message, String href) {
        return new ConsistencyLine(kind, kind.label(), r.get(UNIT.CODE), r.get(UNIT.NAME), r.get(BUDGET_PROJECT.ID),
                r.get(BUDGET_PROJECT.NAME), subject, message, href);
    }

    private static String projectHref(Record r) {
        return "/projects/" + r.get(BUDGET_PROJECT.ID);
    }

    private static String reportHref(long projectId, String period) {
        return UriBuilder.of("/reports/projects").path(String.valueOf(projectId)).path(period).toString();
    }
}
