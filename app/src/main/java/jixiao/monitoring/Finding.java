package jixiao.monitoring;

import java.math.BigDecimal;

/**
 * What one monitoring rule found. Computed numbers (percentages, expected values, ratios, lags) are
 * rounded half up to 2 decimals and the light is decided on them, so the light always agrees with
 * the figures shown; reported values and target values are kept as given.
 *
 * @param rule     the rule that produced it
 * @param light    its light
 * @param expected what was expected by now: the planned spend %, the expected indicator value, the
 *                 limit, the floor; null where the rule has no such number
 * @param actual   what was reached: the execution %, the reported value; null where not applicable
 * @param ratio    actual ÷ expected in %; null where not applicable (nothing expected yet, limits)
 * @param lag      expected − actual, in the unit of both (percentage points for money); negative
 *                 when ahead; null where not applicable
 * @param sentence the explanation in Chinese, formatted by {@link #text()}
 */
public record Finding(AlertRule rule, Light light, BigDecimal expected, BigDecimal actual, BigDecimal ratio,
                      BigDecimal lag, Sentence sentence) {

    /** E.g. "6月底计划支出50%，实际支出31%，滞后19个百分点". */
    public String text() {
        return sentence.text();
    }
}
