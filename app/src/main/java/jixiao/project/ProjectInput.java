package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project as a person or another system submits it (JSON API, the form, an import). Amounts are
 * decimal strings in {@code moneyUnit}; nothing here is trusted until {@link ProjectRules} accepts it.
 *
 * @param version the version the editor started from; a stale one is refused with 409
 */
@Serdeable
public record ProjectInput(
        @Nullable Integer year,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable String departmentName,
        @Nullable String kind,
        @Nullable String code,
        @Nullable String name,
        @Nullable String moneyUnit,
        @Nullable String budget,
        @Nullable String fiscalFunds,
        @Nullable String otherFunds,
        @Nullable String purpose,
        @Nullable String goal,
        @Nullable String measures,
        @Nullable String attribute,
        @Nullable String term,
        @Nullable String managingOffice,
        @Nullable List<PlanPoint> spendPlan,
        @Nullable List<IndicatorLine> indicators,
        @Nullable List<KeyTaskLine> keyTasks,
        @Nullable Long version,
        @Nullable BudgetSummary budgetSummary) {

    @io.micronaut.core.annotation.Creator
    public ProjectInput {
    }

    /** A project without a budget summary (every kind but a department target's). */
    public ProjectInput(Integer year, String unitCode, String unitName, String departmentName, String kind, String code,
                        String name, String moneyUnit, String budget, String fiscalFunds, String otherFunds, String purpose,
                        String goal, String measures, String attribute, String term, String managingOffice,
                        List<PlanPoint> spendPlan, List<IndicatorLine> indicators, List<KeyTaskLine> keyTasks, Long version) {
        this(year, unitCode, unitName, departmentName, kind, code, name, moneyUnit, budget, fiscalFunds, otherFunds,
                purpose, goal, measures, attribute, term, managingOffice, spendPlan, indicators, keyTasks, version, null);
    }

    /** The budget summary's lines for the form, blank ones included. */
    public List<BudgetSummary.Row> budgetRows() {
        return BudgetSummary.rows(budgetSummary);
    }

    /** The same project with the department's budget summary. */
    public ProjectInput withBudgetSummary(BudgetSummary summary) {
        return new ProjectInput(year, unitCode, unitName, departmentName, kind, code, name, moneyUnit, budget,
                fiscalFunds, otherFunds, purpose, goal, measures, attribute, term, managingOffice, spendPlan, indicators,
                keyTasks, version, summary);
    }

    /** The same project in another unit (an import told to store a table in the unit the person chose). */
    public ProjectInput withUnitCode(String newUnitCode) {
        return new ProjectInput(year, newUnitCode, unitName, departmentName, kind, code, name, moneyUnit, budget,
                fiscalFunds, otherFunds, purpose, goal, measures, attribute, term, managingOffice, spendPlan, indicators,
                keyTasks, version, budgetSummary);
    }

    /** {@code {"month":3,"percent":25}}: cumulative % of the budget by the end of the month. */
    @Serdeable
    public record PlanPoint(@Nullable Integer month, @Nullable BigDecimal percent) {
    }

    /** One 三级指标; {@code id} keeps an existing indicator's identity when a project is edited. */
    @Serdeable
    public record IndicatorLine(
            @Nullable Long id,
            @Nullable String level1,
            @Nullable String level2,
            @Nullable String name,
            @Nullable String description,
            @Nullable String target,
            @Nullable String periodTarget,
            @Nullable String basis,
            @Nullable String weight) {
    }

    /** 分项绩效目标 / 年度重点工作任务 with its funds (department-level targets). */
    @Serdeable
    public record KeyTaskLine(@Nullable String name, @Nullable String content, @Nullable String funds,
                              @Nullable String expectedGoal) {
    }
}
