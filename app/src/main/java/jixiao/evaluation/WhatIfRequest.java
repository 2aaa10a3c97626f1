package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A self-evaluation to score without storing anything ({@code POST /api/self-evaluation/score}): amounts in 元,
 * each indicator with its published 指标值 as text. Numbers are decimal strings.
 *
 * @param indicators in table order; a null weight takes the default split
 */
@Serdeable
public record WhatIfRequest(@Nullable String budgetYuan, @Nullable String executedYuan,
                            @Nullable List<Indicator> indicators) {

    /**
     * @param target the 指标值 as published ({@code ≥55场}, {@code 明显提升})
     * @param actual 实际完成值 of a quantitative indicator, optionally with the target's unit
     * @param grade  达成 / 部分达成 / 未达成 (or ACHIEVED, PARTIAL, NOT_ACHIEVED) of a qualitative one
     * @param score  the evaluator's points for a qualitative one
     */
    @Serdeable
    public record Indicator(@Nullable String level1, @Nullable String level2, @Nullable String name,
                            @Nullable String target, @Nullable String actual, @Nullable String grade,
                            @Nullable String score, @Nullable String weight, @Nullable String deviationReason) {
    }
}
