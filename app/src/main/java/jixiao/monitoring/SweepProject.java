package jixiao.monitoring;

import jixiao.project.SpendPlan;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A project as the sweep reads it.
 *
 * @param budgetYuan        the budget in the target table
 * @param report            its latest SUBMITTED or APPROVED report of a period ended by the as-of
 *                          date; null when it has reported nothing yet
 * @param reportedPeriodIds every period it has such a report for
 */
record SweepProject(long id, long unitId, BigDecimal budgetYuan, SpendPlan plan, Report report,
                    Set<Long> reportedPeriodIds) {

    /**
     * @param spentYuan          cumulative spend at the period end; null when not given
     * @param adjustedBudgetYuan the budget after a 年度预算调整; null when unchanged
     */
    record Report(long id, long periodId, BigDecimal spentYuan, BigDecimal adjustedBudgetYuan) {
    }

    /** The budget spend is measured against: the adjusted one where the report gives it. */
    BigDecimal budgetInForce() {
        return report != null && report.adjustedBudgetYuan() != null ? report.adjustedBudgetYuan() : budgetYuan;
    }
}
