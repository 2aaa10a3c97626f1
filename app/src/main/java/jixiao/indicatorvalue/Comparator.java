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

    public boolean isUpperLimit() {
        return this == LT || this == LE;
    }
}
