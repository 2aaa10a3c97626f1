package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A report as the bureau sends it (PUT, or the form): amounts in 元 and values as typed, so that a
 * wrong value is answered with a message naming it rather than a parse failure. {@code version} is
 * the version the sender last read, null for a report never saved. The report is replaced as a
 * whole: an indicator left out has no progress afterwards.
 */
@Serdeable
public record PeriodReportInput(
        @Nullable Long version,
        @Nullable String spentYuan,
        @Nullable String adjustedBudgetYuan,
        @Nullable String spendDecreaseReason,
        @Nullable List<IndicatorEntry> indicators) {

    /**
     * @param currentValue for quantitative indicators, a number (the target's unit may follow it)
     * @param grade        for qualitative indicators: ACHIEVED / PARTIAL / NOT_ACHIEVED or 达成 / 部分达成 / 未达成
     * @param likelihood   CERTAIN / POSSIBLE / IMPOSSIBLE or 确定能 / 有可能 / 完全不可能
     */
    @Serdeable
    public record IndicatorEntry(
            @Nullable Long indicatorId,
            @Nullable String currentValue,
            @Nullable String grade,
            @Nullable String expectedFullYear,
            @Nullable String likelihood,
            @Nullable List<String> deviationCauses,
            @Nullable String deviationNote,
            @Nullable String correctiveAction) {
    }

    public List<IndicatorEntry> entries() {
        return indicators == null ? List.of() : indicators;
    }
}
