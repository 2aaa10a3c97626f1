package jixiao.importing;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The cells of one sheet, read once: formulas computed, numbers taken exactly, merged regions
 * known. Only the first {@value #MAX_COLUMNS} columns are read; the template uses far fewer.
 */
final class WorkbookGrid {

    static final int MAX_COLUMNS = 40;
    /** Excel keeps 15 significant digits; a double's further digits are binary noise (0.1+0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]|_.|\\*.");
    private static final Pattern PLAIN_NUMBER_FORMAT = Pattern.compile("[0#?,.]*");
    /** Words a format adds to the number: {@code 0"次"}, {@code 0\\人}. */
    private static final Pattern WORDS = Pattern.compile("\"[^\"]+\"|\\\\[^ ]");

    private final TreeMap<Integer, TreeMap<Integer, WorkbookCell>> rows = new TreeMap<>();
    /** Every cell inside a merged region except its top-left one, mapped to that top-left one. */
    private final Map<Long, long[]> covered = new HashMap<>();
    private final Map<Long, Integer> lastColumnOfRegion = new HashMap<>();

    private WorkbookGrid() {
    }

    static WorkbookGrid of(Sheet sheet, FormulaEvaluator evaluator, DataFormatter formatter) {
        WorkbookGrid g = new WorkbookGrid();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() < MAX_COLUMNS) {
                    WorkbookCell c = read(cell, evaluator, formatter);
                    if (c != null) {
                        g.rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.column(), c);
                    }
                }
            }
        }
        int lastRow = g.rows.isEmpty() ? -1 : g.rows.lastKey();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top > lastRow || left >= MAX_COLUMNS) {
                continue;
            }
            int right = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            int bottom = Math.min(region.getLastRow(), lastRow);
            g.lastColumnOfRegion.put(key(top, left), right);
            for (int r = top; r <= bottom; r++) {
                for (int c = left; c <= right; c++) {
                    if (r != top || c != left) {
                        g.covered.put(key(r, c), new long[]{top, left});
                    }
                }
            }
        }
        return g;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    /** The cell as stored: null when blank or covered by a merged region it does not start. */
    WorkbookCell at(int row, int column) {
        TreeMap<Integer, WorkbookCell> r = rows.get(row);
        return r == null ? null : r.get(column);
    }

    /** The value a person sees in the cell: a merged region's value in every cell it covers. */
    WorkbookCell resolved(int row, int column) {
        long[] origin = covered.get(key(row, column));
        return origin == null ? at(row, column) : at((int) origin[0], (int) origin[1]);
    }

    boolean isCovered(int row, int column) {
        return covered.containsKey(key(row, column));
    }

    /** The last column a cell spans: its own, or its merged region's right edge. */
    int lastColumnOf(int row, int column) {
        return lastColumnOfRegion.getOrDefault(key(row, column), column);
    }

    /** The non-blank cells of a row, left to right. */
    List<WorkbookCell> row(int row) {
        TreeMap<Integer, WorkbookCell> r = rows.get(row);
        return r == null ? List.of() : new ArrayList<>(r.values());
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    private static WorkbookCell read(Cell cell, FormulaEvaluator evaluator, DataFormatter formatter) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellStyle style = cell.getCellStyle();
        return switch (cell.getCellType()) {
            case STRING -> text(row, column, cell.getStringCellValue());
            case NUMERIC -> number(row, column, cell.getNumericCellValue(), style, formatter);
            case BOOLEAN -> text(row, column, formatter.formatCellValue(cell));
            case ERROR -> new WorkbookCell(row, column, "", null, false,
                    Messages.text("workbook.error.errorValue", FormulaError.forInt(cell.getErrorCellValue()).getString()));
            case FORMULA -> formula(cell, evaluator, style, formatter);
            default -> null;
        };
    }

    private static WorkbookCell formula(Cell cell, FormulaEvaluator evaluator, CellStyle style, DataFormatter formatter) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            // Functions POI cannot compute, references to other workbooks, broken formulas.
            return new WorkbookCell(row, column, "", null, false,
                    Messages.text("workbook.error.formula", cell.getCellFormula()));
        }
        if (value == null) {
            return null;
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(row, column, value.getNumberValue(), style, formatter);
            case STRING -> text(row, column, value.getStringValue());
            case BOOLEAN -> text(row, column, String.valueOf(value.getBooleanValue()).toUpperCase());
            case ERROR -> new WorkbookCell(row, column, "", null, false, Messages.text("workbook.error.formulaResult",
                    cell.getCellFormula(), FormulaError.forInt(value.getErrorValue()).getString()));
            default -> null;
        };
    }

    private static WorkbookCell text(int row, int column, String text) {
        return text == null || Texts.trim(text).isEmpty() ? null : new WorkbookCell(row, column, text, null, false, null);
    }

    private static WorkbookCell number(int row, int column, double raw, CellStyle style, DataFormatter formatter) {
        String format = style == null ? null : style.getDataFormatString();
        String pattern = positivePattern(format);
        BigDecimal value = exact(raw);
        if (style != null && DateUtil.isADateFormat(style.getDataFormat(), format)) {
            String shown = formatter.formatRawCellContents(raw, style.getDataFormat(), format);
            return new WorkbookCell(row, column, shown, value, false, null);
        }
        int decimals = decimalsShown(pattern);
        if (pattern.indexOf('%') >= 0) {
            BigDecimal percent = atLeastScale(value.movePointRight(2), decimals);
            return new WorkbookCell(row, column, percent.toPlainString() + "%", percent, true, null);
        }
        BigDecimal shown = atLeastScale(value, decimals);
        if (format == null || "General".equalsIgnoreCase(format) || "@".equals(format)
                || !WORDS.matcher(format.split(";", -1)[0]).find() && PLAIN_NUMBER_FORMAT.matcher(pattern).matches()) {
            return new WorkbookCell(row, column, padded(shown.toPlainString(), pattern), shown, false, null);
        }
        // A custom format with words in it (0"次"): the text is what the person sees.
        return new WorkbookCell(row, column, formatter.formatRawCellContents(raw, style.getDataFormat(), format), shown,
                false, null);
    }

    /** A code kept as a number but shown with its leading zeros by a format such as {@code 000000}. */
    private static String padded(String plain, String pattern) {
        int point = pattern.indexOf('.');
        String integerPart = point < 0 ? pattern : pattern.substring(0, point);
        int zeros = (int) integerPart.chars().filter(ch -> ch == '0').count();
        int digits = plain.startsWith("-") ? -1 : 0;
        int pointInPlain = plain.indexOf('.');
        digits += pointInPlain < 0 ? plain.length() : pointInPlain;
        return digits >= zeros || plain.startsWith("-") ? plain : "0".repeat(zeros - digits) + plain;
    }

    /** The decimal a double in a cell stands for: at most 15 significant digits, as Excel keeps them. */
    static BigDecimal exact(double value) {
        return Numbers.normalized(new BigDecimal(value).round(EXCEL_DIGITS));
    }

    /** How many decimals a number format always shows: 2 for {@code #,##0.00}, 0 for General. */
    static int decimalsShown(String pattern) {
        int point = pattern.indexOf('.');
        if (point < 0) {
            return 0;
        }
        int n = 0;
        for (int i = point + 1; i < pattern.length() && "0#?".indexOf(pattern.charAt(i)) >= 0; i++) {
            if (pattern.charAt(i) == '0') {
                n++;
            }
        }
        return n;
    }

    /** The format's section for positive numbers without quoted words, escapes, colours and fills. */
    static String positivePattern(String format) {
        if (format == null) {
            return "";
        }
        String first = format.split(";", -1)[0];
        return QUOTED.matcher(first).replaceAll("");
    }

    private static BigDecimal atLeastScale(BigDecimal v, int scale) {
        return v.scale() >= scale ? v : v.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
