package jixiao.indicatorvalue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number in a target value, where it stands and how it was written.
 *
 * <p>A comma is a thousands separator only in the grouped form ({@code 3,723.19}: 1–3 leading digits,
 * not starting with 0, then groups of exactly three); anywhere else it is the OCR's decimal point
 * ({@code 26,10} = 26.10, {@code 4,2} = 4.2, {@code 0,600} = 0.600), a guess the caller must flag.
 *
 * @param start        index of the first character in the searched text
 * @param end          index after the last character
 * @param written      the characters as they stand in the text
 * @param decimalText  the number in plain decimal notation ({@code 26.10})
 * @param decimalComma true where a comma was read as the decimal point
 */
record NumberToken(int start, int end, String written, String decimalText, boolean decimalComma) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9.])(?:(?<grouped>[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\\.[0-9]+)?)(?![0-9,])"
                    + "|(?<comma>[0-9]+,[0-9]+)(?![0-9,.])"
                    + "|(?<plain>[0-9]+(?:\\.[0-9]+)?))");

    BigDecimal value() {
        return new BigDecimal(decimalText);
    }

    /** The first number in {@code text}. */
    static Optional<NumberToken> first(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    /** The number starting exactly at {@code index}, if one does. */
    static Optional<NumberToken> at(String text, int index) {
        Matcher m = NUMBER.matcher(text).region(index, text.length());
        return m.lookingAt() ? Optional.of(of(m)) : Optional.empty();
    }

    private static NumberToken of(Matcher m) {
        String written = m.group();
        if (m.group("grouped") != null) {
            return new NumberToken(m.start(), m.end(), written, written.replace(",", ""), false);
        }
        if (m.group("comma") != null) {
            return new NumberToken(m.start(), m.end(), written, written.replace(',', '.'), true);
        }
        return new NumberToken(m.start(), m.end(), written, written, false);
    }
}
