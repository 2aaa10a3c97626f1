package jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one sweep found for one project: its light (the worst of all its findings) and the findings
 * lit in a colour that opens an alert.
 *
 * @param budgetYuan      the budget spend is measured against: adjusted where the report adjusts it
 * @param periodId        the period whose report the figures come from; null without a report
 * @param plannedPercent  the plan at that period's end (at the as-of date without a report)
 * @param executedPercent 执行率; null without reported spend
 */
record ProjectOutcome(long projectId, long unitId, Light light, BigDecimal budgetYuan, BigDecimal spentYuan,
                      Long periodId, BigDecimal plannedPercent, BigDecimal executedPercent, List<RaisedAlert> alerts) {

    /**
     * A finding that opens (or keeps open) an alert.
     *
     * @param subjectKey  what it is about: project, period, indicator, rule ('P17:2024-06:I203:INDICATOR_PROGRESS')
     * @param indicatorId null for money and missing reports
     */
    record RaisedAlert(String subjectKey, long periodId, Long indicatorId, Finding finding) {
    }
}
