package jixiao.reporting;

import jixiao.common.Numbers;
import jixiao.project.SpendPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Spend against plan at a period's end, as the form and the overview show it and as monitoring
 * computes it: 执行率 = cumulative spend ÷ (adjusted) budget; the plan from the project's 资金支出计划
 * (time elapsed where there is none); lag = plan − 执行率 in percentage points. Shown with two decimals.
 *
 * @param executionPercent null without a spend or without a budget
 * @param lagPoints        null when the execution rate is
 */
record SpendProgress(BigDecimal plannedPercent, BigDecimal executionPercent, BigDecimal lagPoints) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static SpendProgress of(SpendPlan plan, int year, LocalDate periodEnd, BigDecimal budgetYuan, BigDecimal spentYuan) {
        BigDecimal planned = Numbers.round2(plan.plannedPercentAt(year, periodEnd));
        if (spentYuan == null || budgetYuan == null || budgetYuan.signum() <= 0) {
            return new SpendProgress(planned, null, null);
        }
        BigDecimal executed = Numbers.round2(spentYuan.multiply(HUNDRED).divide(budgetYuan, SpendPlan.SCALE, RoundingMode.HALF_UP));
        return new SpendProgress(planned, executed, planned.subtract(executed));
    }
}
