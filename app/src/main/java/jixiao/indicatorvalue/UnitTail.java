package jixiao.indicatorvalue;

import java.util.List;

/**
 * What follows the number: the unit ({@code 场}, {@code 万元/人}, {@code 个工作日}), an optional bound
 * word ({@code 以上}, {@code 以内}, {@code 内}) and any further text ({@code 提供服务}).
 * The unit ends at a bound word, a digit or a punctuation mark.
 */
record UnitTail(String unit, Bound bound, String after) {

    /** The comparison a word after the number states; Chinese 以上/以下 include the number itself. */
    enum Bound {
        NONE, AT_LEAST, AT_MOST;

        Comparator comparator() {
            return switch (this) {
                case AT_LEAST -> Comparator.GE;
                case AT_MOST -> Comparator.LE;
                case NONE -> null;
            };
        }
    }

    private record BoundWord(String word, Bound bound) {
    }

    /** Longer words first: 及以上 before 以上, 以内/之内 before 内. */
    private static final List<BoundWord> BOUND_WORDS = List.of(
            new BoundWord("及以上", Bound.AT_LEAST),
            new BoundWord("以上", Bound.AT_LEAST),
            new BoundWord("以下", Bound.AT_MOST),
            new BoundWord("以内", Bound.AT_MOST),
            new BoundWord("之内", Bound.AT_MOST),
            new BoundWord("内", Bound.AT_MOST));

    private static final String STOPS = ",.;:()。；：、" + DateMask.MASK;

    static UnitTail read(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            for (BoundWord w : BOUND_WORDS) {
                if (rest.startsWith(w.word(), i)) {
                    return new UnitTail(rest.substring(0, i), w.bound(), rest.substring(i + w.word().length()));
                }
            }
            char c = rest.charAt(i);
            if (Character.isDigit(c) || STOPS.indexOf(c) >= 0) {
                return new UnitTail(rest.substring(0, i), Bound.NONE, rest.substring(i));
            }
        }
        return new UnitTail(rest, Bound.NONE, "");
    }

    boolean afterHasNumber() {
        return after.chars().anyMatch(Character::isDigit);
    }
}
