package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Versions;

import java.util.List;

/**
 * A project's report for a period, in the shape of the JSON API. Amounts are decimal strings in 元.
 * A report never saved is shown blank, as a DRAFT with {@code version} null. Besides what was
 * reported it carries what the form shows beside the fields: the budget, the previous period's
 * spend, the plan, the execution rate and the lag (in %, two decimals).
 *
 * <p>A report not saved yet starts from the previous period's report of the project: then
 * {@code carriedOverFrom} names that period ({@code 2024-03}, label in {@code carriedOverFromLabel}),
 * and so does each indicator's {@code carriedOverFrom} where values were carried; the spend and
 * adjusted budget shown are carried too. Nothing of it is stored until the report is saved.
 */
@Serdeable
public record PeriodReportView(
        @Nullable Long reportId,
        String period,
        String periodLabel,
        String periodEnd,
        String deadline,
        String status,
        @Nullable Long version,
        @Nullable String spentYuan,
        @Nullable String adjustedBudgetYuan,
        @Nullable String spendDecreaseReason,
        @Nullable String comment,
        @Nullable String submittedAt,
        @Nullable String submittedBy,
        @Nullable String reviewedAt,
        @Nullable String reviewedBy,
        long projectId,
        String projectName,
        @Nullable String projectCode,
        int year,
        long unitId,
        String unitCode,
        String unitName,
        String budgetYuan,
        String effectiveBudgetYuan,
        @Nullable String previousPeriod,
        @Nullable String previousSpentYuan,
        String plannedPercent,
        @Nullable String executionPercent,
        @Nullable String lagPoints,
        List<IndicatorProgressView> indicators,
        @Nullable String carriedOverFrom,
        @Nullable String carriedOverFromLabel) {

    /**
     * One indicator with its target and what was reported for it.
     *
     * @param kind              QUANTITATIVE or QUALITATIVE: which of currentValue and grade applies
     * @param targetNumber      the target's number for quantitative indicators
     * @param targetDirection   POSITIVE (a target to reach) or REVERSE (a limit, also a bare 0件 or a bare cost),
     *                          for quantitative indicators, as {@link jixiao.indicatorvalue.IndicatorSemantics} reads them
     * @param completionPercent current value ÷ target number, for targets to reach above zero
     * @param judgedAs          TARGET, LIMIT, QUALITATIVE or UNREADABLE ({@link jixiao.indicatorvalue.IndicatorSemantics.Shape})
     * @param carriedOverFrom   the period whose entries are shown here, not saved yet; null for saved or blank entries
     */
    @Serdeable
    public record IndicatorProgressView(
            long indicatorId,
            String level1,
            String level2,
            String name,
            String target,
            String kind,
            @Nullable String targetNumber,
            @Nullable String targetUnit,
            @Nullable String targetDirection,
            @Nullable String currentValue,
            @Nullable String grade,
            @Nullable String expectedFullYear,
            @Nullable String likelihood,
            List<String> deviationCauses,
            @Nullable String deviationNote,
            @Nullable String correctiveAction,
            @Nullable String completionPercent,
            String judgedAs,
            @Nullable String carriedOverFrom) {
    }

    public boolean carriedOver() {
        return carriedOverFrom != null;
    }

    /** The version as people count it, 第 1 版 for the first save; see {@link Versions}. */
    public String shownVersion() {
        return Versions.shown(version);
    }

    public boolean saved() {
        return version != null;
    }

    public ReportStatus reportStatus() {
        return ReportStatus.valueOf(status);
    }
}
