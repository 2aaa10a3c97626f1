package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One project's report for one period: cumulative spend in 元 and the workflow state. The
 * indicators' progress rows belong to it. {@code version} guards against lost updates.
 */
@MappedEntity("period_report")
record PeriodReport(
        @Id @GeneratedValue @Nullable Long id,
        Long projectId,
        Long periodId,
        ReportStatus status,
        @Nullable BigDecimal spentYuan,
        @Nullable BigDecimal adjustedBudgetYuan,
        @Nullable String spendDecreaseReason,
        @Nullable String comment,
        @Nullable LocalDateTime submittedAt,
        @Nullable String submittedBy,
        @Nullable LocalDateTime reviewedAt,
        @Nullable String reviewedBy,
        @Version @Nullable Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    static PeriodReport blank(long projectId, long periodId, LocalDateTime now) {
        return new PeriodReport(null, projectId, periodId, ReportStatus.DRAFT, null, null, null, null, null, null,
                null, null, null, now, now);
    }

    PeriodReport withFigures(BigDecimal spent, BigDecimal adjustedBudget, String decreaseReason, LocalDateTime now) {
        return new PeriodReport(id, projectId, periodId, status, spent, adjustedBudget, decreaseReason, comment,
                submittedAt, submittedBy, reviewedAt, reviewedBy, version, createdAt, now);
    }

    PeriodReport submitted(String by, LocalDateTime now) {
        return new PeriodReport(id, projectId, periodId, ReportStatus.SUBMITTED, spentYuan, adjustedBudgetYuan,
                spendDecreaseReason, comment, now, by, reviewedAt, reviewedBy, version, createdAt, now);
    }

    PeriodReport reviewed(ReportStatus outcome, String newComment, String by, LocalDateTime now) {
        return new PeriodReport(id, projectId, periodId, outcome, spentYuan, adjustedBudgetYuan, spendDecreaseReason,
                newComment, submittedAt, submittedBy, now, by, version, createdAt, now);
    }
}
