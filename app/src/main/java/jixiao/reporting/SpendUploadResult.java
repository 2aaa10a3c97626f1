package jixiao.reporting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jixiao.common.Problem;

import java.util.List;

/**
 * What a spend upload found: every row with what became of it, each matched project with the
 * cumulative spend it gets, and the errors that stop the upload (any error: nothing is stored).
 *
 * @param stored whether the spend figures were written (one transaction)
 */
@Introspected
public record SpendUploadResult(
        String period,
        String periodLabel,
        String kind,
        String kindLabel,
        String filename,
        List<LineView> lines,
        List<ProjectSpend> projects,
        List<Problem> errors,
        int counted,
        int unmatched,
        int skipped,
        boolean stored) {

    /** What became of a row: COUNTED, UNMATCHED (no such project: left out), SKIPPED (after the period end) or ERROR. */
    @Introspected
    public record LineView(int line, String project, @Nullable String date, @Nullable String amount, String outcome,
                           String outcomeLabel, @Nullable String message, @Nullable String projectName) {
    }

    /**
     * A matched project: the cumulative spend the upload gives it ({@code spentYuan}), the one its
     * report has now ({@code reportedYuan}) and the previous period's.
     */
    @Introspected
    public record ProjectSpend(long projectId, @Nullable String code, String name, String unitCode, String unitName,
                               int lines, @Nullable String previousYuan, @Nullable String reportedYuan, String spentYuan,
                               String budgetYuan, @Nullable String executionPercent, String status, String statusLabel,
                               @Nullable String note) {
    }

    public boolean acceptable() {
        return errors.isEmpty();
    }
}
