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

    /** The same number without trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal normalized(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    /** Two decimals, half up: how scores and percentages are reported. */
    public static BigDecimal round2(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP);
    }
}
