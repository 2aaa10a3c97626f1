package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An alert as lists, the detail page and the API show it.
 *
 * @param periodCode the reporting period whose figures raised it ('2024-06'), or whose report is missing
 * @param expected   what was expected by then (planned %, expected value, limit); null where the rule has none
 * @param actual     what was reached (执行率, reported value)
 * @param ratio      actual ÷ expected in %
 * @param lag        expected − actual (percentage points for money)
 * @param message    the rule and the numbers in words: "6月底计划支出50%，实际支出31%，滞后19个百分点"
 * @param asOf       the latest as-of date of a run that found it
 * @param closedAsOf the as-of date of the run that closed it; null unless CLOSED
 * @param indicatorUnit the indicator's 计量单位, in which an indicator rule's expected, actual and lag are
 * @param planUnconfirmed judged against a spend plan an import guessed and nobody confirmed yet; the
 *                   message then says so
 */
@Serdeable
public record AlertView(
        long id,
        int fiscalYear,
        long unitId,
        String unitCode,
        String unitName,
        long projectId,
        @Nullable String projectCode,
        String projectName,
        String periodCode,
        String periodLabel,
        @Nullable Long indicatorId,
        @Nullable String indicatorName,
        @Nullable String indicatorUnit,
        AlertRule rule,
        String ruleLabel,
        Light light,
        String lightLabel,
        @Nullable BigDecimal expected,
        @Nullable BigDecimal actual,
        @Nullable BigDecimal ratio,
        @Nullable BigDecimal lag,
        String message,
        LocalDate asOf,
        AlertStatus status,
        String statusLabel,
        LocalDateTime firstSeenAt,
        LocalDateTime lastSeenAt,
        @Nullable LocalDateTime acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable String correctiveAction,
        @Nullable LocalDateTime resolvedAt,
        @Nullable String resolvedBy,
        @Nullable String resolution,
        @Nullable LocalDateTime closedAt,
        @Nullable LocalDate closedAsOf,
        long version,
        boolean planUnconfirmed) {

    public boolean live() {
        return status.live();
    }

    /** {@code expected} with its unit: "50%" for money, "6次" for an indicator. */
    public String expectedText() {
        return withUnit(expected);
    }

    public String actualText() {
        return withUnit(actual);
    }

    /** The ratio is always a percentage. */
    public String ratioText() {
        return ratio == null ? null : ratio.toPlainString() + "%";
    }

    /** Money lags by percentage points, an indicator in its own unit. */
    public String lagText() {
        if (lag == null) {
            return null;
        }
        return inPercent() ? Messages.text("monitoring.alert.points", lag.toPlainString()) : withUnit(lag);
    }

    private boolean inPercent() {
        return rule == AlertRule.SPEND_LAG || rule == AlertRule.SPEND_FLOOR || rule == AlertRule.PROGRESS_GAP;
    }

    private String withUnit(BigDecimal value) {
        if (value == null) {
            return null;
        }
        String unit = inPercent() ? "%" : indicatorUnit == null ? "" : indicatorUnit;
        return value.toPlainString() + unit;
    }
}
