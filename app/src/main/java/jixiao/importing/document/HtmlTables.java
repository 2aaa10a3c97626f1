package jixiao.importing.document;

import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.importing.UploadedWorkbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page, or what a browser puts on the clipboard as {@code text/html} when part of a page is copied, as the
 * lines the layout readers take. Text outside tables (paragraphs, headings, divs, lines broken by {@code <br>})
 * becomes lines; each table becomes one line per row with its cells separated by tabs (the layout 彭阳 and 花都
 * were published in). Merged cells are expanded into a grid: a cell spanning rows stands in its first row and the
 * rows it covers get an empty cell, which the layout readers take as "the same as above" (一级/二级 carried down);
 * a cell spanning columns stands in its first column with empty cells after it, as Word gives it when a table is
 * copied as text, so a label/value row keeps its label next to its value. A row holding one cell across the whole
 * table (the title, 单位：万元, a note) is a line of text, so a title inside the table starts a new table as a
 * title above it does. A table inside a cell follows the row of that cell. Each line says where it came from:
 * "表2第5行".
 *
 * <p>Rows rather than one cell a line: every seed, rendered as a web table and read back this way, gives the same
 * projects as its text (HtmlTablesTest), and a row is what a person finds again in the page.
 */
public final class HtmlTables {

    /** The most text accepted, the size of the largest request the server takes (micronaut.server.max-request-size). */
    public static final int MAX_CHARS = 20 * 1024 * 1024;
    /**
     * Tags a page may hold before it is refused unparsed: jsoup keeps every element in memory (a few hundred bytes
     * each); a 300-table document copied from Word is about 150,000.
     */
    static final int MAX_TAGS = 400_000;
    /** Pages from this size on are built in memory only in turn with workbooks and Word documents. */
    private static final int LARGE_CHARS = 1024 * 1024;
    /** Grid cells, counted after merged cells are expanded, as for Word documents and workbooks. */
    public static final int MAX_CELLS = 200_000;
    public static final int MAX_ROWS = 50_000;
    /** What browsers honour (HTML: colspan at most 1000, rowspan at most 65534). */
    private static final int MAX_COLSPAN = 1000;

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "object", "iframe", "svg", "math", "select", "button", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre",
            "center", "form", "fieldset", "address", "figure", "figcaption", "hr", "caption", "body", "html");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+");

    private final List<String> lines = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int tables;
    private int paragraphs;
    private int rows;
    private int cells;

    private HtmlTables() {
    }

    /**
     * The page's lines and tables.
     *
     * @throws InvalidInputException when the page is larger than the import reads (a Chinese message)
     */
    public static DocumentText read(String html) {
        if (html == null) {
            return new DocumentText(null, "", List.of());
        }
        if (html.length() > MAX_CHARS) {
            throw refused(Messages.text("import.html.tooLarge", MAX_CHARS / (1024 * 1024)));
        }
        if (tags(html) > MAX_TAGS) {
            throw refused(Messages.text("import.html.tooManyTags", MAX_TAGS));
        }
        if (html.length() < LARGE_CHARS) {
            return parse(html);
        }
        // a large page's tree takes as much memory as a workbook: it waits for one of the same few turns
        try (UploadedWorkbooks.Turn turn = UploadedWorkbooks.turn()) {
            return parse(html);
        }
    }

    private static DocumentText parse(String html) {
        Document document = Jsoup.parse(html);
        HtmlTables reader = new HtmlTables();
        reader.walk(document.body());
        reader.flush();
        return new DocumentText(null, String.join("\n", reader.lines), reader.places);
    }

    /** Opening tags, counted without parsing: '<' followed by a letter. */
    private static int tags(String html) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (Character.isLetter(html.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("upload", message);
    }

    private void walk(Node node) {
        if (node == null) {
            return;
        }
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                pending.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("table")) {
                    flush();
                    table(e);
                } else if (BLOCKS.contains(tag) || tag.equals("tr") || tag.equals("td") || tag.equals("th")) {
                    // a stray row or cell outside a table (a fragment the browser cut) reads as a line
                    flush();
                    walk(e);
                    flush();
                } else {
                    walk(e);
                }
            }
        }
    }

    /** Ends the current line of text outside tables. */
    private void flush() {
        String text = collapse(pending);
        pending.setLength(0);
        if (!text.isEmpty()) {
            add(text, Messages.text("import.html.place.text", ++paragraphs));
        }
    }

    private void add(String line, String place) {
        if (lines.size() >= MAX_ROWS) {
            throw refused(Messages.text("import.html.tooManyRows", MAX_ROWS));
        }
        lines.add(line);
        places.add(place);
    }

    private void table(Element table) {
        int number = ++tables;
        List<Element> trs = new ArrayList<>();
        List<Element> nested = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> {
                    String caption = cellText(child, nested);
                    if (!caption.isEmpty()) {
                        add(caption, Messages.text("import.html.place.caption", number));
                    }
                }
                case "tr" -> trs.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(trs::add);
                default -> {
                }
            }
        }
        rows += trs.size();
        if (rows > MAX_ROWS) {
            throw refused(Messages.text("import.html.tooManyRows", MAX_ROWS));
        }
        List<String[]> grid = new ArrayList<>();
        List<List<Element>> nestedByRow = new ArrayList<>();
        // per row: whether its only cell starts the row and spans every column of the table
        List<int[]> lone = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < trs.size(); r++) {
            Row row = rowAt(grid, r);
            List<Element> inner = new ArrayList<>();
            int present = 0;
            int loneColspan = 0;
            int col = 0;
            for (Element cell : trs.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                present++;
                while (row.taken(col)) {
                    col++;
                }
                int colspan = Math.min(span(cell, "colspan"), MAX_COLSPAN);
                int rowspan = span(cell, "rowspan");
                // rowspan="0" and overlong spans reach to the table's last row, no further
                rowspan = rowspan <= 0 ? trs.size() - r : Math.min(rowspan, trs.size() - r);
                cells += rowspan * colspan;
                if (cells > MAX_CELLS) {
                    throw refused(Messages.text("import.html.tooManyCells", MAX_CELLS));
                }
                if (present == 1 && col == 0) {
                    loneColspan = colspan;
                }
                String text = cellText(cell, inner);
                for (int dr = 0; dr < rowspan; dr++) {
                    Row covered = rowAt(grid, r + dr);
                    for (int dc = 0; dc < colspan; dc++) {
                        covered.put(col + dc, dr == 0 && dc == 0 ? text : "");
                    }
                }
                col += colspan;
                width = Math.max(width, col);
            }
            nestedByRow.add(inner);
            lone.add(new int[]{present, loneColspan});
        }
        for (int r = 0; r < trs.size(); r++) {
            String[] cellsOfRow = rowAt(grid, r).cells(width);
            String place = Messages.text("import.html.place.row", number, r + 1);
            int[] only = lone.get(r);
            if (only[0] == 1 && only[1] >= width && !cellsOfRow[0].isEmpty()) {
                add(cellsOfRow[0], place);
            } else if (!allEmpty(cellsOfRow)) {
                String line = String.join("\t", cellsOfRow);
                // "\t用于…" alone would read as one cell a line (Word's copy): a trailing tab keeps it a row
                add(line.indexOf('\t', 1) < 0 ? line + "\t" : line, place);
            }
            for (Element inner : nestedByRow.get(r)) {
                table(inner);
            }
        }
    }

    private static boolean allEmpty(String[] cells) {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static int span(Element cell, String attribute) {
        String v = cell.attr(attribute).strip();
        if (v.isEmpty()) {
            return 1;
        }
        int digits = 0;
        while (digits < v.length() && digits < 6 && Character.isDigit(v.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return 1;
        }
        int n = Integer.parseInt(v.substring(0, digits));
        return attribute.equals("rowspan") ? n : Math.max(n, 1);
    }

    /** A cell's text on one line: breaks and blocks become spaces; a table inside it is kept for later. */
    private static String cellText(Element cell, List<Element> nested) {
        StringBuilder text = new StringBuilder();
        cellText(cell, text, nested);
        return collapse(text);
    }

    private static void cellText(Element element, StringBuilder text, List<Element> nested) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    nested.add(e);
                } else if (tag.equals("br")) {
                    text.append(' ');
                } else if (!SKIPPED.contains(tag)) {
                    boolean block = BLOCKS.contains(tag);
                    if (block) {
                        text.append(' ');
                    }
                    cellText(e, text, nested);
                    if (block) {
                        text.append(' ');
                    }
                }
            }
        }
    }

    private static String collapse(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Row rowAt(List<String[]> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new String[0]);
        }
        return new Row(grid, r);
    }

    /** One row of the grid, growing as cells are placed; null where no cell stands. */
    private record Row(List<String[]> grid, int index) {

        boolean taken(int col) {
            String[] cells = grid.get(index);
            return col < cells.length && cells[col] != null;
        }

        void put(int col, String text) {
            String[] cells = grid.get(index);
            if (col >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                grid.set(index, cells);
            }
            if (cells[col] == null) {
                cells[col] = text;
            }
        }

        String[] cells(int width) {
            String[] cells = grid.get(index);
            String[] out = new String[width];
            for (int i = 0; i < width; i++) {
                out[i] = i < cells.length && cells[i] != null ? cells[i] : "";
            }
            return out;
        }
    }
}
