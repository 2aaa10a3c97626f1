package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.evaluation.department.DepartmentPart;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's 项目支出绩效自评表 as the engine scores it: what was entered (or pre-filled from the year's
 * reports), every score with its explanation, and where the workflow stands. Amounts are in 元, scores and
 * rates rounded to 0.01 as {@link ScoreSheet} gives them. The page, the JSON and the export all show this.
 *
 * @param id              null while nobody has saved the sheet (everything shown is pre-filled)
 * @param editable        whether the caller may change the entries in the current state
 * @param money           年度资金总额, 当年财政拨款, 上年结转资金, 其他资金 (in that order); a department's:
 *                        年度资金总额, 基本支出, 项目支出
 * @param budgetYuan      全年预算数 as scored (the total row)
 * @param executedYuan    全年执行数 as scored (the total row)
 * @param goal            年度总体目标 from the target table
 * @param achievement     实际完成情况
 * @param prefillNotes    where pre-filled values came from, in Chinese
 * @param total           总分; null while the indicator weights do not add up (see {@link ScoreSheet#total()})
 * @param grade           评价等级; null when there is no total
 * @param problems        what must be corrected before the sheet can be submitted
 * @param department      a department target's 部门整体 part (key tasks, projects); null for a project
 */
@Serdeable
public record SelfEvaluationView(
        long projectId,
        int year,
        String unitCode,
        String unitName,
        @Nullable String departmentName,
        @Nullable String projectCode,
        String projectName,
        String moneyUnit,
        @Nullable Long id,
        @Nullable Long version,
        String status,
        String statusLabel,
        boolean editable,
        List<MoneyRow> money,
        @Nullable BigDecimal budgetYuan,
        @Nullable BigDecimal executedYuan,
        @Nullable String goal,
        @Nullable String achievement,
        @Nullable BigDecimal executionRate,
        BigDecimal executionWeight,
        BigDecimal executionScore,
        String executionExplanation,
        List<IndicatorRow> indicators,
        BigDecimal indicatorTotal,
        @Nullable BigDecimal total,
        String totalExplanation,
        @Nullable String grade,
        List<String> notes,
        List<ScoringProblem> problems,
        List<String> prefillNotes,
        @Nullable String comment,
        @Nullable LocalDateTime submittedAt,
        @Nullable String submittedBy,
        @Nullable LocalDateTime reviewedAt,
        @Nullable String reviewedBy,
        @Nullable DepartmentPart department) {

    /** Whether this is a 部门整体支出绩效自评表 rather than a 项目支出绩效自评表. */
    public boolean isDepartment() {
        return department != null;
    }

    /**
     * A row of the money block.
     *
     * @param source TOTAL, FISCAL, CARRYOVER or OTHER
     * @param rate   执行率 in percent (90.00 = 90%), null when the full-year budget or the spend is blank or 0
     * @param weight 分值, on the total row only
     * @param score  得分, on the total row only
     */
    @Serdeable
    public record MoneyRow(String source, String label, @Nullable BigDecimal initialYuan,
                           @Nullable BigDecimal fullYearYuan, @Nullable BigDecimal executedYuan,
                           @Nullable BigDecimal rate, @Nullable BigDecimal weight, @Nullable BigDecimal score) {
    }

    /**
     * An indicator row.
     *
     * @param kind           QUANTITATIVE or QUALITATIVE
     * @param actual         实际完成值 of a quantitative indicator, in the target's unit
     * @param evaluatorScore the points the evaluator gave a qualitative indicator
     * @param score          得分 as the engine gives it
     * @param prefilledFrom  the report the value was pre-filled from; null once the evaluator saved the row
     */
    @Serdeable
    public record IndicatorRow(
            int index,
            long indicatorId,
            String level1,
            String level2,
            String name,
            String target,
            String kind,
            @Nullable String unit,
            @Nullable BigDecimal actual,
            @Nullable String actualText,
            @Nullable String grade,
            @Nullable String gradeLabel,
            @Nullable BigDecimal evaluatorScore,
            @Nullable String deviationReason,
            BigDecimal weight,
            BigDecimal score,
            boolean fullMarks,
            String explanation,
            boolean deviation,
            @Nullable String prefilledFrom) {

        public boolean quantitative() {
            return "QUANTITATIVE".equals(kind);
        }
    }
}
