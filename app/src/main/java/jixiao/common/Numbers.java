package jixiao.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** How numbers are shown to people: no grouping, no trailing zeros, no exponent. */
public final class Numbers {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** A decimal as people write it: {@code 3.00}, {@code 3,723.19}; null if it is not one. */
    public static BigDecimal parse(String text) {
        String t = text.strip();
        if (PLAIN_NUMBER.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (GROUPED_NUMBER.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        return null;
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

    /**
     * {@link #normalized} of a DECIMAL column's text ({@code 55.000000}): the zeros the column's scale adds are cut
     * off the text before it is parsed. Stripping them from the parsed number divides by ten once per zero, and a
     * unit's summary reads thousands of DECIMAL(20,6) targets per request.
     */
    public static BigDecimal normalizedText(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        if (text.indexOf('.') >= 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0) {
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
        }
        return normalized(new BigDecimal(text.substring(0, end)));
    }

    /** Two decimals, half up: how scores and percentages are reported. */
    public static BigDecimal round2(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP);
    }
}
