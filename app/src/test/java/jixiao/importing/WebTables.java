package jixiao.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed tables as they stand on a government web page, and as a browser copies such a page as text. The seeds
 * are Word tables copied as text: one cell a line after a tab with a blank line after each row (乐亭, 滨海), or one
 * row a line with tab-separated cells (彭阳, 花都); a level cell left empty there is a cell merged with the one
 * above. So each seed becomes paragraphs and {@code <table>}s, the empty level cells of its indicator rows become
 * rowspans of the cell above (as the published pages have them), a row of one cell spans the table.
 */
final class WebTables {

    private WebTables() {
    }

    /** A cell of the rendered grid: its text and spans; covered cells are null. */
    private static final class Cell {
        final String text;
        int rowspan = 1;
        int colspan = 1;

        Cell(String text) {
            this.text = text;
        }
    }

    /** Paragraphs (String) and tables (rows of cells, null where a cell above spans into the row), in order. */
    private static List<Object> blocks(String seed, boolean mergeLevels) {
        List<Object> blocks = new ArrayList<>();
        List<List<String>> table = null;
        List<String> cellRow = null;
        for (String line : seed.replace("\r", "").split("\n", -1)) {
            boolean cellLine = line.startsWith("\t") && line.indexOf('\t', 1) < 0;
            if (cellLine) {
                if (cellRow == null) {
                    cellRow = new ArrayList<>();
                }
                cellRow.add(line.substring(1));
                continue;
            }
            if (cellRow != null) {
                table = addRow(blocks, table, cellRow);
                cellRow = null;
            }
            if (line.indexOf('\t') >= 0) {
                table = addRow(blocks, table, new ArrayList<>(List.of(line.split("\t", -1))));
            } else if (!line.isBlank()) {
                table = null;
                blocks.add(line.strip());
            }
        }
        if (cellRow != null) {
            addRow(blocks, table, cellRow);
        }
        List<Object> out = new ArrayList<>();
        for (Object b : blocks) {
            out.add(b instanceof String s ? s : grid(cast(b), mergeLevels));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> cast(Object o) {
        return (List<List<String>>) o;
    }

    private static List<List<String>> addRow(List<Object> blocks, List<List<String>> table, List<String> row) {
        List<List<String>> t = table;
        if (t == null) {
            t = new ArrayList<>();
            blocks.add(t);
        }
        t.add(row);
        return t;
    }

    /** The table's cells, with the empty level cells under the indicator header merged into the cell above. */
    private static List<List<Cell>> grid(List<List<String>> rows, boolean mergeLevels) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> grid = new ArrayList<>();
        int header = -1;
        int lastLevel = -1;
        for (List<String> row : rows) {
            List<Cell> cells = new ArrayList<>();
            row.forEach(t -> cells.add(new Cell(t)));
            if (cells.size() == 1) {
                cells.get(0).colspan = width;
            }
            int r = grid.size();
            grid.add(cells);
            if (isHeader(row)) {
                header = r;
                lastLevel = indexOf(row, "二级指标");
                continue;
            }
            if (header >= 0 && row.size() != rows.get(header).size()) {
                header = -1;
            }
            if (!mergeLevels || row.size() < 2) {
                continue;
            }
            // leading empty cells continue the cell above: the level cells (and 花都's 绩效指标 column) under the
            // indicator header, elsewhere a label over two rows (资金支出计划 over its months and percents)
            int last = header >= 0 ? lastLevel : 0;
            for (int c = 0; c <= last && row.get(c).isBlank(); c++) {
                Cell origin = null;
                for (int up = r - 1; up >= Math.max(header, 0) && origin == null; up--) {
                    origin = c < grid.get(up).size() ? grid.get(up).get(c) : new Cell("");
                }
                if (origin == null || origin.text.isBlank() || origin.colspan != 1) {
                    break;
                }
                origin.rowspan++;
                cells.set(c, null);
            }
        }
        return grid;
    }

    private static boolean isHeader(List<String> row) {
        return indexOf(row, "一级指标") >= 0 && indexOf(row, "二级指标") >= 0;
    }

    private static int indexOf(List<String> row, String text) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).replaceAll("\\s", "").equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The seed as a web page: paragraphs and tables with merged level cells. */
    static String page(String seed) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>绩效目标</title>"
                + "<style>td{border:1px solid}</style><script>var x = '<td>不是表格</td>';</script></head><body>\n");
        for (Object b : blocks(seed, true)) {
            if (b instanceof String s) {
                html.append("<p>").append(escape(s)).append("</p>\n");
                continue;
            }
            html.append("<table border=\"1\"><tbody>\n");
            for (List<Cell> row : castGrid(b)) {
                html.append("<tr>");
                for (Cell c : row) {
                    if (c == null) {
                        continue;
                    }
                    html.append("<td");
                    if (c.rowspan > 1) {
                        html.append(" rowspan=\"").append(c.rowspan).append('"');
                    }
                    if (c.colspan > 1) {
                        html.append(" colspan=\"").append(c.colspan).append('"');
                    }
                    html.append("><p><span>").append(escape(c.text.strip())).append("</span></p></td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.append("</body></html>").toString();
    }

    /**
     * What Chrome puts on the clipboard as text when the page is selected and copied: a row a line, its cells
     * separated by tabs, a merged cell only in its first row, so the rows under it have fewer cells.
     */
    static String copiedAsText(String seed) {
        StringBuilder text = new StringBuilder();
        for (Object b : blocks(seed, true)) {
            if (b instanceof String s) {
                text.append(s).append('\n');
                continue;
            }
            for (List<Cell> row : castGrid(b)) {
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    if (c != null) {
                        cells.add(c.text.strip());
                    }
                }
                text.append(String.join("\t", cells)).append('\n');
            }
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Cell>> castGrid(Object o) {
        return (List<List<Cell>>) o;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
