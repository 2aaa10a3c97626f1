package jixiao.evaluation;

import jakarta.inject.Singleton;
import jixiao.database.JdbcRows;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * Reads the period reports (执行情况填报) of projects' fiscal years for {@link YearEndFigures}. Called inside
 * the transaction of a service that has already checked the caller may see the projects.
 */
@Singleton
class YearEndReports {

    private final DSLContext db;

    YearEndReports(DSLContext db) {
        this.db = db;
    }

    /** @param yearByProject each project's fiscal year, by project id */
    Map<Long, YearEndFigures> of(Map<Long, Integer> yearByProject) {
        if (yearByProject.isEmpty()) {
            return Map.of();
        }
        // read with plain JDBC getters: a unit's summary reads its 200 projects' reports and 1,600 indicator values
        // on every request, and building a jOOQ record for each row was most of the time spent here
        Map<Long, List<YearEndFigures.Report>> reports = new HashMap<>();
        Map<Long, Long> projectOfReport = new HashMap<>();
        JdbcRows.each(db.select(PERIOD_REPORT.ID, PERIOD_REPORT.PROJECT_ID, PERIOD_REPORT.STATUS,
                        PERIOD_REPORT.SPENT_YUAN, PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, REPORTING_PERIOD.FISCAL_YEAR,
                        REPORTING_PERIOD.END_MONTH, REPORTING_PERIOD.PERIOD_END, REPORTING_PERIOD.LABEL)
                .from(PERIOD_REPORT).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.in(yearByProject.keySet())), r -> {
            long reportId = r.getLong(1);
            long projectId = r.getLong(2);
            if (r.getInt(6) != yearByProject.get(projectId)) {
                return;
            }
            projectOfReport.put(reportId, projectId);
            reports.computeIfAbsent(projectId, p -> new ArrayList<>()).add(new YearEndFigures.Report(reportId,
                    r.getInt(7), r.getObject(8, LocalDate.class), r.getString(9), r.getString(3),
                    r.getBigDecimal(4), r.getBigDecimal(5)));
        });
        Map<Long, List<YearEndFigures.Progress>> progress = new HashMap<>();
        if (!projectOfReport.isEmpty()) {
            // joined to the reports by project rather than asked for by report id: a unit's 800 reports were as many
            // bound values to render, send and parse; a report of another year is left out as above
            JdbcRows.each(db.select(INDICATOR_PROGRESS.REPORT_ID, INDICATOR_PROGRESS.INDICATOR_ID,
                            INDICATOR_PROGRESS.CURRENT_VALUE, INDICATOR_PROGRESS.GRADE)
                    .from(INDICATOR_PROGRESS).join(PERIOD_REPORT).on(PERIOD_REPORT.ID.eq(INDICATOR_PROGRESS.REPORT_ID))
                    .where(PERIOD_REPORT.PROJECT_ID.in(yearByProject.keySet())), r -> {
                long reportId = r.getLong(1);
                Long projectId = projectOfReport.get(reportId);
                if (projectId != null) {
                    progress.computeIfAbsent(projectId, p -> new ArrayList<>())
                            .add(new YearEndFigures.Progress(reportId, r.getLong(2), r.getBigDecimal(3), r.getString(4)));
                }
            });
        }
        Map<Long, YearEndFigures> figures = new HashMap<>();
        for (Long projectId : yearByProject.keySet()) {
            List<YearEndFigures.Report> own = reports.getOrDefault(projectId, List.of());
            figures.put(projectId, own.isEmpty() ? YearEndFigures.NONE
                    : YearEndFigures.of(own, progress.getOrDefault(projectId, List.of())));
        }
        return figures;
    }
}
