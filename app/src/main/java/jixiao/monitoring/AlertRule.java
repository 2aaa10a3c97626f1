package jixiao.monitoring;

import jixiao.common.Messages;

/** Which monitoring rule produced a finding. The constant names are stable codes: store them. */
public enum AlertRule {
    /** Spend against the plan at the as-of date. */
    SPEND_LAG,
    /** Spend below a fixed floor (e.g. 40% by 6月底), where a province sets one. */
    SPEND_FLOOR,
    /** A positive quantitative indicator against its expected value by now. */
    INDICATOR_PROGRESS,
    /** A reverse indicator (≤, &lt;, costs) against its limit. */
    INDICATOR_LIMIT,
    /** A qualitative indicator's reported grade (达成 / 部分达成 / 未达成). */
    INDICATOR_GRADE,
    /** The reported 完成目标可能性. */
    INDICATOR_LIKELIHOOD,
    /** Indicator progress and spend progress too far apart, where a province checks it. */
    PROGRESS_GAP,
    /** A period report not submitted by its deadline. */
    REPORT_MISSING;

    /** Judged against the project's 资金支出计划, so only as sure as the plan is. */
    public boolean judgedAgainstPlan() {
        return this == SPEND_LAG || this == PROGRESS_GAP;
    }

    /** "预算执行进度". */
    public String label() {
        return Messages.text("monitoring.rule." + name());
    }
}
