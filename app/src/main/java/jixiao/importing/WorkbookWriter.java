package jixiao.importing;

import jixiao.common.Messages;
import jixiao.importing.WorkbookSheetReader.HeaderField;
import jixiao.importing.WorkbookSheetReader.IndicatorField;
import jixiao.importing.WorkbookSheetReader.TaskColumn;
import jixiao.project.ProjectInput;
import jixiao.project.ProjectKind;
import jixiao.project.SpendPlan;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays projects out as the published 绩效目标表: one sheet each, labels on grey, the value beside its
 * label, the spend plan as a row of months over a row of percentages, the indicator table below.
 *
 * <p>Amounts, percentages and weights are number cells (people add them up) whose format shows
 * exactly the decimals of the value, so {@code 3.00} reads back as {@code 3.00}; a value a double
 * cannot hold exactly is written as text instead. Codes are text cells, so leading zeros stay.
 */
final class WorkbookWriter {

    /** Columns A–H: wide enough for the indicator table, the header pairs fit in them. */
    private static final int[] WIDTHS = {16, 14, 22, 26, 16, 16, 18, 8};
    private static final int LAST_COLUMN = WIDTHS.length - 1;
    private static final int HELP_WIDTH = 90;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    /** Excel's escape for characters XML cannot carry; a literal one must itself be escaped. */
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");
    private static final List<Integer> DEFAULT_MONTHS = List.of(3, 6, 10, 12);

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle code;
    private final CellStyle tableHeader;
    private final CellStyle section;
    private final Map<String, CellStyle> numberStyles = new HashMap<>();
    private Sheet sheet;

    WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        label = bordered();
        label.setFont(bold);
        label.setWrapText(true);
        label.setAlignment(HorizontalAlignment.CENTER);
        label.setVerticalAlignment(VerticalAlignment.CENTER);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        tableHeader = workbook.createCellStyle();
        tableHeader.cloneStyleFrom(label);
        code = bordered();
        code.setDataFormat(workbook.createDataFormat().getFormat("@"));
        section = workbook.createCellStyle();
        section.setFont(bold);
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** The first sheet: how to fill the template, one paragraph a row. */
    void instructions(String sheetName, List<String> paragraphs) {
        sheet = workbook.createSheet(sheetName);
        sheet.setColumnWidth(0, HELP_WIDTH * 256);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Row head = sheet.createRow(0);
        Cell h = head.createCell(0);
        h.setCellValue(sheetName);
        h.setCellStyle(title);
        head.setHeightInPoints(24);
        int r = 1;
        for (String p : paragraphs) {
            Row row = sheet.createRow(r++);
            Cell c = row.createCell(0);
            c.setCellValue(escape(p));
            c.setCellStyle(wrap);
            row.setHeightInPoints(height(p, HELP_WIDTH));
        }
    }

    void project(ProjectInput p, String sheetName) {
        sheet = workbook.createSheet(sheetName);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);

        Row head = sheet.createRow(0);
        Cell t = head.createCell(0);
        t.setCellValue(escape(Messages.text("workbook.title", p.name() == null ? "" : p.name())));
        t.setCellStyle(title);
        head.setHeightInPoints(28);
        merge(0, 0, 0, LAST_COLUMN);

