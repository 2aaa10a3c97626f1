package jixiao.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator table given one cell a line without tabs, each cell followed by an empty line (a web page's text,
 * 武汉市青山区 2020): the header's cells ({@code 一级指标}, {@code 二级指标(长期)}, …) one a line, then the rows'
 * cells in the same order, a line holding only spaces standing for an empty cell. Regrouped into rows of the
 * header's width, so that the cells stand in their columns; the grid ends at a row that does not start with a
 * level name (一级指标, or empty level cells before the indicator). Only a page that shows its empty cells (or whose
 * rows keep fitting) is regrouped so: where merged cells are left out, rows have fewer cells than the header.
 */
final class IndicatorCellLines {

    /** A grid found in the lines: its header row, its indicator rows, and the index after its last line. */
    record Grid(CellTableReader.Row header, List<CellTableReader.Row> rows, int end) {
    }

    private IndicatorCellLines() {
    }

    /**
     * The grid whose header starts at line index {@code from}, or null: the header is the run of cell lines naming
     * indicator columns, with 一级, 二级 and 三级指标 among them.
     */
    static Grid at(List<SourceLine> lines, int from, int to) {
        List<Integer> header = new ArrayList<>();
        int i = from;
        while (i < to) {
            SourceLine line = lines.get(i);
            if (line.text().isEmpty()) {
                i++;
                continue;
            }
            if (line.isBlank() || line.text().indexOf('\t') >= 0
                    || IndicatorColumn.of(line.text()) == IndicatorColumn.OTHER) {
                break;
            }
            header.add(i);
            i++;
        }
        List<IndicatorColumn> columns = header.stream().map(k -> IndicatorColumn.of(lines.get(k).text())).toList();
        if (header.isEmpty() || columns.get(0) != IndicatorColumn.LEVEL1 || !columns.contains(IndicatorColumn.LEVEL2)
                || !columns.contains(IndicatorColumn.NAME) || !separated(lines, header)) {
            return null;
        }
        int width = header.size();
        List<CellTableReader.Row> rows = new ArrayList<>();
        boolean blankCells = false;
        int end = i;
        while (true) {
            List<String> cells = new ArrayList<>(width);
            List<Integer> cellLines = new ArrayList<>(width);
            int k = end;
            while (k < to && cells.size() < width) {
                SourceLine line = lines.get(k++);
                if (line.text().isEmpty()) {
                    continue;
                }
                if (line.text().indexOf('\t') >= 0) {
                    break;
                }
                cells.add(Texts.trim(line.text()));
                cellLines.add(line.number());
            }
            if (cells.size() < width || !startsWithLevel(cells)) {
                break;
            }
            rows.add(new CellTableReader.Row(cells, cellLines, false));
            blankCells |= cells.contains("");
            end = k;
        }
        if (rows.isEmpty() || (!blankCells && rows.size() < 2)) {
            // a page that leaves merged cells out (岳阳县 2022) gives rows of fewer cells: counting does not part them
            return null;
        }
        List<String> headerCells = header.stream().map(k -> Texts.trim(lines.get(k).text())).toList();
        List<Integer> headerLines = header.stream().map(k -> lines.get(k).number()).toList();
        return new Grid(new CellTableReader.Row(headerCells, headerLines, false), rows, end);
    }

    /** Each header cell is followed by an empty line: only then does a line of spaces stand for an empty cell. */
    private static boolean separated(List<SourceLine> lines, List<Integer> header) {
        for (int k : header) {
            if (k + 1 >= lines.size() || !lines.get(k + 1).text().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A level name first, or empty level cells (merged over the rows above) before a name that opens no note. */
    private static boolean startsWithLevel(List<String> cells) {
        if (LevelReading.first(cells.get(0), true) != null) {
            return true;
        }
        if (!cells.get(0).isEmpty()) {
            return false;
        }
        if (LevelReading.second(cells.get(1), true) != null) {
            return true;
        }
        return cells.get(1).isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())
                && cells.stream().noneMatch(PublishedNotes::opens);
    }
}
