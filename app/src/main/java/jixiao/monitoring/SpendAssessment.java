package jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money side of monitoring for one project.
 *
 * @param plannedPercent  cumulative % of the budget planned by the as-of date (scale 4)
 * @param executedPercent 执行率: cumulative spend ÷ budget in % (scale 4); null when there is no
 *                        budget or no reported spend, and then there are no findings
 * @param findings        SPEND_LAG, and SPEND_FLOOR where a floor in force is missed
 */
public record SpendAssessment(BigDecimal plannedPercent, BigDecimal executedPercent, List<Finding> findings) {

    public SpendAssessment {
        findings = List.copyOf(findings);
    }
}
