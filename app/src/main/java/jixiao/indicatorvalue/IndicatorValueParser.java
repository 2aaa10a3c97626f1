package jixiao.indicatorvalue;

import jixiao.common.Messages;
import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a published 指标值 (target value) into a {@link TargetValue}, following DOMAIN.md §1.
 *
 * <p>The reading, in order: numbers only a space separates are cut apart unless they are thousands
 * ({@link SpacedNumbers}: {@code ≤1 7.5} is ≤1 and a set-aside 7.5, never 17.5); clean-up that changes
 * no meaning ({@link TextNormalizer}); a value that is
 * only a form prompt is sent back; OCR glyph repairs ({@link OcrRepairs}); years and dates are not
 * quantities ({@link DateMask}); then the first number, the comparison written right before it, the
 * per-unit qualifiers before that ({@link UnitQualifiers}), a range to a second number, and the unit
 * with an optional bound word after it ({@link UnitTail}). Text without a usable number is 定性, and
 * is checked for OCR garbling ({@link GarbledWords}: {@code 土曾力口}, {@code 按用拨付}).
 * Every guess sets {@code needsReview} and explains itself in the note; clean text is never flagged.
 */
public final class IndicatorValueParser {

    /** Form prompts and generic labels left where a target should stand: nothing a person can judge. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("文字描述", "指标值", "绩效指标描述", "指标描述", "定性", "定性指标", "无", "略", "待定");

    /** After the first number: an optional repeated unit, then a range separator. */
    private static final Pattern RANGE_SEPARATOR =
            Pattern.compile("(?<unit>[^0-9" + DateMask.MASK + ",;:、]*?)(?<separator>-|—+|–|~|〜|至)");

    private final String shown;
    private final String text;
    private final boolean costIndicator;
    private final boolean lostOne;
    private final SpacedNumbers.Split spaced;
    private final List<OcrRepairs.Repair> repairs;
    private final List<String> notes = new ArrayList<>();
    private String lostOneClause = "";

    private IndicatorValueParser(String shown, String text, OcrRepairs.Result ocr, SpacedNumbers.Split spaced,
                                 boolean costIndicator) {
        this.shown = shown;
        this.spaced = spaced;
        this.text = text;
        this.costIndicator = costIndicator;
        this.lostOne = ocr.lostOne();
        this.repairs = new ArrayList<>(ocr.repairs());
    }

    /** Reads a target value without context: the indicator is taken not to be a cost. */
    public static TargetValue parse(String text) {
        return parse(text, false);
    }

    /**
     * Reads a target value.
     *
     * @param text          the 指标值 as published; OCR lines already joined by the caller
     * @param costIndicator true under 成本指标: a target stating no comparison ({@code 35 万元}) is then
     *                      reverse (spending less is fine), and rate units are checked for money
     */
    public static TargetValue parse(String text, boolean costIndicator) {
        if (text == null || text.isBlank()) {
            return qualitative(text == null ? null : text.strip(), Messages.text("indicatorvalue.note.empty"));
        }
        String shown = text.strip();
        SpacedNumbers.Split spaced = SpacedNumbers.split(TextNormalizer.halfWidth(shown));
        String normal = TextNormalizer.normalize(spaced.kept());
        if (isPlaceholder(normal)) {
            return qualitative(shown, Messages.text("indicatorvalue.note.placeholder", shown));
        }
        OcrRepairs.Result ocr = OcrRepairs.repair(normal);
        String masked = DateMask.mask(ocr.text());
        return NumberToken.first(masked)
                .map(first -> new IndicatorValueParser(shown, masked, ocr, spaced, costIndicator).quantitative(first))
                .orElseGet(() -> qualitative(shown, qualitativeNote(ocr)));
    }

    /**
     * What a qualitative reading leaves in doubt: OCR glyphs repaired, garbled words. (Numbers set aside
     * by {@link SpacedNumbers} never end here: the kept text ends with a number, which no mask hides.)
     */
    private static String qualitativeNote(OcrRepairs.Result ocr) {
        List<String> parts = new ArrayList<>();
        if (!ocr.repairs().isEmpty()) {
            parts.add(ocrNote(ocr.repairs(), ""));
        }
        parts.addAll(GarbledWords.doubts(ocr.text()));
        return parts.isEmpty() ? null : String.join(Messages.text("indicatorvalue.note.separator"), parts);
    }

