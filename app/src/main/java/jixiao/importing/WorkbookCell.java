package jixiao.importing;

import java.math.BigDecimal;

/**
 * One non-blank cell of an uploaded sheet as the reader needs it.
 *
 * @param text    what the cell says, for text fields: a string cell as typed; a number as the exact
 *                value it holds (never Excel's rounded display), with the decimals its format shows
 *                ({@code 3.00}), a percentage format as {@code 95%}, a date as Excel shows it
 * @param number  the exact value of a numeric cell (also a formula's), its scale at least the
 *                decimals its format shows; null for text
 * @param percent the cell is formatted as a percentage: {@code number} is the fraction (0.25)
 * @param error   why the cell cannot be read (a formula that cannot be computed); null when readable
 */
record WorkbookCell(int row, int column, String text, BigDecimal number, boolean percent, String error) {

    /** "B5": how Excel names the cell. */
    String reference() {
        return columnLetters(column) + (row + 1);
    }

    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }
}
