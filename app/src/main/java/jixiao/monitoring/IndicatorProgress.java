package jixiao.monitoring;

import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;

/**
 * What a bureau reported for one indicator at a monitoring checkpoint. Every part may be missing.
 *
 * @param currentValue the cumulative value reached so far, in the target's unit (93 for 93% when
 *                     the target is {@code ≥95%}); null when not reported as a number
 * @param grade        达成 / 部分达成 / 未达成, for qualitative indicators; null when not reported
 * @param likelihood   完成目标可能性; null when not reported
 */
public record IndicatorProgress(BigDecimal currentValue, Grade grade, Likelihood likelihood) {
}
