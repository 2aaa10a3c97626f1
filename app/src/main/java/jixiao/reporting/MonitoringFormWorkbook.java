package jixiao.reporting;

import jixiao.common.Messages;
import jixiao.common.PrintedSheets;
import jixiao.project.MergedRows;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import static jixiao.common.PrintedSheets.cell;
import static jixiao.common.PrintedSheets.merged;
import static jixiao.common.PrintedSheets.number;
import static jixiao.common.PrintedSheets.text;

/**
 * The {@link MonitoringForm} as an .xlsx of one sheet in the printed layout: nine columns, the
 * indicator table's heading repeated on every printed page, A4 landscape one page wide. Money in 元
 * as numbers, rates as percentages.
 */
final class MonitoringFormWorkbook {

    static final int COLUMNS = 9;
    private static final int[] WIDTHS = {12, 14, 22, 14, 18, 16, 12, 24, 26};
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MonitoringFormWorkbook() {
    }

    static byte[] write(MonitoringForm form) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(book);
            Sheet sh = book.createSheet(form.title());
            for (int c = 0; c < COLUMNS; c++) {
                sh.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 0;
            merged(sh, r, r, 0, COLUMNS - 1, form.title(), st.title);
            sh.getRow(r++).setHeightInPoints(28);
            merged(sh, r, r, 0, COLUMNS - 1, form.yearLine(), st.centered);
            r++;
            merged(sh, r, r, 0, 5, Messages.text("reporting.sheet.unitCaption", form.unitLine()), st.plain);
            merged(sh, r, r, 6, COLUMNS - 1, Messages.text("reporting.sheet.moneyUnit"), st.right);
            r++;

            text(sh, r, 0, Messages.text("reporting.sheet.projectName"), st.label);
            merged(sh, r, r, 1, 4, form.projectName(), st.text);
            text(sh, r, 5, Messages.text("reporting.sheet.projectCode"), st.label);
            merged(sh, r, r, 6, COLUMNS - 1, form.projectCode() == null ? "" : form.projectCode(), st.text);
            r++;
            text(sh, r, 0, Messages.text("reporting.sheet.department"), st.label);
            merged(sh, r, r, 1, 4, form.departmentName() == null ? "" : form.departmentName(), st.text);
            text(sh, r, 5, Messages.text("reporting.sheet.unit"), st.label);
            merged(sh, r, r, 6, COLUMNS - 1, form.unitName(), st.text);
            r++;

            merged(sh, r, r, 0, 1, Messages.text("reporting.sheet.moneyHeader"), st.label);
            text(sh, r, 2, Messages.text("reporting.sheet.budget"), st.label);
            text(sh, r, 3, Messages.text("reporting.sheet.adjusted"), st.label);
            text(sh, r, 4, Messages.text("reporting.sheet.spent", form.span()), st.label);
            text(sh, r, 5, Messages.text("reporting.sheet.rate", form.span()), st.label);
            merged(sh, r, r, 6, COLUMNS - 1, Messages.text("reporting.sheet.planned", form.periodLabel()), st.label);
            r++;
            boolean first = true;
            for (MonitoringForm.MoneyLine m : form.money()) {
                merged(sh, r, r, 0, 1, m.label(), st.label);
                number(sh, r, 2, m.budgetYuan(), st.yuan);
                number(sh, r, 3, m.adjustedYuan(), st.yuan);
                number(sh, r, 4, m.spentYuan(), st.yuan);
                number(sh, r, 5, m.executionPercent() == null ? null : m.executionPercent().divide(HUNDRED), st.percent);
                merged(sh, r, r, 6, COLUMNS - 1, "", st.percent);
                if (first) {
                    number(sh, r, 6, form.plannedPercent().divide(HUNDRED), st.percent);
                }
                first = false;
                r++;
            }
            text(sh, r, 0, Messages.text("reporting.sheet.goal"), st.label);
            merged(sh, r, r, 1, COLUMNS - 1, form.goal() == null ? "" : form.goal(), st.text);
            sh.getRow(r++).setHeightInPoints(Math.max(30, 15 * lines(form.goal())));

            int heading = r;
            String[] headers = {Messages.text("field.level1"), Messages.text("field.level2"), Messages.text("field.level3"),
                    Messages.text("reporting.sheet.target"), Messages.text("reporting.sheet.actual", form.span()),
                    Messages.text("reporting.field.expectedFullYear"), Messages.text("reporting.field.likelihood"),
                    Messages.text("reporting.sheet.causes"), Messages.text("reporting.field.correctiveAction")};
            for (int c = 0; c < COLUMNS; c++) {
                text(sh, r, c, headers[c], st.label);
            }
            r++;
            for (MergedRows.Row<MonitoringForm.Line> row : form.indicators()) {
                MonitoringForm.Line line = row.item();
                if (row.level1Span() > 0) {
                    merged(sh, r, r + row.level1Span() - 1, 0, 0, line.level1(), st.text);
                }
                if (row.level2Span() > 0) {
                    merged(sh, r, r + row.level2Span() - 1, 1, 1, line.level2(), st.text);
                }
                String[] values = {line.name(), line.target(), line.actual(), line.expectedFullYear(), line.likelihood(),
                        line.causes(), line.correctiveAction()};
                for (int i = 0; i < values.length; i++) {
                    text(sh, r, 2 + i, values[i], st.text);
                }
                r++;
            }

            r++;
            int foot = r;
            merged(sh, r, r, 0, 2, Messages.text("reporting.sheet.filledBy", blank(form.filledBy())), st.plain);
            merged(sh, r, r, 3, 5, Messages.text("reporting.sheet.reviewedBy", blank(form.reviewedBy())), st.plain);
            r++;
            merged(sh, r, r, 0, 2, Messages.text("reporting.sheet.filledOn", blank(form.filledOn())), st.plain);
            merged(sh, r, r, 3, 5, Messages.text("reporting.sheet.reviewedOn", blank(form.reviewedOn())), st.plain);
            r++;
            // the stamp box: three rows of empty space framed, its label at the top, as on the paper form
            merged(sh, foot, foot + 3, 6, COLUMNS - 1, Messages.text("reporting.sheet.stamp"), st.stamp);
            for (int i = foot; i <= foot + 3; i++) {
                cell(sh, i, 0);
                sh.getRow(i).setHeightInPoints(22);
            }
            r = foot + 4;
            book.setPrintArea(0, 0, COLUMNS - 1, 0, r - 1);
            PrintedSheets.a4(sh, true, heading, heading);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static int lines(String text) {
        return text == null ? 1 : text.split("\n", -1).length + text.length() / 60;
    }

    /** The few cell styles of the form. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle centered;
        final CellStyle label;
        final CellStyle text;
        final CellStyle yuan;
        final CellStyle percent;
        final CellStyle stamp;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = book.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.CENTER);
            right = book.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            centered = book.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            label = boxed(book);
            label.setFont(bold);
            label.setAlignment(HorizontalAlignment.CENTER);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = boxed(book);
            yuan = boxed(book);
            yuan.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            percent = boxed(book);
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            stamp = boxed(book);
            stamp.setAlignment(HorizontalAlignment.CENTER);
            stamp.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle boxed(XSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }
    }
}
