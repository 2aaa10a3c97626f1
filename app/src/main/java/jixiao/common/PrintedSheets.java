package jixiao.common;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a form exported as .xlsx prints: on A4, one page wide however many pages long, its column
 * headings repeated on every page and the pages numbered in the footer, so that what comes out of
 * the printer can be signed and stamped like the published form.
 */
public final class PrintedSheets {

    private PrintedSheets() {
    }

    /**
     * @param firstHeaderRow first row (0-based) repeated at the top of every page
     * @param lastHeaderRow  last row repeated, inclusive
     */
    public static void a4(Sheet sheet, boolean landscape, int firstHeaderRow, int lastHeaderRow) {
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
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        Footer footer = sheet.getFooter();
        // &P and &N: the page number and the number of pages, filled in by the spreadsheet when it prints
        footer.setCenter(Messages.text("common.pageFooter", "&P", "&N"));
    }
}
