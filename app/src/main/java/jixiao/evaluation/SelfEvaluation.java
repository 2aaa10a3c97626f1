package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A project's saved 项目支出绩效自评表 (SelfEvaluation, 绩效自评): the evaluator's inputs and the workflow state. */
@MappedEntity("self_evaluation")
record SelfEvaluation(
        @Id @GeneratedValue @Nullable Long id,
        Long projectId,
        EvaluationStatus status,
        @Nullable BigDecimal fiscalInitialYuan,
        @Nullable BigDecimal fiscalFullYearYuan,
        @Nullable BigDecimal fiscalExecutedYuan,
        @Nullable BigDecimal carryoverInitialYuan,
        @Nullable BigDecimal carryoverFullYearYuan,
        @Nullable BigDecimal carryoverExecutedYuan,
        @Nullable BigDecimal otherInitialYuan,
        @Nullable BigDecimal otherFullYearYuan,
        @Nullable BigDecimal otherExecutedYuan,
        @Nullable BigDecimal basicInitialYuan,
        @Nullable BigDecimal basicFullYearYuan,
        @Nullable BigDecimal basicExecutedYuan,
        @Nullable String achievement,
        @Nullable String comment,
        @Nullable LocalDateTime submittedAt,
        @Nullable String submittedBy,
        @Nullable LocalDateTime reviewedAt,
        @Nullable String reviewedBy,
        @Version @Nullable Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    static SelfEvaluation draft(long projectId, MoneyBlock money, MoneyBlock.Amounts basic, String achievement,
                                LocalDateTime now) {
        return new SelfEvaluation(null, projectId, EvaluationStatus.DRAFT, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, now, now)
                .withInputs(money, basic, achievement, now);
    }

    MoneyBlock money() {
        return new MoneyBlock(
                new MoneyBlock.Amounts(fiscalInitialYuan, fiscalFullYearYuan, fiscalExecutedYuan),
                new MoneyBlock.Amounts(carryoverInitialYuan, carryoverFullYearYuan, carryoverExecutedYuan),
                new MoneyBlock.Amounts(otherInitialYuan, otherFullYearYuan, otherExecutedYuan));
    }

    /** 基本支出 of a department's sheet (blank on a project's). */
    MoneyBlock.Amounts basic() {
        return new MoneyBlock.Amounts(basicInitialYuan, basicFullYearYuan, basicExecutedYuan);
    }

    SelfEvaluation withInputs(MoneyBlock m, MoneyBlock.Amounts b, String newAchievement, LocalDateTime now) {
        return new SelfEvaluation(id, projectId, status, m.fiscal().initial(), m.fiscal().fullYear(), m.fiscal().executed(),
                m.carryover().initial(), m.carryover().fullYear(), m.carryover().executed(), m.other().initial(),
                m.other().fullYear(), m.other().executed(), b.initial(), b.fullYear(), b.executed(), newAchievement,
                comment, submittedAt, submittedBy, reviewedAt, reviewedBy, version, createdAt, now);
    }

    SelfEvaluation submitted(String by, LocalDateTime now) {
        return new SelfEvaluation(id, projectId, EvaluationStatus.SUBMITTED, fiscalInitialYuan, fiscalFullYearYuan,
                fiscalExecutedYuan, carryoverInitialYuan, carryoverFullYearYuan, carryoverExecutedYuan, otherInitialYuan,
                otherFullYearYuan, otherExecutedYuan, basicInitialYuan, basicFullYearYuan, basicExecutedYuan, achievement,
                comment, now, by, reviewedAt, reviewedBy, version, createdAt, now);
    }

    SelfEvaluation reviewed(EvaluationStatus outcome, String reviewComment, String by, LocalDateTime now) {
        return new SelfEvaluation(id, projectId, outcome, fiscalInitialYuan, fiscalFullYearYuan, fiscalExecutedYuan,
                carryoverInitialYuan, carryoverFullYearYuan, carryoverExecutedYuan, otherInitialYuan, otherFullYearYuan,
                otherExecutedYuan, basicInitialYuan, basicFullYearYuan, basicExecutedYuan, achievement, reviewComment,
                submittedAt, submittedBy, now, by, version, createdAt, now);
    }
}