    private static boolean isPlaceholder(String normal) {
        return PLACEHOLDERS.contains(normal) || normal.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private TargetValue quantitative(NumberToken first) {
        String prefix = text.substring(0, first.start());
        Optional<ComparatorWords.Found> stated = ComparatorWords.endingAt(prefix);
        Comparator comparator = stated.map(ComparatorWords.Found::comparator).orElse(null);
        String label = prefix.substring(0, prefix.length() - stated.map(ComparatorWords.Found::length).orElse(0));
        List<String> perUnits = UnitQualifiers.in(label);
        noteDecimalComma(first);
        return range(first)
                .map(r -> rangeTarget(r, comparator, perUnits))
                .orElseGet(() -> singleTarget(first, comparator, perUnits));
    }

    private record Range(NumberToken low, String separator, NumberToken high, UnitTail tail) {
    }

    /** {@code 2-3个工作日}, {@code 3.3—5万元}, {@code 3万元至5万元}: a second number after a separator. */
    private Optional<Range> range(NumberToken low) {
        Matcher m = RANGE_SEPARATOR.matcher(text).region(low.end(), text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String repeatedUnit = m.group("unit");
        String separator = m.group("separator");
        return NumberToken.at(text, m.end())
                .map(high -> new Range(low, separator, high, UnitTail.read(text.substring(high.end()))))
                .filter(r -> r.tail().unit().startsWith(repeatedUnit));
    }

    private TargetValue singleTarget(NumberToken number, Comparator stated, List<String> perUnits) {
        UnitTail tail = UnitTail.read(text.substring(number.end()));
        String unit = unit(tail.unit(), perUnits);
        Comparator comparator = stated != null ? stated : tail.bound().comparator();
        BigDecimal value = lostOne ? readLostOne(number, comparator, unit) : number.value();
        if (tail.afterHasNumber()) {
            notes.add(Messages.text("indicatorvalue.note.extraNumbers", reading(comparator, value, unit)));
        }
        return target(comparator, value, unit);
    }

    /**
     * {@code 引} was read as ≤, its vertical stroke most likely a fused {@code 1}. A zero bound
     * ({@code 引 0天}) is implausible, so there the 1 is restored (≤10天, the published value);
     * otherwise the number stands as written. The note gives both readings either way.
     */
    private BigDecimal readLostOne(NumberToken number, Comparator comparator, String unit) {
        BigDecimal asWritten = number.value();
        BigDecimal withOne = new BigDecimal("1" + number.decimalText());
        if (asWritten.signum() == 0) {
            lostOneClause = Messages.text("indicatorvalue.note.ocr.lostOneRestored",
                    reading(comparator, withOne, unit), reading(comparator, asWritten, unit));
            return withOne;
        }
        lostOneClause = Messages.text("indicatorvalue.note.ocr.lostOneAsWritten",
                reading(comparator, asWritten, unit), reading(comparator, withOne, unit));
        return asWritten;
    }

    /**
     * A range becomes one bound. The text decides first (a stated ≤/≥, or 以内/以下/内 vs 以上);
     * failing that a cost takes the upper bound (spend at most) and anything else the lower bound
     * (achieve at least). Always sent for review.
     */
    private TargetValue rangeTarget(Range range, Comparator stated, List<String> perUnits) {
        noteDecimalComma(range.high());
        String unit = unit(range.tail().unit(), perUnits);
        boolean upper = takesUpperBound(stated, range.tail().bound());
        Comparator comparator = stated != null && stated != Comparator.EQ
                ? stated
                : upper ? Comparator.LE : Comparator.GE;
        BigDecimal value = (upper ? range.high() : range.low()).value();
        notes.add(Messages.text("indicatorvalue.note.range",
                Numbers.plain(range.low().value()) + range.separator() + Numbers.plain(range.high().value()),
                Messages.text(upper ? "indicatorvalue.note.range.upper" : "indicatorvalue.note.range.lower"),
                reading(comparator, value, unit)));
        if (range.tail().afterHasNumber()) {
            notes.add(Messages.text("indicatorvalue.note.extraNumbers", reading(comparator, value, unit)));
        }
        return target(comparator, value, unit);
    }

    private boolean takesUpperBound(Comparator stated, UnitTail.Bound bound) {
        if (stated != null && stated != Comparator.EQ) {
            return stated.isUpperLimit();
        }
        if (bound != UnitTail.Bound.NONE) {
            return bound == UnitTail.Bound.AT_MOST;
        }
        return costIndicator;
    }

    private TargetValue target(Comparator comparator, BigDecimal value, String unit) {
        List<String> parts = new ArrayList<>();
        if (!repairs.isEmpty()) {
            parts.add(ocrNote(repairs, lostOneClause));
        }
        if (spaced.hasSetAside()) {
            parts.add(Messages.text("indicatorvalue.note.spacedNumbers", shown, reading(comparator, value, unit),
                    spaced.setAside()));
        }
        parts.addAll(notes);
        String note = parts.isEmpty() ? null : String.join(Messages.text("indicatorvalue.note.separator"), parts);
        return new TargetValue(shown, ValueKind.QUANTITATIVE, comparator, value, unit,
                direction(comparator), note != null, note);
    }

    /** ≤ and < are reverse, ≥ and > positive; a bare or "=" target is positive unless it is a cost. */
    private Direction direction(Comparator comparator) {
        if (comparator == null || comparator == Comparator.EQ) {
            return costIndicator ? Direction.REVERSE : Direction.POSITIVE;
        }
        return comparator.isUpperLimit() ? Direction.REVERSE : Direction.POSITIVE;
    }

    private void noteDecimalComma(NumberToken number) {
        OcrRepairs.Repair repair = new OcrRepairs.Repair(number.written(), number.decimalText());
        if (number.decimalComma() && !repairs.contains(repair)) {
            repairs.add(repair);
        }
    }

    /** The unit as written ({@code 元/每人} tidied to {@code 元/人}) followed by the per-unit qualifiers. */
    private static String unit(String written, List<String> perUnits) {
        StringBuilder unit = new StringBuilder(written.replace("/每", "/"));
        perUnits.forEach(per -> unit.append('/').append(per));
        return unit.isEmpty() ? null : unit.toString();
    }

    private static String reading(Comparator comparator, BigDecimal value, String unit) {
        return (comparator == null ? "" : comparator.symbol()) + Numbers.plain(value) + (unit == null ? "" : unit);
    }

    private static String ocrNote(List<OcrRepairs.Repair> repairs, String lostOneClause) {
        String changes = repairs.stream()
                .map(r -> Messages.text("indicatorvalue.note.ocr.replaced", r.found(), r.meant()))
                .collect(Collectors.joining(Messages.text("indicatorvalue.note.ocr.listSeparator")));
        return Messages.text("indicatorvalue.note.ocr", changes, lostOneClause);
    }

    private static TargetValue qualitative(String text, String note) {
        return new TargetValue(text, ValueKind.QUALITATIVE, null, null, null, null, note != null, note);
    }
}
