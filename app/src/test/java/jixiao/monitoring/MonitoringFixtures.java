package jixiao.monitoring;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jixiao.reporting.ReportingPeriods;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.FISCAL_YEAR;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.MONITORING_RUN;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * Reporting periods, reports, indicator progress, runs and alerts written straight into MariaDB,
 * each call in its own committed transaction, so that the app's threads (HTTP, Quartz) see them.
 */
public final class MonitoringFixtures {

    private final ReportingPeriods periods;

    private final DSLContext db;
    private final TransactionOperations<Connection> tx;

    public MonitoringFixtures(DSLContext db, TransactionOperations<Connection> tx, ReportingPeriods periods) {
        this.periods = periods;
        this.db = db;
        this.tx = tx;
    }

    /** A transaction of its own, committed on return, even inside a test-managed one. */
    <T> T inTransaction(Supplier<T> work) {
        return tx.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> work.get());
    }

    /** A period ending with {@code month} of {@code year}, due on the 10th of the next month. */
    public long period(int year, int month) {
        LocalDate end = YearMonth.of(year, month).atEndOfMonth();
        return inTransaction(() -> {
            // The year's default periods first, as the application creates them (see YearEndReportRows).
            periods.ensureYear(year);
            db.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.FISCAL_YEAR, year)
                    .set(REPORTING_PERIOD.CODE, YearMonth.of(year, month).toString())
                    .set(REPORTING_PERIOD.END_MONTH, month)
                    .set(REPORTING_PERIOD.LABEL, month + "月底")
                    .set(REPORTING_PERIOD.PERIOD_END, end)
                    .set(REPORTING_PERIOD.DEADLINE, end.plusDays(10))
                    .set(REPORTING_PERIOD.CREATED_AT, LocalDateTime.now())
                    .set(REPORTING_PERIOD.UPDATED_AT, LocalDateTime.now())
                    .onDuplicateKeyIgnore().execute();
            return db.select(REPORTING_PERIOD.ID).from(REPORTING_PERIOD)
                    .where(REPORTING_PERIOD.CODE.eq(YearMonth.of(year, month).toString())).fetchOne(REPORTING_PERIOD.ID);
        });
    }

    long report(long projectId, long periodId, String status, String spentYuan, String adjustedBudgetYuan) {
        return inTransaction(() -> db.insertInto(PERIOD_REPORT)
                .set(PERIOD_REPORT.PROJECT_ID, projectId)
                .set(PERIOD_REPORT.PERIOD_ID, periodId)
                .set(PERIOD_REPORT.STATUS, status)
                .set(PERIOD_REPORT.SPENT_YUAN, spentYuan == null ? null : new BigDecimal(spentYuan))
                .set(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, adjustedBudgetYuan == null ? null : new BigDecimal(adjustedBudgetYuan))
                .set(PERIOD_REPORT.VERSION, 0L)
                .set(PERIOD_REPORT.CREATED_AT, LocalDateTime.now())
                .set(PERIOD_REPORT.UPDATED_AT, LocalDateTime.now())
                .returning(PERIOD_REPORT.ID).fetchOne(PERIOD_REPORT.ID));
    }

    void spent(long reportId, String spentYuan) {
        inTransaction(() -> db.update(PERIOD_REPORT).set(PERIOD_REPORT.SPENT_YUAN, new BigDecimal(spentYuan))
                .where(PERIOD_REPORT.ID.eq(reportId)).execute());
    }

    void status(long reportId, String status) {
        inTransaction(() -> db.update(PERIOD_REPORT).set(PERIOD_REPORT.STATUS, status)
                .where(PERIOD_REPORT.ID.eq(reportId)).execute());
    }

    /**
     * @param value      the reported number, or null
     * @param grade      ACHIEVED / PARTIAL / NOT_ACHIEVED, or null
     * @param likelihood CERTAIN / POSSIBLE / IMPOSSIBLE, or null
     */
    void progress(long reportId, long indicatorId, String value, String grade, String likelihood) {
        inTransaction(() -> db.insertInto(INDICATOR_PROGRESS)
                .set(INDICATOR_PROGRESS.REPORT_ID, reportId)
                .set(INDICATOR_PROGRESS.INDICATOR_ID, indicatorId)
                .set(INDICATOR_PROGRESS.CURRENT_VALUE, value == null ? null : new BigDecimal(value))
                .set(INDICATOR_PROGRESS.GRADE, grade)
                .set(INDICATOR_PROGRESS.LIKELIHOOD, likelihood)
                .set(INDICATOR_PROGRESS.EXPECTED_FULL_YEAR, value == null ? grade : value)
                .set(INDICATOR_PROGRESS.DEVIATION_CAUSES, "FUNDING,OTHER")
                .set(INDICATOR_PROGRESS.DEVIATION_NOTE, "资金下达较晚")
                .set(INDICATOR_PROGRESS.CORRECTIVE_ACTION, "加快支付进度")
                .onDuplicateKeyUpdate()
                .set(INDICATOR_PROGRESS.CURRENT_VALUE, value == null ? null : new BigDecimal(value))
                .set(INDICATOR_PROGRESS.GRADE, grade)
                .set(INDICATOR_PROGRESS.LIKELIHOOD, likelihood)
                .execute());
    }

    /** A finished run of {@code year}, as if the scheduler had run it. */
    public long finishedRun(int year, LocalDate asOf) {
        return inTransaction(() -> db.insertInto(MONITORING_RUN)
                .set(MONITORING_RUN.FISCAL_YEAR, year).set(MONITORING_RUN.AS_OF, asOf)
                .set(MONITORING_RUN.TRIGGERED_BY, "scheduler").set(MONITORING_RUN.STATUS, RunStatus.DONE.name())
                .set(MONITORING_RUN.QUEUED_AT, LocalDateTime.now()).set(MONITORING_RUN.STARTED_AT, LocalDateTime.now())
                .set(MONITORING_RUN.FINISHED_AT, LocalDateTime.now())
                .set(MONITORING_RUN.PROJECTS_TOTAL, 1).set(MONITORING_RUN.PROJECTS_CHECKED, 1)
                .set(MONITORING_RUN.ALERTS_OPENED, 1).set(MONITORING_RUN.ALERTS_UPDATED, 0).set(MONITORING_RUN.ALERTS_CLOSED, 0)
                .set(MONITORING_RUN.GREEN_PROJECTS, 0).set(MONITORING_RUN.BLUE_PROJECTS, 0)
                .set(MONITORING_RUN.YELLOW_PROJECTS, 0).set(MONITORING_RUN.RED_PROJECTS, 1)
                .returning(MONITORING_RUN.ID).fetchOne(MONITORING_RUN.ID));
    }

    /** An open REPORT_MISSING alert on the project for the period, raised by {@code runId}. */
    public long missingReportAlert(long projectId, long periodId, long runId) {
        return inTransaction(() -> {
            var project = db.selectFrom(BUDGET_PROJECT).where(BUDGET_PROJECT.ID.eq(projectId)).fetchSingle();
            String key = "P" + projectId + ":" + periodId + ":REPORT_MISSING";
            return db.insertInto(MONITORING_ALERT)
                    .set(MONITORING_ALERT.FISCAL_YEAR, project.getFiscalYear()).set(MONITORING_ALERT.UNIT_ID, project.getUnitId())
                    .set(MONITORING_ALERT.PROJECT_ID, projectId).set(MONITORING_ALERT.PERIOD_ID, periodId)
                    .set(MONITORING_ALERT.RULE, AlertRule.REPORT_MISSING.name())
                    .set(MONITORING_ALERT.SUBJECT_KEY, key).set(MONITORING_ALERT.ACTIVE_KEY, key)
                    .set(MONITORING_ALERT.LIGHT, Light.RED.name())
                    .set(MONITORING_ALERT.MESSAGE, "监控报告应于7月10日前报送，截至7月15日仍未报送")
                    .set(MONITORING_ALERT.AS_OF, LocalDate.now()).set(MONITORING_ALERT.STATUS, AlertStatus.OPEN.name())
                    .set(MONITORING_ALERT.FIRST_SEEN_AT, LocalDateTime.now()).set(MONITORING_ALERT.LAST_SEEN_AT, LocalDateTime.now())
                    .set(MONITORING_ALERT.FIRST_RUN_ID, runId).set(MONITORING_ALERT.LAST_RUN_ID, runId)
                    .set(MONITORING_ALERT.VERSION, 0L)
                    .returning(MONITORING_ALERT.ID).fetchOne(MONITORING_ALERT.ID);
        });
    }

    /** The project's indicator ids in table order. */
    List<Long> indicators(long projectId) {
        return inTransaction(() -> db.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.PROJECT_ID.eq(projectId))
                .orderBy(INDICATOR.POSITION).fetch(INDICATOR.ID));
    }
}
