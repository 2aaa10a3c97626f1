package jixiao.indicatorvalue;

import java.math.BigDecimal;

/**
 * What a published 指标值 means: the parse of texts such as {@code ≥55场}, {@code ≤0.5%} or
 * {@code 明显提升}. The published text is always kept; everything else is what could be read from it.
 *
 * @param text        the text as published (never changed)
 * @param kind        quantitative (a number to compare against) or qualitative (定性, judged by a person)
 * @param comparator  the comparison the text states; null where it states none (a bare {@code 24 人})
 * @param value       the number, null for qualitative targets
 * @param unit        the unit after the number ({@code 场}, {@code %}, {@code 万元/人}), null if none
 * @param direction   whether more is better (POSITIVE) or less is better (REVERSE); null for qualitative
 * @param needsReview true where the parser had to guess (OCR repair, a range, an odd unit)
 * @param note        why it needs review, in Chinese; null when nothing was guessed
 */
public record TargetValue(
        String text,
        ValueKind kind,
        Comparator comparator,
        BigDecimal value,
        String unit,
        Direction direction,
        boolean needsReview,
        String note) {

    public boolean isQuantitative() {
        return kind == ValueKind.QUANTITATIVE;
    }

    /** The comparison scoring applies: a bare number counts as "=" (DOMAIN.md §1). */
    public Comparator effectiveComparator() {
        return comparator == null ? Comparator.EQ : comparator;
    }
}
