package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;

/** The evaluator's entries for one indicator of a saved self-evaluation. */
@MappedEntity("self_evaluation_indicator")
record SelfEvaluationLine(
        @Id @GeneratedValue @Nullable Long id,
        Long evaluationId,
        Long indicatorId,
        @Nullable BigDecimal actualValue,
        @Nullable String actualText,
        @Nullable Grade grade,
        @Nullable BigDecimal evaluatorScore,
        @Nullable String deviationReason) {
}
