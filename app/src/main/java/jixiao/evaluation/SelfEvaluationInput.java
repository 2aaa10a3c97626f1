package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the evaluator enters on the 自评表 (JSON {@code PUT /api/projects/{id}/self-evaluation} and the form).
 * Amounts are decimal strings in {@code moneyUnit} (元 when absent); a blank amount is left blank. Nothing is
 * trusted until {@link SelfEvaluationRules} accepts it. Indicators left out keep their pre-filled values.
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
        @Nullable List<IndicatorEntry> indicators) {

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
}
