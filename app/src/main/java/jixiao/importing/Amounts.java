package jixiao.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads an amount or percentage cell, repairing the usual OCR misreadings and saying so. */
final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    /** Only characters an OCR engine makes out of digits, points and commas. */
    private static final Pattern OCR_NUMERIC = Pattern.compile("[+-]?[\\dOo〇⒛.,]+");
    /** {@code 26,10}: a comma followed by one or two digits is a decimal point misread. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d{1,2}");

    /**
     * @param value null when the cell is blank or not a number
     * @param repaired the value was obtained by repairing misread characters
     * @param notANumber the cell holds text that is not a number
     */
    record Reading(BigDecimal value, boolean repaired, boolean notANumber) {

        static final Reading BLANK = new Reading(null, false, false);
    }

    private Amounts() {
    }

    static Reading read(String cell) {
        if (cell == null) {
            return Reading.BLANK;
        }
        String t = fullWidthToAscii(Texts.removeSpaces(cell));
        if (t.isEmpty()) {
            return Reading.BLANK;
        }
        if (PLAIN.matcher(t).matches()) {
            return new Reading(new BigDecimal(t), false, false);
        }
        if (GROUPED.matcher(t).matches()) {
            return new Reading(new BigDecimal(t.replace(",", "")), false, false);
        }
        if (!OCR_NUMERIC.matcher(t).matches()) {
            return new Reading(null, false, true);
        }
        String r = t.replace("⒛", "20").replace('O', '0').replace('o', '0').replace('〇', '0');
        if (DECIMAL_COMMA.matcher(r).matches()) {
            r = r.replace(',', '.');
        } else if (GROUPED.matcher(r).matches()) {
            r = r.replace(",", "");
        }
        if (PLAIN.matcher(r).matches()) {
            return new Reading(new BigDecimal(r), true, false);
        }
        return new Reading(null, false, true);
    }

    /** A percentage such as {@code 25%}, {@code 1O0%} or {@code 25}. */
    static Reading readPercent(String cell) {
        if (cell == null) {
            return Reading.BLANK;
        }
        String t = Texts.removeSpaces(cell);
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1);
        }
        return read(t);
    }

    /** Digits of a number without its point: {@code 2.10} and {@code 210} both give "210". */
    static String digits(String cell) {
        StringBuilder b = new StringBuilder();
        String t = fullWidthToAscii(cell).replace("⒛", "20");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == 'O' || c == 'o' || c == '〇') {
                b.append('0');
            }
        }
        return b.toString();
    }

    static boolean hasPoint(String cell) {
        return cell.indexOf('.') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf('．') >= 0;
    }

    private static String fullWidthToAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = c >= '０' && c <= '９' ? (char) (c - '０' + '0')
                    : c == '．' ? '.' : c == '，' ? ',' : c == '－' ? '-' : c;
            if (m != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, m);
            }
        }
        return b == null ? s : b.toString();
    }
}
