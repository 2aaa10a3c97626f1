package jixiao.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are shown to people: no grouping, no trailing zeros, no exponent. */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(Number n) {
        if (n == null) {
            return "";
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        d = d.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString();
    }

    /** Two decimals, half up: how scores and percentages are reported. */
    public static BigDecimal round2(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP);
    }
}
