package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A row of the project list. */
@Serdeable
public record ProjectSummary(
        Long id,
        String kind,
        Integer year,
        String unitCode,
        String unitName,
        @Nullable String code,
        String name,
        String moneyUnit,
        String budget,
        String budgetYuan,
        int indicatorCount,
        int reviewCount) {
}
