package jixiao.importing;

import jixiao.common.Messages;
import jixiao.importing.document.DocumentText;

import java.util.ArrayList;
import java.util.List;

/**
 * Sheets that are not in the template's shape, as the lines the text layouts read: a row a line, its cells
 * separated by tabs as a spreadsheet copies them (a merged region's value in its first cell, the others empty),
 * each line with its place "工作表《X》第N行".
 */
final class SheetLines {

    private final StringBuilder text = new StringBuilder();
    private final List<String> places = new ArrayList<>();

    void add(String sheet, WorkbookGrid grid) {
        for (int r = 0; r <= grid.lastRow(); r++) {
            List<WorkbookCell> cells = grid.row(r);
            StringBuilder line = new StringBuilder();
            int column = 0;
            for (WorkbookCell c : cells) {
                for (; column < c.column(); column++) {
                    line.append('\t');
                }
                line.append(c.text().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').strip());
            }
            text.append(line.toString().isBlank() ? "" : line).append('\n');
            places.add(Messages.text("document.place.sheetRow", sheet, r + 1));
        }
        // a sheet ends its tables
        text.append('\n');
        places.add(null);
    }

    boolean isEmpty() {
        return places.isEmpty();
    }

    DocumentText done(String file) {
        return new DocumentText(file, text.toString(), places);
    }
}
