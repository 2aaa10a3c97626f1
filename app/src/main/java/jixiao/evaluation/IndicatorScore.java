package jixiao.evaluation;

import java.math.BigDecimal;

/**
 * The score of one indicator as it appears on the 项目支出绩效自评表.
 *
 * @param index       position in {@link ScoringInput#indicators()} (0-based)
 * @param weight      分值, to 0.01
 * @param score       得分, to 0.01; may differ by 0.01 from the formula's own rounding where a 尾差 was
 *                    placed on this row (the explanation then says so)
 * @param fullMarks   whether the indicator earned its whole weight
 * @param explanation formula, inputs and result in Chinese
 * @param deviation   flagged as 指标偏离 by the over-achievement rule
 */
public record IndicatorScore(
        int index,
        String level1,
        String level2,
        String name,
        BigDecimal weight,
        BigDecimal score,
        boolean fullMarks,
        String explanation,
        boolean deviation) {
}
