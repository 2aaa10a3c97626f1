package jixiao.project;

import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.List;

/** A project input that {@link ProjectRules} accepted: normalised, amounts in 元, targets parsed. */
record ProjectDraft(
        int year,
        String unitCode,
        String unitName,
        String departmentName,
        ProjectKind kind,
        String code,
        String name,
        MoneyUnit moneyUnit,
        BigDecimal budgetYuan,
        BigDecimal fiscalFundsYuan,
        BigDecimal otherFundsYuan,
        String purpose,
        String goal,
        String measures,
        String attribute,
        String term,
        String managingOffice,
        SpendPlan plan,
        List<IndicatorDraft> indicators,
        List<KeyTaskDraft> keyTasks,
        java.util.Map<BudgetLineKind, BigDecimal> budgetLinesYuan) {

    record IndicatorDraft(Long id, String level1, String level2, String name, String description,
                          TargetValue target, String periodTargetText, String basis, BigDecimal weight) {

        /** What identifies an indicator of a project when the editor sends no id. */
        String key() {
            return level1 + "/" + level2 + "/" + name;
        }
    }

    record KeyTaskDraft(String name, String content, BigDecimal fundsYuan, String expectedGoal) {
    }
}
