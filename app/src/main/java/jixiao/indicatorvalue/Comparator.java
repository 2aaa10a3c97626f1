package jixiao.indicatorvalue;

/** The comparison a target states: {@code >} {@code ≥} {@code =} {@code <} {@code ≤}. */
public enum Comparator {
    GT(">"), GE("≥"), EQ("="), LT("<"), LE("≤");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * The comparison a cell of its own spells, as published tables put it in a 指标性质 column: a symbol
     * ({@code ≥}, {@code <=}) or a word ({@code 大于等于}, {@code 不超过}). The one vocabulary of
     * {@link IndicatorValueParser}, so a comparison in its own column reads as it would before the number.
     */
    public static java.util.Optional<Comparator> spelled(String cell) {
        if (cell == null) {
            return java.util.Optional.empty();
        }
        return ComparatorWords.exactly(TextNormalizer.normalize(TextNormalizer.halfWidth(cell.strip())).replaceAll("\\s", ""));
    }

    public boolean isUpperLimit() {
        return this == LT || this == LE;
    }
}
