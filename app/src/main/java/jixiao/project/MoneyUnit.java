package jixiao.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The money unit a table was published in. Amounts are stored exactly in 元; a table published
 * in 万元 is shown and exported in 万元 again.
 */
public enum MoneyUnit {
    YUAN("元", 0),
    WAN_YUAN("万元", 4);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    public String label() {
        return label;
    }

    /** 元 and 万元 as published, or the constant name. */
    public static Optional<MoneyUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (MoneyUnit u : values()) {
            if (u.label.equals(t) || u.name().equalsIgnoreCase(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /**
     * The most decimals an amount in this unit may carry so that it is still a whole number of
     * 分 (0.01 元): 2 for 元, 6 for 万元.
     */
    public int maxDecimals() {
        return 2 + powerOfTen;
    }

    public BigDecimal toYuan(BigDecimal amount) {
        return amount.movePointRight(powerOfTen).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount in 元 shown in this unit, with at least two decimals ({@code 3.00}, {@code 31.90}). */
    public BigDecimal fromYuan(BigDecimal yuan) {
        BigDecimal v = yuan.movePointLeft(powerOfTen).stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v;
    }
}
