package jixiao.evaluation;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

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
        Map<Long, List<YearEndFigures.Report>> reports = new HashMap<>();
        Map<Long, Long> projectOfReport = new HashMap<>();
        db.select(PERIOD_REPORT.ID, PERIOD_REPORT.PROJECT_ID, PERIOD_REPORT.STATUS, PERIOD_REPORT.SPENT_YUAN,
                        PERIOD_REPORT.ADJUSTED_BUDGET_YUAN, REPORTING_PERIOD.FISCAL_YEAR, REPORTING_PERIOD.END_MONTH,
                        REPORTING_PERIOD.PERIOD_END, REPORTING_PERIOD.LABEL)
                .from(PERIOD_REPORT).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.in(yearByProject.keySet()))
                .forEach(r -> {
                    long projectId = r.get(PERIOD_REPORT.PROJECT_ID);
                    if (!r.get(REPORTING_PERIOD.FISCAL_YEAR).equals(yearByProject.get(projectId))) {
                        return;
                    }
                    projectOfReport.put(r.get(PERIOD_REPORT.ID), projectId);
                    reports.computeIfAbsent(projectId, p -> new ArrayList<>()).add(new YearEndFigures.Report(
                            r.get(PERIOD_REPORT.ID), r.get(REPORTING_PERIOD.END_MONTH), r.get(REPORTING_PERIOD.PERIOD_END),
                            r.get(REPORTING_PERIOD.LABEL), r.get(PERIOD_REPORT.STATUS), r.get(PERIOD_REPORT.SPENT_YUAN),
                            r.get(PERIOD_REPORT.ADJUSTED_BUDGET_YUAN)));
                });
        Map<Long, List<YearEndFigures.Progress>> progress = new HashMap<>();
        if (!projectOfReport.isEmpty()) {
            db.select(INDICATOR_PROGRESS.REPORT_ID, INDICATOR_PROGRESS.INDICATOR_ID, INDICATOR_PROGRESS.CURRENT_VALUE,
                            INDICATOR_PROGRESS.GRADE)
                    .from(INDICATOR_PROGRESS)
                    .where(INDICATOR_PROGRESS.REPORT_ID.in(projectOfReport.keySet()))
                    .forEach(r -> progress.computeIfAbsent(projectOfReport.get(r.get(INDICATOR_PROGRESS.REPORT_ID)),
                            p -> new ArrayList<>()).add(new YearEndFigures.Progress(r.get(INDICATOR_PROGRESS.REPORT_ID),
                            r.get(INDICATOR_PROGRESS.INDICATOR_ID), r.get(INDICATOR_PROGRESS.CURRENT_VALUE),
                            r.get(INDICATOR_PROGRESS.GRADE))));
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
