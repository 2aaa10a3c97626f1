package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;

import java.math.BigDecimal;

/** A 三级指标 with its 一级/二级 parents and its target, as published and as parsed. */
@MappedEntity("indicator")
record Indicator(
        @Id @GeneratedValue @Nullable Long id,
        Long projectId,
        Integer position,
        String level1,
        String level2,
        String name,
        @Nullable String description,
        String targetText,
        @Nullable String periodTargetText,
        ValueKind targetKind,
        @Nullable Comparator targetComparator,
        @Nullable BigDecimal targetValue,
        @Nullable String targetUnit,
        @Nullable Direction targetDirection,
        boolean targetNeedsReview,
        @Nullable String targetNote,
        @Nullable String basis,
        @Nullable BigDecimal weight) {

    TargetValue target() {
        return new TargetValue(targetText, targetKind, targetComparator, Numbers.normalized(targetValue), targetUnit,
                targetDirection, targetNeedsReview, targetNote);
    }
}
