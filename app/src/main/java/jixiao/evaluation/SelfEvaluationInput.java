package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the evaluator enters on the 自评表 (JSON {@code PUT /api/projects/{id}/self-evaluation} and the form).
 * Amounts are decimal strings in {@code moneyUnit} (元 when absent); a blank amount is left blank. Nothing is
 * trusted until {@link SelfEvaluationRules} accepts it. Indicators left out keep their pre-filled values.
 *
 * <p>A department's sheet (部门整体支出绩效自评表) takes 基本支出 ({@code basic…}) and the 年度重点工作任务
 * ({@code keyTasks}) instead of the money by source: its 项目支出 is its projects' and cannot be typed.
 *
 * @param version the version the evaluator started from; null only for a sheet never saved. A stale one is 409.
 */
@Serdeable
public record SelfEvaluationInput(
        @Nullable Long version,
        @Nullable String moneyUnit,
        @Nullable String fiscalInitial,
        @Nullable String fiscalFullYear,
        @Nullable String fiscalExecuted,
        @Nullable String carryoverInitial,
        @Nullable String carryoverFullYear,
        @Nullable String carryoverExecuted,
        @Nullable String otherInitial,
        @Nullable String otherFullYear,
        @Nullable String otherExecuted,
        @Nullable String achievement,
        @Nullable List<IndicatorEntry> indicators,
        @Nullable String basicInitial,
        @Nullable String basicFullYear,
        @Nullable String basicExecuted,
        @Nullable List<KeyTaskEntry> keyTasks) {

    /** A project's sheet, without the department's entries. */
    public SelfEvaluationInput(Long version, String moneyUnit, String fiscalInitial, String fiscalFullYear,
                               String fiscalExecuted, String carryoverInitial, String carryoverFullYear,
                               String carryoverExecuted, String otherInitial, String otherFullYear, String otherExecuted,
                               String achievement, List<IndicatorEntry> indicators) {
        this(version, moneyUnit, fiscalInitial, fiscalFullYear, fiscalExecuted, carryoverInitial, carryoverFullYear,
                carryoverExecuted, otherInitial, otherFullYear, otherExecuted, achievement, indicators, null, null, null,
                null);
    }

    /**
     * What became of one 年度重点工作任务.
     *
     * @param position   the task's place in the target table, 1-based
     * @param executed   实际执行资金, in {@code moneyUnit}
     * @param completion 完成情况
     * @param grade      达成 / 部分达成 / 未达成 (or ACHIEVED, PARTIAL, NOT_ACHIEVED)
     */
    @Serdeable
    public record KeyTaskEntry(@Nullable Integer position, @Nullable String executed, @Nullable String completion,
                               @Nullable String grade) {
    }

    /**
     * One indicator's entries.
     *
     * @param actual          实际完成值 of a quantitative indicator: a number, optionally followed by the target's
     *                        unit ({@code 58}, {@code 58场}, {@code 0.3%})
     * @param actualText      实际完成情况 in words (the actual of a qualitative indicator)
     * @param grade           a qualitative indicator's 达成 / 部分达成 / 未达成 (or ACHIEVED, PARTIAL, NOT_ACHIEVED)
     * @param score           the points the evaluator gives a qualitative indicator, inside its grade's band
     * @param deviationReason 偏差原因分析及改进措施
     */
    @Serdeable
    public record IndicatorEntry(
            @Nullable Long indicatorId,
            @Nullable String actual,
            @Nullable String actualText,
            @Nullable String grade,
            @Nullable String score,
            @Nullable String deviationReason) {
    }

    /**
     * This input with every amount it leaves out (null) taken from the sheet as it stands, pre-filled
     * or saved, as indicators left out are. An explicit empty string still clears an amount.
     */
    public SelfEvaluationInput withAmountsFrom(SelfEvaluationView sheet) {
        jixiao.project.MoneyUnit unit = jixiao.project.MoneyUnit.parse(moneyUnit).orElse(jixiao.project.MoneyUnit.YUAN);
        java.util.function.BiFunction<String, java.util.function.Function<SelfEvaluationView.MoneyRow, BigDecimal>, String> pick =
                (source, column) -> sheet.money().stream().filter(r -> r.source().equals(source)).findFirst()
                        .map(column).map(v -> unit.fromYuan(v).toPlainString()).orElse(null);
        return new SelfEvaluationInput(version, moneyUnit,
                or(fiscalInitial, () -> pick.apply("FISCAL", SelfEvaluationView.MoneyRow::initialYuan)),
                or(fiscalFullYear, () -> pick.apply("FISCAL", SelfEvaluationView.MoneyRow::fullYearYuan)),
                or(fiscalExecuted, () -> pick.apply("FISCAL", SelfEvaluationView.MoneyRow::executedYuan)),
                or(carryoverInitial, () -> pick.apply("CARRYOVER", SelfEvaluationView.MoneyRow::initialYuan)),
                or(carryoverFullYear, () -> pick.apply("CARRYOVER", SelfEvaluationView.MoneyRow::fullYearYuan)),
                or(carryoverExecuted, () -> pick.apply("CARRYOVER", SelfEvaluationView.MoneyRow::executedYuan)),
                or(otherInitial, () -> pick.apply("OTHER", SelfEvaluationView.MoneyRow::initialYuan)),
                or(otherFullYear, () -> pick.apply("OTHER", SelfEvaluationView.MoneyRow::fullYearYuan)),
                or(otherExecuted, () -> pick.apply("OTHER", SelfEvaluationView.MoneyRow::executedYuan)),
                achievement, indicators,
                or(basicInitial, () -> pick.apply("BASIC", SelfEvaluationView.MoneyRow::initialYuan)),
                or(basicFullYear, () -> pick.apply("BASIC", SelfEvaluationView.MoneyRow::fullYearYuan)),
                or(basicExecuted, () -> pick.apply("BASIC", SelfEvaluationView.MoneyRow::executedYuan)),
                keyTasks);
    }

    private static String or(String given, java.util.function.Supplier<String> current) {
        return given != null ? given : current.get();
    }
}
