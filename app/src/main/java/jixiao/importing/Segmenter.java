package jixiao.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an upload into parts at table titles and department headings. A part may still hold
 * several tables when titles are missing; the readers split those on repeated fields.
 */
final class Segmenter {

    enum Layout {
        /** One cell per line, cells tab-indented, rows separated by blank lines (乐亭, 滨海). */
        CELL_PER_LINE,
        /** One row per line, cells separated by tabs (彭阳, 花都). */
        TAB_ROWS,
        /** No tabs: OCR of a scanned document, cells broken over lines (兴隆). */
        SCANNED,
        /**
         * No tabs, but a 申报表 with its labels on the lines (PDF text): {@code 项目名称 …}, {@code 主管部门 … 实施单位 …},
         * {@code 年度资金总额：…}; cells are told apart at the labels.
         */
        LABEL_LINES
    }

    /**
     * @param from index of the first line in the upload's line list
     * @param to index after the last line
     * @param titleLines how many lines at {@code from} are the title (0–2)
     */
    record Part(TableKind kind, int from, int to, int titleLines) {
    }

    private static final int MAX_TITLE_LENGTH = 200;
    private static final int MAX_TITLE_TAIL = 4;

    private Segmenter() {
    }

    static List<Part> parts(List<SourceLine> lines) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        TableKind kind = TableKind.PROJECT;
        int titleLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String t = Texts.removeSpaces(line.text());
            TableKind nextKind;
            int nextTitleLines;
            if (Patterns.DEPARTMENT_HEADING.matcher(t).matches()) {
                nextKind = TableKind.DEPARTMENT;
                nextTitleLines = 1;
            } else if (kind != TableKind.DEPARTMENT && line.text().indexOf('\t') < 0 && isDepartmentSection(t)) {
                nextKind = TableKind.DEPARTMENT;
                nextTitleLines = 0;
            } else if (Patterns.PROJECT_PART_HEADING.matcher(t).matches()) {
                nextKind = TableKind.PROJECT;
                nextTitleLines = 1;
            } else if (isTitle(line, t)) {
                nextKind = TableKind.PROJECT;
                nextTitleLines = 1;
            } else {
                int tail = brokenTitleTail(lines, i, t);
                if (tail < 0) {
                    continue;
                }
                nextKind = TableKind.PROJECT;
                nextTitleLines = tail - i + 1;
            }
            if (i > start) {
                parts.add(new Part(kind, start, i, titleLines));
            }
            start = i;
            kind = nextKind;
            titleLines = nextTitleLines;
            i += nextTitleLines > 1 ? nextTitleLines - 1 : 0;
        }
        if (start < lines.size()) {
            parts.add(new Part(kind, start, lines.size(), titleLines));
        }
        return parts;
    }

    static Layout layout(List<SourceLine> lines, int from, int to) {
        int cellLines = 0;
        int rowLines = 0;
        for (int i = from; i < to; i++) {
            String s = lines.get(i).text();
            int tab = s.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            if (tab == 0 && s.indexOf('\t', 1) < 0) {
                cellLines++;
            } else {
                rowLines++;
            }
        }
        if (rowLines > cellLines) {
            return Layout.TAB_ROWS;
        }
        if (cellLines > 0) {
            return Layout.CELL_PER_LINE;
        }
        return isDeclaration(lines, from, to) ? Layout.LABEL_LINES : Layout.SCANNED;
    }

    /** The labels only a 申报表 prints: its fund block (年度资金总额 / 资金总额) and its 主管部门 and 实施单位. */
    private static boolean isDeclaration(List<SourceLine> lines, int from, int to) {
        boolean funds = false;
        boolean units = false;
        for (int i = from; i < to; i++) {
            String t = Field.normalise(lines.get(i).text());
            funds |= t.contains("年度资金总额") || t.startsWith("资金总额") || t.contains("其中:财政拨款")
                    // the 审批表 (重庆 奉节): 当年年度预算 65 (其中:财政资金 alone is also how a scan prints 预算数)
                    || t.startsWith("当年年度预算");
            units |= (t.contains("主管部门") && t.contains("单位")) || t.startsWith("项目名称");
        }
        return funds && units;
    }

    /** OCR breaks long titles: "…补助资金绩效目" + "标表". Returns the index of the tail line, or -1. */
    private static int brokenTitleTail(List<SourceLine> lines, int i, String compact) {
        if (lines.get(i).text().indexOf('\t') >= 0 || compact.endsWith("表")) {
            return -1;
        }
        int tail = nextNonBlank(lines, i + 1);
        if (tail < 0) {
            return -1;
        }
        String tailText = Texts.removeSpaces(lines.get(tail).text());
        return tailText.length() <= MAX_TITLE_TAIL && isTitle(lines.get(i), compact + tailText) ? tail : -1;
    }

    private static boolean isTitle(SourceLine line, String compact) {
        return !line.text().startsWith("\t")
                && (compact.endsWith(Patterns.TITLE_END) || compact.endsWith(Patterns.DECLARATION_TITLE_END))
                && compact.length() <= MAX_TITLE_LENGTH;
    }

    /** "一、总体绩效目标" opens a department part even without a "部门整体绩效目标" heading. */
    private static boolean isDepartmentSection(String compact) {
        return DepartmentTextReader.section(compact) == DepartmentTextReader.Section.GOAL;
    }

    static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
