package jixiao.indicatorvalue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spellings of a comparison found in published targets, symbols and words. Full-width forms
 * ({@code ＞=}) arrive here already normalised to ASCII.
 */
final class ComparatorWords {

    /** A comparison spelled at the end of a prefix, and how many characters the spelling took. */
    record Found(Comparator comparator, int length) {
    }

    private static final Map<String, Comparator> SPELLINGS = Map.ofEntries(
            Map.entry("≥", Comparator.GE),
            Map.entry("≧", Comparator.GE),
            Map.entry(">=", Comparator.GE),
            Map.entry("不少于", Comparator.GE),
            Map.entry("不低于", Comparator.GE),
            Map.entry("不小于", Comparator.GE),
            Map.entry("至少", Comparator.GE),
            Map.entry("大于等于", Comparator.GE),
            Map.entry("大于或等于", Comparator.GE),
            Map.entry(">", Comparator.GT),
            Map.entry("大于", Comparator.GT),
            Map.entry("超过", Comparator.GT),
            Map.entry("多于", Comparator.GT),
            Map.entry("≤", Comparator.LE),
            Map.entry("≦", Comparator.LE),
            Map.entry("<=", Comparator.LE),
            Map.entry("不超过", Comparator.LE),
            Map.entry("不高于", Comparator.LE),
            Map.entry("不大于", Comparator.LE),
            Map.entry("不多于", Comparator.LE),
            Map.entry("至多", Comparator.LE),
            Map.entry("小于等于", Comparator.LE),
            Map.entry("小于或等于", Comparator.LE),
            Map.entry("<", Comparator.LT),
            Map.entry("小于", Comparator.LT),
            Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT),
            Map.entry("=", Comparator.EQ),
            Map.entry("等于", Comparator.EQ));

    /** Longest first, so that 不少于 is not read as 少于 and 小于等于 not as 等于. */
    private static final List<String> LONGEST_FIRST = SPELLINGS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                    .thenComparing(java.util.Comparator.naturalOrder()))
            .toList();

    private ComparatorWords() {
    }

    /** The comparison a whole text spells ({@code 大于等于}, {@code ≥}, {@code 不低于}), if it spells exactly one. */
    static Optional<Comparator> exactly(String spelling) {
        return Optional.ofNullable(SPELLINGS.get(spelling));
    }

    /** The comparison written immediately before the number, i.e. at the end of the text before it. */
    static Optional<Found> endingAt(String prefix) {
        return LONGEST_FIRST.stream()
                .filter(prefix::endsWith)
                .findFirst()
                .map(spelling -> new Found(SPELLINGS.get(spelling), spelling.length()));
    }
}
