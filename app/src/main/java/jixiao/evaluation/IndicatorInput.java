package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;

/**
 * One indicator row of the self-evaluation.
 *
 * @param level1          一级指标 as published ({@code 产出指标}, {@code 1-产出指标}, {@code 成本指标})
 * @param level2          二级指标 as published
 * @param name            三级指标
 * @param target          the parsed 年度指标值
 * @param actual          实际完成值 of a quantitative indicator, in the target's unit (0.8 for 0.8% when the
 *                        target is {@code ≤0.5%}); null for qualitative ones
 * @param grade           the judgement of a qualitative indicator; null for quantitative ones
 * @param evaluatorScore  the points the evaluator gives a qualitative indicator, inside its grade's band
 * @param weight          分值; null takes the default split of its first-level indicator's points
 * @param deviationReason 偏差原因分析及改进措施, required whenever the indicator is below full marks
 */
public record IndicatorInput(
        String level1,
        String level2,
        String name,
        TargetValue target,
        BigDecimal actual,
        Grade grade,
        BigDecimal evaluatorScore,
        BigDecimal weight,
        String deviationReason) {
}
