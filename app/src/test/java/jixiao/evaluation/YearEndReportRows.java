package jixiao.evaluation;

import io.micronaut.transaction.TransactionOperations;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * Period reports (执行情况填报) written straight into their tables, committed, as the reporting feature would
 * have stored them: the self-evaluation only reads them.
 */
final class YearEndReportRows {

    private final DSLContext db;
    private final TransactionOperations<Connection> tx;
    private final ReportingPeriods periods;

    YearEndReportRows(DSLContext db, TransactionOperations<Connection> tx, ReportingPeriods periods) {
        this.db = db;
        this.tx = tx;
        this.periods = periods;
    }

    /** The period ending with {@code month} of {@code year}, created when no test made it yet. */
    long period(int year, int month) {
        String code = YearMonth.of(year, month).toString();
        return tx.executeWrite(status -> {
            // The year's default periods first, as the application would create them: a year with only a
            // test's own period would hide the defaults from every later test.
            periods.ensureYear(year);
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            db.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.FISCAL_YEAR, year).set(REPORTING_PERIOD.CODE, code)
                    .set(REPORTING_PERIOD.END_MONTH, month).set(REPORTING_PERIOD.LABEL, month + "月底")
                    .set(REPORTING_PERIOD.PERIOD_END, end).set(REPORTING_PERIOD.DEADLINE, end.plusDays(10))
                    .set(REPORTING_PERIOD.CREATED_AT, LocalDateTime.now()).set(REPORTING_PERIOD.UPDATED_AT, LocalDateTime.now())
                    .onDuplicateKeyIgnore().execute();
            return db.select(REPORTING_PERIOD.ID).from(REPORTING_PERIOD).where(REPORTING_PERIOD.CODE.eq(code)).fetchOne(REPORTING_PERIOD.ID);
        });
    }

    /** The label the period has (another test may have created it first). */
    String label(long periodId) {
        return tx.executeRead(status -> db.select(REPORTING_PERIOD.LABEL).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.ID.eq(periodId)).fetchOne(REPORTING_PERIOD.LABEL));
    }

    long report(long projectId, long periodId, String status, String spentYuan, String adjustedBudgetYuan) {
        return tx.executeWrite(s -> db.insertInto(PERIOD_REPORT)
                .set(PERIOD_REPORT.PROJECT_ID, projectId).set(PERIOD_REPORT.PERIOD_ID, periodId)
                .set(PERIOD_REPORT.STATUS, status)
                .set(PERIOD_REPORT.SPENT_YUAN, spentYuan == null ? null : new BigDecimal(spentYuan))
                .set(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, adjustedBudgetYuan == null ? null : new BigDecimal(adjustedBudgetYuan))
                .set(PERIOD_REPORT.VERSION, 0L)
                .set(PERIOD_REPORT.CREATED_AT, LocalDateTime.now()).set(PERIOD_REPORT.UPDATED_AT, LocalDateTime.now())
                .returningResult(PERIOD_REPORT.ID).fetchOne(PERIOD_REPORT.ID));
    }

    void progress(long reportId, long indicatorId, String currentValue, String grade) {
        tx.executeWrite(s -> db.insertInto(INDICATOR_PROGRESS)
                .set(INDICATOR_PROGRESS.REPORT_ID, reportId).set(INDICATOR_PROGRESS.INDICATOR_ID, indicatorId)
                .set(INDICATOR_PROGRESS.CURRENT_VALUE, currentValue == null ? null : new BigDecimal(currentValue))
                .set(INDICATOR_PROGRESS.GRADE, grade)
                .execute());
    }

    /** The id of a project's indicator by its name, as the project API gives it. */
    static long indicatorId(Http http, long projectId, String name) {
        for (var i : Json.parse(http.get("/api/projects/" + projectId).body()).get("indicators")) {
            if (i.get("name").asText().equals(name)) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no indicator " + name + " in project " + projectId);
    }
}
