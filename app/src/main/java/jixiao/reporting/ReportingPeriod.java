package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reporting period of a fiscal year: cumulative to the end of {@code endMonth}, due by {@code deadline}. */
@MappedEntity("reporting_period")
record ReportingPeriod(
        @Id @GeneratedValue @Nullable Long id,
        Integer fiscalYear,
        String code,
        Integer endMonth,
        String label,
        LocalDate periodEnd,
        LocalDate deadline,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    ReportingPeriod with(String newLabel, LocalDate newDeadline, LocalDateTime now) {
        return new ReportingPeriod(id, fiscalYear, code, endMonth, newLabel, periodEnd, newDeadline, createdAt, now);
    }
}
