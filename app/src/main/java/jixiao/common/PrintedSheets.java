package jixiao.common;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;

/**
 * How a form exported as .xlsx prints: on A4, one page wide however many pages long, its column
 * headings repeated on every page and the pages numbered in the footer, so that what comes out of
 * the printer can be signed and stamped like the published form; and the cells such forms are drawn with.
 */
public final class PrintedSheets {

    private PrintedSheets() {
    }

    /**
     * @param firstHeaderRow first row (0-based) repeated at the top of every page
     * @param lastHeaderRow  last row repeated, inclusive
     */
    public static void a4(Sheet sheet, boolean landscape, int firstHeaderRow, int lastHeaderRow) {
        a4(sheet, landscape);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
    }

    /** A form on one page's width, without rows repeated (a one-page form such as the 自评表). */
    public static void a4(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        // 0: as many pages long as the rows need
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        Footer footer = sheet.getFooter();
        // &P and &N: the page number and the number of pages, filled in by the spreadsheet when it prints
        footer.setCenter(Messages.text("common.pageFooter", "&P", "&N"));
    }

    /** A merged block; every cell of it gets the style so the borders print all round. */
    public static void merged(Sheet sh, int firstRow, int lastRow, int firstColumn, int lastColumn, String value, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                cell(sh, r, c).setCellStyle(style);
            }
        }
        cell(sh, firstRow, firstColumn).setCellValue(value);
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sh.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    public static void text(Sheet sh, int r, int c, String value, CellStyle style) {
        Cell cell = cell(sh, r, c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A numeric cell, or an empty one where the value is blank. */
    public static void number(Sheet sh, int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(sh, r, c);
        if (value != null) {
            // Excel keeps numbers as doubles; amounts of 元 with two decimals stay exact as shown
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** The cell, created with its row where missing. */
    public static Cell cell(Sheet sh, int r, int c) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}
