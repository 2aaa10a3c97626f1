package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jixiao.indicatorvalue.Grade;
import jixiao.monitoring.Likelihood;

import java.math.BigDecimal;

/**
 * An indicator's progress in a report. {@code deviationCauses} is the comma-separated list of
 * {@link DeviationCause} names.
 */
@MappedEntity("indicator_progress")
record ProgressRow(
        @Id @GeneratedValue @Nullable Long id,
        Long reportId,
        Long indicatorId,
        @Nullable BigDecimal currentValue,
        @Nullable Grade grade,
        @Nullable String expectedFullYear,
        @Nullable Likelihood likelihood,
        @Nullable String deviationCauses,
        @Nullable String deviationNote,
        @Nullable String correctiveAction) {
}