        int r = 1;
        labelled(r++, new Object[][]{
                {HeaderField.YEAR, p.year() == null ? null : BigDecimal.valueOf(p.year()), 0, 1},
                {HeaderField.KIND, kindLabel(p.kind()), 2, 3},
                {HeaderField.UNIT_CODE, new Code(p.unitCode()), 4, 5},
                {HeaderField.MONEY_UNIT, p.moneyUnit(), 6, 7}});
        labelled(r++, new Object[][]{
                {HeaderField.UNIT_NAME, p.unitName(), 0, 3},
                {HeaderField.DEPARTMENT, p.departmentName(), 4, 7}});
        labelled(r++, new Object[][]{
                {HeaderField.CODE, new Code(p.code()), 0, 3},
                {HeaderField.NAME, p.name(), 4, 7}});
        labelled(r++, new Object[][]{
                {HeaderField.ATTRIBUTE, p.attribute(), 0, 1},
                {HeaderField.TERM, p.term(), 2, 3},
                {HeaderField.MANAGING_OFFICE, p.managingOffice(), 4, 7}});
        labelled(r++, new Object[][]{
                {HeaderField.BUDGET, new Amount(p.budget()), 0, 1},
                {HeaderField.FISCAL, new Amount(p.fiscalFunds()), 2, 3},
                {HeaderField.OTHER, new Amount(p.otherFunds()), 4, 7}});
        r = longText(r, HeaderField.PURPOSE, p.purpose());
        r = plan(r, p.spendPlan());
        r = longText(r, HeaderField.GOAL, p.goal());
        r = longText(r, HeaderField.MEASURES, p.measures());
        r++;
        boolean department = ProjectKind.DEPARTMENT.name().equals(p.kind());
        if (department || p.keyTasks() != null && !p.keyTasks().isEmpty()) {
            r = tasks(r, p.keyTasks() == null ? List.of() : p.keyTasks());
            r++;
        }
        indicators(r, p.indicators() == null ? List.of() : p.indicators());
    }

    /** Value types that are not plain text. */
    private record Code(String value) {
    }

    private record Amount(String value) {
    }

    /** A row of label/value pairs: {field, value, label column, last value column}. */
    private void labelled(int r, Object[][] pairs) {
        Row row = sheet.createRow(r);
        float height = LINE_POINTS;
        for (Object[] pair : pairs) {
            HeaderField f = (HeaderField) pair[0];
            int labelColumn = (int) pair[2];
            int last = (int) pair[3];
            put(row, labelColumn, Messages.text(labelKey(f)), label);
            int valueColumn = labelColumn + 1;
            Object value = pair[1];
            if (value instanceof Code c) {
                put(row, valueColumn, c.value(), code);
            } else if (value instanceof Amount a) {
                decimal(row, valueColumn, a.value(), true);
            } else if (value instanceof BigDecimal n) {
                number(row, valueColumn, n, false);
            } else {
                put(row, valueColumn, value == null ? null : value.toString(), text);
            }
            fill(row, valueColumn + 1, last, text);
            if (last > valueColumn) {
                merge(r, r, valueColumn, last);
            }
            if (value instanceof String s) {
                height = Math.max(height, height(s, width(valueColumn, last)));
            }
        }
        row.setHeightInPoints(height);
    }

    /** A label and a text over the rest of the row; text too long for a cell goes on in "（续）" rows. */
    private int longText(int r, HeaderField f, String value) {
        List<String> chunks = chunks(value);
        for (int i = 0; i < chunks.size(); i++) {
            Row row = sheet.createRow(r);
            put(row, 0, i == 0 ? Messages.text(labelKey(f)) : Messages.text("workbook.continued"), label);
            putEscaped(row, 1, chunks.get(i), text);
            fill(row, 2, LAST_COLUMN, text);
            merge(r, r, 1, LAST_COLUMN);
            row.setHeightInPoints(height(value == null ? "" : value.substring(0, Math.min(value.length(), 2000)),
                    width(1, LAST_COLUMN)));
            r++;
        }
        return r;
    }

    /** The months as columns: the usual four and any other month the plan has; blank where none. */
    private int plan(int r, List<ProjectInput.PlanPoint> points) {
        TreeSet<Integer> months = new TreeSet<>(DEFAULT_MONTHS);
        Map<Integer, BigDecimal> byMonth = new HashMap<>();
        if (points != null) {
            for (ProjectInput.PlanPoint p : points) {
                if (p != null && p.month() != null && p.percent() != null) {
                    months.add(p.month());
                    byMonth.put(p.month(), p.percent());
                }
            }
        }
        Row monthRow = sheet.createRow(r);
        Row valueRow = sheet.createRow(r + 1);
        put(monthRow, 0, Messages.text(labelKey(HeaderField.PLAN)), label);
        put(valueRow, 0, null, label);
        merge(r, r + 1, 0, 0);
        int c = 1;
        for (int month : months) {
            put(monthRow, c, SpendPlan.label(month), tableHeader);
            BigDecimal percent = byMonth.get(month);
            if (percent == null) {
                put(valueRow, c, null, text);
            } else {
                number(valueRow, c, percent, false);
            }
            c++;
        }
        fill(monthRow, c, LAST_COLUMN, text);
        fill(valueRow, c, LAST_COLUMN, text);
        if (c <= LAST_COLUMN) {
            merge(r, r + 1, c, LAST_COLUMN);
        }
        return r + 2;
    }

    private int tasks(int r, List<ProjectInput.KeyTaskLine> tasks) {
        Row heading = sheet.createRow(r++);
        put(heading, 0, Messages.text("workbook.taskSection"), section);
        Row head = sheet.createRow(r);
        put(head, 0, Messages.text(taskKey(TaskColumn.NAME)), tableHeader);
        put(head, 1, Messages.text(taskKey(TaskColumn.CONTENT)), tableHeader);
        fill(head, 2, 4, tableHeader);
        put(head, 5, Messages.text(taskKey(TaskColumn.FUNDS)), tableHeader);
        put(head, 6, Messages.text(taskKey(TaskColumn.GOAL)), tableHeader);
        fill(head, 7, 7, tableHeader);
        merge(r, r, 1, 4);
        merge(r, r, 6, 7);
        r++;
        for (ProjectInput.KeyTaskLine t : tasks) {
            Map<Integer, Object> cells = new HashMap<>();
            cells.put(0, t.name());
            cells.put(1, t.content());
            cells.put(5, new Amount(t.funds()));
            cells.put(6, t.expectedGoal());
            r = tableRow(r, cells, List.of(new int[]{1, 4}, new int[]{6, 7}));
        }
        return r;
    }

    private void indicators(int r, List<ProjectInput.IndicatorLine> lines) {
        Row heading = sheet.createRow(r++);
        put(heading, 0, Messages.text("workbook.indicatorSection"), section);
        Row head = sheet.createRow(r++);
        IndicatorField[] columns = IndicatorField.values();
        for (int c = 0; c < columns.length; c++) {
            put(head, c, Messages.text(columnKey(columns[c])), tableHeader);
        }
        sheet.createFreezePane(0, r);
        for (ProjectInput.IndicatorLine i : lines) {
            if (i == null) {
                continue;
            }
            Map<Integer, Object> cells = new HashMap<>();
            cells.put(0, i.level1());
            cells.put(1, i.level2());
            cells.put(2, i.name());
            cells.put(3, i.description());
            cells.put(4, i.target());
            cells.put(5, i.periodTarget());
            cells.put(6, i.basis());
            cells.put(7, new Weight(i.weight()));
            r = tableRow(r, cells, List.of());
        }
    }

    private record Weight(String value) {
    }

    /** One table row; a text too long for a cell goes on in "（续）" rows below, in its own column. */
    private int tableRow(int r, Map<Integer, Object> cells, List<int[]> merges) {
        Map<Integer, List<String>> chunked = new HashMap<>();
        int rows = 1;
        for (Map.Entry<Integer, Object> e : cells.entrySet()) {
            if (e.getValue() instanceof String s) {
                List<String> c = chunks(s);
                chunked.put(e.getKey(), c);
                rows = Math.max(rows, c.size());
            }
        }
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(r + i);
            float height = LINE_POINTS;
            for (int c = 0; c <= LAST_COLUMN; c++) {
                Object v = cells.get(c);
                if (i > 0) {
                    List<String> ch = chunked.get(c);
                    if (c == 0) {
                        put(row, 0, Messages.text("workbook.continued"), text);
                    } else {
                        putEscaped(row, c, ch != null && i < ch.size() ? ch.get(i) : null, text);
                    }
                    continue;
                }
                if (v instanceof Amount a) {
                    decimal(row, c, a.value(), true);
                } else if (v instanceof Weight w) {
                    decimal(row, c, w.value(), false);
                } else if (v instanceof String s) {
                    putEscaped(row, c, chunked.get(c).get(0), text);
                    height = Math.max(height, height(s.substring(0, Math.min(s.length(), 2000)), widthOf(c, merges)));
                } else {
                    put(row, c, null, text);
                }
            }
            row.setHeightInPoints(height);
            for (int[] m : merges) {
                merge(r + i, r + i, m[0], m[1]);
            }
        }
        return r + rows;
    }

    private static int widthOf(int column, List<int[]> merges) {
        for (int[] m : merges) {
            if (m[0] == column) {
                return width(m[0], m[1]);
            }
        }
        return width(column, column);
    }

    /** An amount or weight given as decimal text: a number cell when exact, else the text itself. */
    private void decimal(Row row, int c, String value, boolean grouped) {
        BigDecimal n = null;
        if (value != null && !value.isBlank()) {
            try {
                n = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                n = null;
            }
        }
        if (n == null) {
            put(row, c, value, text);
        } else {
            number(row, c, n, grouped);
        }
    }

    private void number(Row row, int c, BigDecimal n, boolean grouped) {
        Cell cell = row.createCell(c);
        if (n.precision() > 15 || WorkbookGrid.exact(n.doubleValue()).compareTo(n) != 0) {
            cell.setCellValue(n.toPlainString());
            cell.setCellStyle(code);
            return;
        }
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(numberStyle(Math.max(n.scale(), 0), grouped));
    }

    private CellStyle numberStyle(int decimals, boolean grouped) {
        String format = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle s = bordered();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private void put(Row row, int c, String value, CellStyle style) {
        putEscaped(row, c, value == null ? null : escape(value), style);
    }

    private static void putEscaped(Row row, int c, String escaped, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (escaped != null) {
            cell.setCellValue(escaped);
        }
    }

    private void fill(Row row, int from, int to, CellStyle style) {
        for (int c = from; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    private void merge(int top, int bottom, int left, int right) {
        if (top != bottom || left != right) {
            sheet.addMergedRegion(new CellRangeAddress(top, bottom, left, right));
        }
    }

    private static int width(int from, int to) {
        int w = 0;
        for (int c = from; c <= to; c++) {
            w += WIDTHS[c];
        }
        return w;
    }

    /** Rows of wrapped text need a height: Excel does not fit them when it opens a file. */
    private static float height(String s, int widthInChars) {
        if (s == null || s.isEmpty()) {
            return LINE_POINTS;
        }
        int lines = 0;
        for (String line : s.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += Texts.isWide(line.charAt(i)) ? 2 : 1;
            }
            lines += Math.max(1, (units + widthInChars - 1) / widthInChars);
        }
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
    }

    /**
     * The escaped text in pieces a cell can hold. Pieces end between the units Excel reads (an escape
     * sequence, a surrogate pair, a character), so each piece reads back on its own and they join to
     * the text.
     */
    static List<String> chunks(String value) {
        if (value == null) {
            return List.of();
        }
        String escaped = escape(value);
        List<String> out = new ArrayList<>();
        Matcher escapes = ESCAPE_LIKE.matcher(escaped);
        int start = 0;
        int i = 0;
        while (i < escaped.length()) {
            int unit = escapes.region(i, escaped.length()).lookingAt() ? 7
                    : Character.isHighSurrogate(escaped.charAt(i)) && i + 1 < escaped.length() ? 2 : 1;
            if (i + unit - start > MAX_TEXT) {
                out.add(escaped.substring(start, i));
                start = i;
            }
            i += unit;
        }
        out.add(escaped.substring(start));
        return out;
    }

    /**
     * Text as Excel stores it: a literal {@code _x0041_} would read back as "A", so it is written
     * {@code _x005F_x0041_}; characters XML cannot carry (control characters) become {@code _xHHHH_}.
     */
    static String escape(String s) {
        Matcher m = ESCAPE_LIKE.matcher(s);
        String t = m.find() ? m.replaceAll(r -> "_x005F" + r.group()) : s;
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isHighSurrogate(c) && (i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)));
            if (bad && b == null) {
                b = new StringBuilder(t.substring(0, i));
            }
            if (b != null) {
                b.append(bad ? String.format("_x%04X_", (int) c) : String.valueOf(c));
            }
        }
        return b == null ? t : b.toString();
    }

    private static String kindLabel(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return Messages.text("project.kind." + ProjectKind.valueOf(kind).name());
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    static String labelKey(HeaderField f) {
        return switch (f) {
            case YEAR -> "field.year";
            case KIND -> "field.kind";
            case UNIT_CODE -> "field.unitCode";
            case MONEY_UNIT -> "field.moneyUnit";
            case UNIT_NAME -> "field.unitName";
            case DEPARTMENT -> "field.departmentName";
            case CODE -> "field.code";
            case NAME -> "field.name";
            case ATTRIBUTE -> "field.attribute";
            case TERM -> "field.term";
            case MANAGING_OFFICE -> "field.managingOffice";
            case BUDGET -> "field.budget";
            case FISCAL -> "field.fiscalFunds";
            case OTHER -> "field.otherFunds";
            case PURPOSE -> "field.purpose";
            case PLAN -> "field.spendPlan";
            case GOAL -> "field.goal";
            case MEASURES -> "field.measures";
        };
    }

    static String columnKey(IndicatorField f) {
        return switch (f) {
            case LEVEL1 -> "field.level1";
            case LEVEL2 -> "field.level2";
            case NAME -> "field.level3";
            case DESCRIPTION -> "field.description";
            case TARGET -> "field.target";
            case PERIOD -> "field.periodTarget";
            case BASIS -> "field.basis";
            case WEIGHT -> "field.weight";
        };
    }

    static String taskKey(TaskColumn f) {
        return switch (f) {
            case NAME -> "project.keyTaskName";
            case CONTENT -> "project.keyTaskContent";
            case FUNDS -> "project.keyTaskFunds";
            case GOAL -> "project.keyTaskGoal";
        };
    }
}
