package jixiao.importing;

import jixiao.common.Messages;
import jixiao.project.GuessedField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads tables whose cells survive as cells: one cell per line (乐亭, 滨海) or tab-separated rows
 * (彭阳, 花都's department form). Both become rows of cells; fields are found by their labels,
 * indicator rows by the header row above them.
 */
final class CellTableReader {

    /**
     * A table row: its cells with the line of each; a free row is a line of text outside the grid.
     *
     * @param whole for a line whose cells were told apart by spaces (PDF text), the line itself, which is what a
     *              value or a goal continued on it means; null where cells are cells
     */
    record Row(List<String> cells, List<Integer> lines, boolean free, String whole) {

        Row(List<String> cells, List<Integer> lines, boolean free) {
            this(cells, lines, free, null);
        }

        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        int line(int i) {
            return lines.get(Math.min(i, lines.size() - 1));
        }

        boolean isEmpty() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private enum Expect { NOTHING, PURPOSE, PERCENTS }

    /** A label whose value was not beside it: it may be in the next row or line (申报表). */
    private record Pending(Field field, String label, int column, int line) {
    }

    /** Headings over indicators of the whole term, which the model does not keep (it keeps the year's). */
    private static final Set<String> LONG_TERM_INDICATORS = Set.of("长期绩效指标", "中长期绩效指标",
            "总目标绩效指标", "实施期绩效指标", "长期绩效指标表");
    private static final Set<String> YEAR_INDICATORS = Set.of("年度绩效指标", "本年度绩效指标",
            "年度绩效指标表");
    /** Fields whose value, when not beside the label, is looked for in the next row or line. */
    private static final Set<Field> VALUE_MAY_FOLLOW = EnumSet.of(Field.NAME, Field.BUDGET,
            Field.FISCAL, Field.GOAL, Field.DEPARTMENT, Field.UNIT, Field.REPORTING_UNIT, Field.ATTRIBUTE, Field.TERM, Field.LONG_GOAL);
    /** The row under an indicator block adding up its 分值. */
    private static final Set<String> TOTAL = Set.of("合计", "总计", "总分", "分值合计", "合计分值");

    /** The checkpoints assumed when a plan row names no months. */
    private static final int[] DEFAULT_MONTHS = {3, 6, 10, 12};

    private final TableKind kind;
    private final List<TableDraft> drafts = new ArrayList<>();
    private TableDraft draft;
    private Expect expect = Expect.NOTHING;
    private boolean goalOpen;
    private int[] planMonths;
    /** Cells of the row that named the plan's months, to place a percent row copied shorter under them. */
    private int planWidth;
    private IndicatorHeader header;
    private LevelContext levels;
    private KeyTaskHeader keyTaskHeader;
    private final List<Pending> pending = new ArrayList<>();
    /** The amounts given as the year's ({@code 当年资金总额}): the term's printed beside them do not replace them. */
    private final Set<Field> yearAmounts = EnumSet.noneOf(Field.class);
    private boolean longTerm;
    private boolean unitReported;
    /** A note under a table has begun: the free lines after it are its own. */
    private boolean inNote;
    /** Indicators read when the indicator header was read: a second header row may still refine it. */
    private int indicatorsAtHeader;
    /**
     * Indicator header cells read one a line (a web page's table copied as text without tabs, 岳阳县 2022, 清涧
     * 2021), or null when none is being read.
     */
    private List<String> headerCells;
    private List<Integer> headerCellLines;
    /** The indicator rows under that header come one cell a line too: the row being put together. */
    private CellsALine cellsALine;

    /** An indicator row read one cell a line: its level cells, then its name, then its values. */
    private static final class CellsALine {
        final List<String> levels = new ArrayList<>();
        String name;
        final List<String> values = new ArrayList<>();
        int line;
    }

    /**
     * @param level1Points the column giving the 一级指标's points (权重/分值 right after it), or -1
     * @param yearFrom where the year's block starts when 中期 and 年度 stand side by side with their own 二级/三级
     *                 columns (东莞 批复表), else -1
     */
    private record IndicatorHeader(List<IndicatorColumn> columns, int level1, int level2, int name, int level1Points,
                                   int yearFrom) {

        List<Integer> valueColumns() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).isValue()) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    private record KeyTaskHeader(int name, int content, int funds, int goal, int width) {
    }

    private CellTableReader(TableKind kind, int line) {
        this.kind = kind;
        this.draft = new TableDraft(kind, line);
    }

    static List<TableDraft> read(List<SourceLine> lines, Segmenter.Part part, Segmenter.Layout layout) {
        int firstRow = part.from() + part.titleLines();
        List<Row> rows = switch (layout) {
            case CELL_PER_LINE -> cellPerLineRows(lines, firstRow, part.to());
            case LABEL_LINES -> spacedRows(lines, firstRow, part.to());
            default -> tabRows(lines, firstRow, part.to());
        };
        CellTableReader reader = new CellTableReader(part.kind(), lines.get(part.from()).number());
        ProjectColumnTable.restated(rows).forEach(reader::row);
        return reader.finish();
    }

    private static List<Row> cellPerLineRows(List<SourceLine> lines, int from, int to) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<Integer> cellLines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            if (line.text().startsWith("\t")) {
                cells.add(cellText(line.text()));
                cellLines.add(line.number());
                continue;
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(List.copyOf(cells), List.copyOf(cellLines), false));
                cells.clear();
                cellLines.clear();
            }
            if (!line.isBlank()) {
                rows.add(new Row(List.of(cellText(line.text())), List.of(line.number()), true));
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(List.copyOf(cells), List.copyOf(cellLines), false));
        }
        return rows;
    }

    private static List<Row> tabRows(List<SourceLine> lines, int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.text().indexOf('\t') < 0) {
                rows.add(new Row(List.of(cellText(line.text())), List.of(line.number()), true));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.text().split("\t", -1)) {
                cells.add(cellText(cell));
            }
            rows.add(new Row(cells, List.of(line.number()), false));
        }
        return rows;
    }

    /**
     * Lines without tabs, as PDF text gives a 申报表: a label and the words after it up to the next label are a label
     * cell and a value cell ({@code 主管部门 XX局 实施单位 XX中心}, {@code 年度资金总额：16}); a line without labels is
     * a row of its words (an indicator row, read by content), keeping the line for a value or goal continued on it.
     */
    private static List<Row> spacedRows(List<SourceLine> lines, int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            IndicatorCellLines.Grid grid = IndicatorColumn.of(line.text()) == IndicatorColumn.LEVEL1
                    ? IndicatorCellLines.at(lines, i, to) : null;
            if (grid != null) {
                rows.add(grid.header());
                rows.addAll(grid.rows());
                i = grid.end() - 1;
                continue;
            }
            String whole = cellText(line.trimmed());
            List<String> cells = new ArrayList<>();
            StringBuilder value = null;
            List<String> words = new ArrayList<>();
            for (String word : Texts.tokens(whole)) {
                String last = words.isEmpty() ? null : words.get(words.size() - 1);
                if (last != null && (word.startsWith(":") || word.startsWith("："))) {
                    // "其中 ：上级资金16": a colon set apart from its label by a space
                    words.set(words.size() - 1, last + word);
                } else if (last != null && openBrackets(last) > 0) {
                    // "开发数量( ≥**个 )": spaces inside brackets do not part cells
                    words.set(words.size() - 1, last + " " + word);
                } else {
                    words.add(word);
                }
            }
            for (String word : words) {
                if (Field.of(word) != null) {
                    flush(cells, value);
                    cells.add(word);
                    value = new StringBuilder();
                } else if (!Field.split(word).isEmpty()) {
                    flush(cells, value);
                    value = null;
                    cells.add(word);
                } else if (value != null) {
                    value.append(value.isEmpty() ? "" : " ").append(word);
                } else {
                    cells.add(word);
                }
            }
            flush(cells, value);
            List<Integer> at = new ArrayList<>();
            cells.forEach(c -> at.add(line.number()));
            rows.add(cells.size() == 1 ? new Row(List.of(whole), List.of(line.number()), true)
                    : new Row(cells, at, false, whole));
        }
        return rows;
    }

    private static int openBrackets(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return depth;
    }

    private static void flush(List<String> cells, StringBuilder value) {
        if (value != null && !value.isEmpty()) {
            cells.add(value.toString());
        }
    }

    private static String cellText(String raw) {
        return Texts.trim(Texts.stripHtml(raw));
    }

    /**
     * A header row broken over lines (东莞: {@code 绩效指标 | 一级 指标}, then {@code 二级 指标}, {@code 三级 指标}, …, the
     * page's cells wrapping): its rows so far, while every cell names a column; null when none is open.
     */
    private List<Row> headerPieces;

    private void row(Row row) {
        if (headerPieces != null) {
            if (namesColumnsOnly(row)) {
                headerPieces.add(row);
                return;
            }
            List<Row> pieces = headerPieces;
            headerPieces = null;
            Row joined = joined(pieces);
            if (isIndicatorHeader(joined)) {
                flushPending();
                indicatorBlock(pieces.get(0));
                indicatorHeader(joined);
            } else {
                pieces.forEach(this::readRow);
            }
        } else if (opensBrokenHeader(row)) {
            headerPieces = new ArrayList<>(List.of(row));
            return;
        }
        readRow(row);
    }

    /** A row naming the 一级指标 column last and no 二级指标: the header goes on on the next lines. */
    private boolean opensBrokenHeader(Row row) {
        if (row.free() || isIndicatorHeader(row)) {
            return false;
        }
        String last = "";
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                last = c;
            }
        }
        return IndicatorColumn.of(last) == IndicatorColumn.LEVEL1;
    }

    private static boolean namesColumnsOnly(Row row) {
        boolean any = false;
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                if (IndicatorColumn.of(c) == IndicatorColumn.OTHER || c.length() > 20) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static Row joined(List<Row> pieces) {
        List<String> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Row r : pieces) {
            for (int i = 0; i < r.cells().size(); i++) {
                cells.add(r.cell(i));
                lines.add(r.line(i));
            }
        }
        return new Row(cells, lines, false);
    }

    private void readRow(Row row) {
        if (row.free()) {
            freeRow(row);
            return;
        }
        if (cellsALine != null && row.whole() != null && !hasLabel(row) && !PublishedNotes.opens(row.whole())) {
            // a cell with spaces in it, which PDF-like text parts into words
            indicatorCellALine(row.whole(), row.line(0));
            return;
        }
        endCellsALine();
        inNote = false;
        if (row.isEmpty()) {
            return;
        }
        boolean note = PublishedNotes.opens(firstFilled(row));
        if (goalOpen && !note && row.whole() != null && !hasLabel(row) && !isIndicatorHeader(row)) {
            draft.goal = draft.goal + "\n" + row.whole();
            return;
        }
        goalOpen = false;
        if (!pending.isEmpty()) {
            if (!note && !hasLabel(row) && !isIndicatorHeader(row) && !isIndicatorBlockHeading(row)) {
                pendingValues(row);
                return;
            }
            int firstLabel = leadingValueCells(row);
            if (!note && firstLabel > 0 && !isIndicatorHeader(row)) {
                // 东莞: "项目 名称" ended its line; its value opens the next one, other labels follow
                pendingValues(new Row(row.cells().subList(0, firstLabel), row.lines().subList(0, Math.min(firstLabel, row.lines().size())), false));
                row = new Row(row.cells().subList(firstLabel, row.cells().size()),
                        row.lines().size() > firstLabel ? row.lines().subList(firstLabel, row.lines().size()) : row.lines(), false);
            } else {
                flushPending();
            }
        }
        if (note) {
            // a note row under the table (often one merged cell): it closes the indicator block
            inNote = true;
            header = null;
            keyTaskHeader = null;
            return;
        }
        indicatorBlock(row);
        if (Field.isFooter(firstCell(row))) {
            footer(row);
            return;
        }
        if (isIndicatorHeader(row)) {
            indicatorHeader(row);
            return;
        }
        if (refinesHeader(row)) {
            refineHeader(row);
            return;
        }
        if (header != null && TOTAL.contains(Texts.removeSpaces(firstFilled(row)))) {
            return; // 合计 100: the sum of the 分值 column, not an indicator
        }
        if (Field.normalise(row.cell(0)).equals("年度重点工作任务")) {
            keyTaskHeader(row);
            return;
        }
        Expect expected = expect;
        expect = Expect.NOTHING;
        if (expected == Expect.PERCENTS && !hasLabel(row)) {
            percents(copiedShort(row, planWidth));
            return;
        }
        if (expected == Expect.PURPOSE && row.cell(0).isEmpty() && !hasLabel(row)) {
            draft.purpose = joinNonEmpty(row);
            return;
        }
        if (header != null && !startsWithLabel(row)) {
            indicatorRow(row);
            return;
        }
        if (keyTaskHeader != null && !hasLabel(row)) {
            Row task = copiedShort(row, keyTaskHeader.width());
            if (task.cell(0).isEmpty()) {
                keyTaskRow(task);
                return;
            }
        }
        header = null;
        keyTaskHeader = null;
        labels(row);
    }

    private void freeRow(Row row) {
        String text = row.cell(0);
        if (headerCells != null && headerCellALine(text, row.line(0))) {
            return;
        }
        if (cellsALine != null) {
            if (!PublishedNotes.opens(text) && !Field.opens(text) && !Field.isFooter(text)) {
                indicatorCellALine(text, row.line(0));
                return;
            }
            endCellsALine();
        }
        if (PublishedNotes.opens(text) || (inNote && !startsWithLabel(row))) {
            inNote = true;
            goalOpen = false;
            header = null;
            return;
        }
        if (opensHeaderCellsALine(text)) {
            if (!pending.isEmpty()) {
                flushPending();
            }
            goalOpen = false;
            headerCells = new ArrayList<>(List.of(text));
            headerCellLines = new ArrayList<>(List.of(row.line(0)));
            return;
        }
        if (goalOpen) {
            draft.goal = draft.goal + "\n" + text;
            return;
        }
        if (!pending.isEmpty() && continuesLabel(text)) {
            return;
        }
        if (!pending.isEmpty()) {
            if (!Field.opens(text) && !isIndicatorBlockHeading(row)) {
                pendingValues(row);
                return;
            }
            flushPending();
        }
        if (isIndicatorBlockHeading(row)) {
            indicatorBlock(row);
            return;
        }
        if (Field.isFooter(text)) {
            footer(row);
            return;
        }
        if (expect == Expect.PURPOSE && !Field.opens(text)) {
            // the purpose under a label merged over two rows, copied from a web page without the empty cell
            expect = Expect.NOTHING;
            draft.purpose = text;
            return;
        }
        if (Field.opens(text)) {
            labels(row);
        } else {
            unlabelled(text, row.line(0));
        }
    }

    /** Signatures and review boxes under the table: not indicators; said to be left out. */
    private void footer(Row row) {
        header = null;
        keyTaskHeader = null;
        draft.ignored(row.line(0), row.whole() != null ? row.whole() : String.join(" ", row.cells().stream()
                .filter(c -> !c.isEmpty()).toList()));
    }

    /** A row under labels whose values were not beside them: the values, by column when they line up. */
    private void pendingValues(Row row) {
        List<String> values = new ArrayList<>();
        List<Integer> valueLines = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                values.add(row.cell(i));
                valueLines.add(row.line(i));
            }
        }
        List<Pending> labels = List.copyOf(pending);
        pending.clear();
        if (labels.size() > 1 && values.size() == labels.size()) {
            for (int k = 0; k < labels.size(); k++) {
                apply(labels.get(k).field(), labels.get(k).label(), values.get(k), valueLines.get(k));
            }
            return;
        }
        // one value for several labels (总体目标 over 年度目标): it belongs to the last, nearest one
        for (int k = 0; k < labels.size() - 1; k++) {
            apply(labels.get(k).field(), labels.get(k).label(), "", labels.get(k).line());
        }
        Pending last = labels.get(labels.size() - 1);
        String value = row.whole() != null ? row.whole() : String.join(values.size() > 1 ? " " : "", values);
        apply(last.field(), last.label(), value, row.line(0));
    }

    /** How many cells come before the row's first label when the first is a value, not a label; else 0. */
    private static int leadingValueCells(Row row) {
        if (row.whole() != null || row.cell(0).isEmpty() || Field.opens(row.cell(0))) {
            return 0;
        }
        for (int i = 1; i < row.cells().size(); i++) {
            if (Field.of(row.cell(i)) != null) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A label broken over two lines ({@code 主管部门} + {@code 及编码}): the line is the rest of the label waiting for
     * its value, not that value.
     */
    private boolean continuesLabel(String text) {
        Pending last = pending.get(pending.size() - 1);
        String joined = last.label() + text;
        if (Field.of(joined) != last.field()) {
            return false;
        }
        pending.set(pending.size() - 1, new Pending(last.field(), joined, last.column(), last.line()));
        return true;
    }

    /** Labels left without a value: read as blank, as before. */
    private void flushPending() {
        List<Pending> labels = List.copyOf(pending);
        pending.clear();
        for (Pending p : labels) {
            apply(p.field(), p.label(), "", p.line());
        }
    }

    private static String firstCell(Row row) {
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                return Field.normalise(c);
            }
        }
        return "";
    }

    private static boolean isIndicatorBlockHeading(Row row) {
        String first = firstCell(row);
        return LONG_TERM_INDICATORS.contains(first) || YEAR_INDICATORS.contains(first);
    }

    /**
     * 长期绩效指标 and 年度绩效指标 blocks one after the other (申报表): the year's are read; those of the whole
     * term are left out, said once.
     */
    private void indicatorBlock(Row row) {
        String first = firstCell(row);
        if (LONG_TERM_INDICATORS.contains(first)) {
            longTerm = true;
            draft.warn(row.line(0), "textimport.warn.longTermIndicatorsLeftOut", row.cell(0).isEmpty() ? first : row.cells().stream()
                    .filter(c -> !c.isEmpty()).findFirst().orElse(first));
        } else if (YEAR_INDICATORS.contains(first)) {
            longTerm = false;
        }
    }

    private void labels(Row row) {
        int n = row.cells().size();
        for (int i = 0; i < n; i++) {
            String cell = row.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            Field field = Field.of(cell);
            if (field == null) {
                List<Field.Labelled> inCell = Field.split(cell);
                if (inCell.isEmpty()) {
                    unlabelled(cell, row.line(i));
                    continue;
                }
                for (int k = 0; k < inCell.size() - 1; k++) {
                    apply(inCell.get(k).field(), inCell.get(k).label(), inCell.get(k).value(), row.line(i));
                }
                // the cell's last label may have its value in the next cell ("年度资金总额：" | 16) or below it
                Field.Labelled last = inCell.get(inCell.size() - 1);
                boolean valueBeside = i + 1 < n && !row.cell(i + 1).isEmpty() && !Field.opens(row.cell(i + 1));
                if (!last.value().isEmpty() || !last.field().takesValue) {
                    apply(last.field(), last.label(), last.value(), row.line(i));
                } else if (valueBeside) {
                    i++;
                    apply(last.field(), last.label(), row.cell(i), row.line(i));
                } else if (VALUE_MAY_FOLLOW.contains(last.field())) {
                    pending.add(new Pending(last.field(), last.label(), i, row.line(i)));
                } else {
                    apply(last.field(), last.label(), "", row.line(i));
                }
                continue;
            }
            if (field == Field.PLAN) {
                plan(row, i);
                return;
            }
            String value = "";
            int valueLine = row.line(i);
            boolean besideCell = false;
            if (field.takesValue && i + 1 < n && !Field.opens(row.cell(i + 1))) {
                i++;
                value = row.cell(i);
                valueLine = row.line(i);
                besideCell = true;
            }
            // a blank cell beside the label is a blank value; no cell at all means it is in the next row or line
            if (!besideCell && VALUE_MAY_FOLLOW.contains(field)) {
                pending.add(new Pending(field, cell, i, valueLine));
                continue;
            }
            apply(field, cell, value, valueLine);
        }
    }

    private void apply(Field field, String label, String value, int line) {
        String published = Texts.collapse(label);
        if (yearAmounts.contains(field) && !ofTheYear(label)) {
            return; // the term's amount printed beside the year's, which the table already gave
        }
        if (ofTheYear(label) && (field == Field.BUDGET || field == Field.FISCAL || field == Field.OTHER)) {
            yearAmounts.add(field);
        }
        Matcher labelUnit = Patterns.MONEY_UNIT_IN_HEADER.matcher(published);
        if (labelUnit.find()) {
            // "本年度申请市财政预算资金(万元)": the label states the money unit, for a table whose 单位 line does not
            labelledMoneyUnits.putIfAbsent(draft, labelUnit.group(1));
        }
        switch (field) {
            case CODE -> {
                startNextTableIf(draft.code != null, line);
                draft.code = Texts.orNull(Texts.removeSpaces(value));
            }
            case NAME -> {
                startNextTableIf(draft.name != null, line);
                draft.name = Texts.collapse(value);
            }
            case BUDGET -> draft.budget = draft.amount(GuessedField.BUDGET, published, value, line);
            case FISCAL -> draft.fiscalFunds = draft.amount(GuessedField.FISCAL_FUNDS, published, value, line);
            case OTHER -> draft.otherFunds = draft.amount(GuessedField.OTHER_FUNDS, published, value, line);
            case OTHER_PART -> {
                BigDecimal part = draft.amount(GuessedField.OTHER_FUNDS, published, value, line);
                if (part != null) {
                    draft.otherFunds = draft.otherFunds == null ? part : draft.otherFunds.add(part);
                }
            }
            case REPORTING_UNIT -> {
                if (draft.unitName == null && !value.isEmpty()) {
                    draft.unit(value);
                    unitReported = true;
                }
            }
            case PURPOSE -> draft.purpose = Texts.orNull(value);
            case PURPOSE_BLOCK -> expect = Expect.PURPOSE;
            case GOAL -> {
                draft.goal = Texts.orNull(value);
                goalOpen = draft.goal != null;
            }
            case ATTRIBUTE -> draft.attribute = Checkboxes.ticked(Texts.collapse(value));
            case TERM -> draft.term = Texts.collapse(value);
            case MANAGING_OFFICE -> draft.managingOffice = Texts.collapse(value);
            case DEPARTMENT -> draft.departmentName = Texts.collapse(value);
            case UNIT -> {
                // the 填报单位 over a 申报表 gives way to its 实施单位 without starting another table
                // so does a 预算单位 over a 审批表 (奉节): a second unit before any amount or indicator is the 实施单位
                startNextTableIf(draft.unitName != null && !unitReported
                        && (draft.budget != null || !draft.indicators.isEmpty()), line);
                unitReported = false;
                draft.unit(value);
            }
            case OPTIONAL_TASKS -> {
                if (!value.isEmpty()) {
                    draft.ignored(line, value);
                }
            }
            case BUDGET_LINE -> {
                // only a department form's money rows; a project table's 项目支出 cell is not its budget
                if (kind == TableKind.DEPARTMENT) {
                    BigDecimal amount = draft.amount(GuessedField.BUDGET, published, value, line);
                    if (amount != null) {
                        draft.budgetLines.put(Field.budgetLine(label), amount);
                    }
                }
            }
            case NOTED_VALUE, NOTED_HEADING, PLAN, LONG_GOAL -> {
                // read so they are not reported as unknown; the model does not keep them
            }
        }
    }

    /** 当年资金总额, 其中:当年财政拨款: the year's amount where the table prints the whole term's beside it. */
    private static boolean ofTheYear(String label) {
        return Field.normalise(label).replaceFirst("^其中:", "").startsWith("当年");
    }

    /** A cell without a label: the unit ("315001乐亭县司法局本级"), the money unit, or unknown text. */
    private void unlabelled(String cell, int line) {
        String rest = cell;
        Matcher money = Patterns.MONEY_UNIT.matcher(cell);
        if (money.find()) {
            startNextTableIf(draft.moneyUnit != null, line);
            draft.moneyUnit = money.group(1);
            rest = cell.substring(0, money.start()) + cell.substring(money.end());
            if (Texts.isBlank(rest)) {
                return;
            }
        }
        Matcher headerUnit = Patterns.MONEY_UNIT_IN_HEADER.matcher(rest);
        if (headerUnit.find()) {
            if (draft.moneyUnit == null) {
                draft.moneyUnit = headerUnit.group(1);
            }
            return;
        }
        if (Patterns.UNIT.matcher(Texts.trim(rest)).matches()) {
            startNextTableIf(draft.unitName != null, line);
            draft.unit(rest);
            return;
        }
        draft.ignored(line, Texts.trim(rest));
    }

    private void plan(Row row, int labelIndex) {
        int n = row.cells().size();
        planWidth = n;
        planMonths = new int[Math.max(n, labelIndex + 1 + DEFAULT_MONTHS.length)];
        int pendingMonth = 0;
        boolean months = false;
        boolean inline = false;
        for (int i = labelIndex + 1; i < n; i++) {
            Matcher m = Patterns.MONTH.matcher(Texts.removeSpaces(row.cell(i)));
            if (m.matches()) {
                pendingMonth = Integer.parseInt(m.group(1));
                planMonths[i] = pendingMonth;
                months = true;
            } else if (pendingMonth > 0 && !row.cell(i).isEmpty()) {
                percent(pendingMonth, row.cell(i), row.line(i));
                pendingMonth = 0;
                inline = true;
            }
        }
        if (!months) {
            draft.guess(GuessedField.SPEND_PLAN, row.line(labelIndex), "textimport.warn.planMonthsAssumed");
            for (int k = 0; k < DEFAULT_MONTHS.length; k++) {
                planMonths[labelIndex + 1 + k] = DEFAULT_MONTHS[k];
            }
        }
        expect = inline ? Expect.NOTHING : Expect.PERCENTS;
    }

    private void percents(Row row) {
        for (int i = 0; i < row.cells().size() && i < planMonths.length; i++) {
            if (planMonths[i] > 0 && !row.cell(i).isEmpty()) {
                percent(planMonths[i], row.cell(i), row.line(i));
            }
        }
    }

    private void percent(int month, String cell, int line) {
        Amounts.Reading r = Amounts.readPercent(cell);
        String field = Messages.text("textimport.field.plan", month);
        if (r.notANumber()) {
            draft.error(line, "textimport.error.notANumber", field, cell);
            return;
        }
        if (r.repaired()) {
            draft.guess(GuessedField.SPEND_PLAN, line, "textimport.warn.amountRepaired", field, cell, r.value().toPlainString() + "%");
        }
        if (r.value() != null) {
            draft.spendPlan.add(new ParsedPlanPoint(month, r.value()));
        }
    }

    /**
     * 一级指标 alone on a line, outside an indicator block: a web page's table gives its header one cell a line. The
     * heading of the block just above it ({@code 绩效指标}, or its first character where the page wrote it down the
     * side) was taken as the goal going on: it is taken off again.
     */
    private boolean opensHeaderCellsALine(String text) {
        String compact = Texts.removeSpaces(text);
        if (header != null || compact.length() > 5 || IndicatorColumn.of(compact) != IndicatorColumn.LEVEL1) {
            return false;
        }
        if (goalOpen && draft.goal != null) {
            int cut = draft.goal.lastIndexOf('\n');
            String last = Texts.removeSpaces(draft.goal.substring(cut + 1));
            if (cut > 0 && !last.isEmpty() && "绩效指标".startsWith(last)) {
                draft.goal = draft.goal.substring(0, cut);
            }
        }
        return true;
    }

    /**
     * The header cells after a lone 一级指标, one a line, until a line that names no column. Returns false for that
     * line, which is then read as usual: as the first indicator cell when the cells made a header (二级 and 三级指标
     * among them), else after the cells are reported as not understood.
     */
    private boolean headerCellALine(String text, int line) {
        if (IndicatorColumn.of(text) != IndicatorColumn.OTHER) {
            headerCells.add(text);
            headerCellLines.add(line);
            return true;
        }
        Row cells = new Row(List.copyOf(headerCells), List.copyOf(headerCellLines), false);
        headerCells = null;
        headerCellLines = null;
        if (isIndicatorHeader(cells) && cells.cells().stream().anyMatch(c -> IndicatorColumn.of(c) == IndicatorColumn.NAME)
                && !header(cells).valueColumns().isEmpty()) {
            indicatorHeader(cells);
            cellsALine = new CellsALine();
        } else {
            for (int i = 0; i < cells.cells().size(); i++) {
                draft.ignored(cells.line(i), cells.cell(i));
            }
        }
        return false;
    }

    private static IndicatorHeader header(Row row) {
        List<IndicatorColumn> columns = row.cells().stream().map(IndicatorColumn::of).toList();
        return new IndicatorHeader(columns, columns.indexOf(IndicatorColumn.LEVEL1), columns.indexOf(IndicatorColumn.LEVEL2),
                columns.indexOf(IndicatorColumn.NAME), -1, -1);
    }

    /**
     * A cell of an indicator row given one a line: level names first (a wrapped {@code 经济效益} + {@code 指标} is one),
     * then the name, then as many values as the header has value columns, which end the row.
     */
    private void indicatorCellALine(String text, int line) {
        CellsALine r = cellsALine;
        if (r.name == null) {
            if (r.levels.isEmpty()) {
                r.line = line;
            }
            String compact = Texts.removeSpaces(text);
            if (compact.equals("指标") && !r.levels.isEmpty()) {
                r.levels.set(r.levels.size() - 1, r.levels.get(r.levels.size() - 1) + compact);
                return;
            }
            if (LevelReading.isLevel(text, true)) {
                r.levels.add(text);
                return;
            }
            r.name = text;
            return;
        }
        r.values.add(text);
        if (r.values.size() == header.valueColumns().size()) {
            indicatorOfCells();
        }
    }

    /** The row put together from cells a line is an indicator; a row left without a name is said to be left out. */
    private void indicatorOfCells() {
        CellsALine r = cellsALine;
        cellsALine = new CellsALine();
        if (r.name == null) {
            r.levels.forEach(level -> draft.ignored(r.line, level));
            return;
        }
        String first = null;
        String second = null;
        if (r.levels.size() >= 2) {
            first = LevelReading.first(r.levels.get(r.levels.size() - 2), true);
            second = LevelReading.second(r.levels.get(r.levels.size() - 1), true);
        } else if (r.levels.size() == 1) {
            second = LevelReading.second(r.levels.get(0), true);
            first = second == null ? LevelReading.first(r.levels.get(0), true) : null;
        }
        if (first != null && second == null) {
            levels.startFirst(first);
            first = null;
        }
        String[] values = new String[header.columns().size()];
        List<Integer> valueColumns = header.valueColumns();
        for (int k = 0; k < r.values.size(); k++) {
            values[valueColumns.get(k)] = r.values.get(k);
        }
        addIndicator(first, second, r.name, values, r.line);
    }

    /** The indicator rows given one cell a line are over: a row begun is read as far as it goes. */
    private void endCellsALine() {
        if (cellsALine == null) {
            return;
        }
        if (cellsALine.name != null || !cellsALine.levels.isEmpty()) {
            indicatorOfCells();
        }
        cellsALine = null;
    }

    private static boolean isIndicatorHeader(Row row) {
        boolean first = false;
        boolean second = false;
        for (String cell : row.cells()) {
            IndicatorColumn c = IndicatorColumn.of(cell);
            first |= c == IndicatorColumn.LEVEL1;
            second |= c == IndicatorColumn.LEVEL2;
        }
        return first && second;
    }

    private void indicatorHeader(Row row) {
        List<IndicatorColumn> columns = new ArrayList<>();
        for (String cell : row.cells()) {
            columns.add(IndicatorColumn.of(cell));
        }
        yearOverLongTerm(row, columns, IndicatorColumn.LEVEL2);
        yearOverLongTerm(row, columns, IndicatorColumn.NAME);
        int level1 = columns.indexOf(IndicatorColumn.LEVEL1);
        int name = columns.indexOf(IndicatorColumn.NAME);
        int level1Points = -1;
        // 分值/权重 left of the 三级指标 belong to the levels (一级 权重 | 二级 分值), not to an indicator
        for (int i = 0; i < name; i++) {
            if (columns.get(i) == IndicatorColumn.WEIGHT) {
                if (i == level1 + 1) {
                    level1Points = i;
                }
                columns.set(i, IndicatorColumn.OTHER);
            }
        }
        int yearFrom = -1;
        for (int i = name + 1; name >= 0 && i < columns.size() && yearFrom < 0; i++) {
            if (columns.get(i) == IndicatorColumn.LEVEL2 || columns.get(i) == IndicatorColumn.NAME) {
                yearFrom = i;
            }
        }
        if (yearFrom > 0 && !columns.contains(IndicatorColumn.PERIOD)) {
            // 中期 and 年度 blocks side by side, each with its 二级/三级: the 中期 comes first (as 中期滚动目标 before
            // 年度目标 above it), its values are the term's; the year's block repeats the names
            for (int i = 0; i < yearFrom; i++) {
                if (columns.get(i) == IndicatorColumn.TARGET) {
                    columns.set(i, IndicatorColumn.PERIOD);
                }
            }
            for (int i = yearFrom; i < columns.size(); i++) {
                if (columns.get(i) == IndicatorColumn.LEVEL2 || columns.get(i) == IndicatorColumn.NAME) {
                    columns.set(i, IndicatorColumn.OTHER);
                }
            }
        } else {
            yearFrom = -1;
        }
        header = new IndicatorHeader(columns, level1, columns.indexOf(IndicatorColumn.LEVEL2), name, level1Points, yearFrom);
        levels = new LevelContext();
        keyTaskHeader = null;
        indicatorsAtHeader = draft.indicators.size();
    }

    /**
     * 长期 and 年度 indicators side by side ({@code 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | …}):
     * the model keeps the year's, so a level or name column of the whole term gives way to the year's one.
     */
    private static void yearOverLongTerm(Row row, List<IndicatorColumn> columns, IndicatorColumn kind) {
        int year = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == kind && !IndicatorColumn.isLongTerm(row.cell(i))) {
                year = i;
            }
        }
        for (int i = 0; i < columns.size() && year >= 0; i++) {
            if (i != year && columns.get(i) == kind && IndicatorColumn.isLongTerm(row.cell(i))) {
                columns.set(i, IndicatorColumn.OTHER);
            }
        }
    }

    /**
     * A second header row right under the first, naming the value columns the first left general
     * ({@code 指标值} over {@code 实施期 | 年度}): no level or name cell, every filled cell a column name.
     */
    private boolean refinesHeader(Row row) {
        if (header == null || draft.indicators.size() != indicatorsAtHeader) {
            return false;
        }
        if (isCopiedShortSubHeader(row)) {
            return true;
        }
        boolean any = false;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            IndicatorColumn c = IndicatorColumn.of(cell);
            if (!c.isValue() || i >= header.columns().size() || i == header.name() || i == header.level1()
                    || i == header.level2()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The second header row as a web copy gives it: the cells merged down from the first row left out, so the row is
     * shorter and starts with the names under the first row's 指标值 ({@code 2021年实际实现值 | 预期2022年实现值}).
     */
    private boolean isCopiedShortSubHeader(Row row) {
        if (row.cell(0).isEmpty() || row.cells().size() >= header.columns().size()
                || header.columns().indexOf(IndicatorColumn.TARGET) <= header.name()) {
            return false;
        }
        return row.cells().stream().allMatch(c -> !c.isEmpty() && IndicatorColumn.of(c).isValue());
    }

    private void refineHeader(Row row) {
        if (isCopiedShortSubHeader(row)) {
            // the names stand under the 指标值 they divide: its one column becomes theirs
            List<IndicatorColumn> columns = new ArrayList<>(header.columns());
            int at = columns.indexOf(IndicatorColumn.TARGET);
            columns.remove(at);
            for (int i = row.cells().size() - 1; i >= 0; i--) {
                columns.add(at, IndicatorColumn.of(row.cell(i)));
            }
            header = new IndicatorHeader(columns, header.level1(), header.level2(), header.name(), header.level1Points(),
                    header.yearFrom());
            return;
        }
        List<IndicatorColumn> columns = new ArrayList<>(header.columns());
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                columns.set(i, IndicatorColumn.of(row.cell(i)));
            }
        }
        header = new IndicatorHeader(columns, header.level1(), header.level2(), header.name(), header.level1Points(),
                header.yearFrom());
    }

    /**
     * A browser copies a table as text with a merged cell only in its first row, so the rows it covers have fewer
     * cells and slide left. A row shorter than {@code width} whose first cell is not empty (Word's copy keeps the
     * empty cell) is such a row: its missing cells are the leading ones, carried down from above.
     */
    private static Row copiedShort(Row row, int width) {
        int missing = width - row.cells().size();
        if (missing <= 0 || row.cell(0).isEmpty()) {
            return row;
        }
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < missing; i++) {
            cells.add("");
        }
        cells.addAll(row.cells());
        List<Integer> lines = new ArrayList<>(width);
        if (row.lines().size() > 1) {
            for (int i = 0; i < missing; i++) {
                lines.add(row.lines().get(0));
            }
        }
        lines.addAll(row.lines());
        return new Row(cells, lines, row.free());
    }

    private void indicatorRow(Row row) {
        if (longTerm) {
            return;
        }
        // only level columns may be missing, so the name still stands in its column
        if (header.columns().size() - row.cells().size() <= header.name()) {
            Row copied = copiedShort(row, header.columns().size());
            if (copied != row && isAligned(copied)) {
                alignedIndicator(copied);
                return;
            }
        }
        if (isAligned(row)) {
            alignedIndicator(row);
        } else {
            shiftedIndicator(row);
        }
    }

    /** Every cell in its column: level cells blank or level names, the name cell not a level name. */
    private boolean isAligned(Row row) {
        for (int i = 0; i < header.level1(); i++) {
            if (!row.cell(i).isEmpty()) {
                return false;
            }
        }
        for (int i = header.columns().size(); i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                return false;
            }
        }
        String first = row.cell(header.level1());
        String second = row.cell(header.level2());
        return (first.isEmpty() || LevelReading.first(first, true) != null)
                && (second.isEmpty() || LevelReading.second(second, true) != null)
                && !LevelReading.isLevel(row.cell(header.name()), false);
    }

    private void alignedIndicator(Row row) {
        if (header.yearFrom() > 0 && row.cells().stream().skip(header.yearFrom()).allMatch(String::isEmpty)) {
            termOnly(row);
            return;
        }
        String first = row.cell(header.level1());
        String second = row.cell(header.level2());
        String[] values = new String[header.columns().size()];
        for (int i : header.valueColumns()) {
            values[i] = row.cell(i);
        }
        String level1 = first.isEmpty() ? null : LevelReading.first(first, true);
        ParsedIndicator read = addIndicator(level1, second.isEmpty() ? null : LevelReading.second(second, true),
                row.cell(header.name()), values, row.line(0));
        if (level1 != null) {
            BigDecimal points = LevelReading.writtenPoints(first);
            if (points == null && header.level1Points() >= 0) {
                points = levelPointsCell(row, header.level1Points());
            }
            if (points != null && read != null) {
                draft.levelPoints.put(read.level1(), new TableDraft.LevelPoints(points, row.line(0)));
            }
        }
    }

    /** The 一级指标's 权重/分值 in a column of its own. */
    private BigDecimal levelPointsCell(Row row, int column) {
        TypedTarget.Weight w = TypedTarget.weight(row.cell(column));
        if (w.unreadable()) {
            draft.warn(row.line(column), "textimport.warn.weightUnreadable", row.cell(column));
        }
        return w.plain() == null ? null : new BigDecimal(w.plain());
    }

    private static String firstFilled(Row row) {
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }

    /**
     * A row whose cells slid out of their columns (花都 {@code →→→时效指标→限期内…→100%}, 彭阳
     * {@code 24-可持续影响→推进…→可持续→}): read by content: leading level names, then the name,
     * then the values, right-aligned onto the value columns.
     */
    private void shiftedIndicator(Row row) {
        List<String> cells = new ArrayList<>();
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        int at = 0;
        String first = null;
        String second = null;
        if (at < cells.size() && LevelReading.first(cells.get(at), false) != null
                && (!LevelReading.COST.equals(LevelReading.first(cells.get(at), false))
                    || (at + 1 < cells.size() && LevelReading.second(cells.get(at + 1), false) != null))) {
            BigDecimal points = LevelReading.writtenPoints(cells.get(at));
            first = LevelReading.first(cells.get(at++), false);
            if (points != null) {
                draft.levelPoints.put(first, new TableDraft.LevelPoints(points, row.line(0)));
            }
        }
        if (at < cells.size() && LevelReading.second(cells.get(at), false) != null) {
            second = LevelReading.second(cells.get(at++), false);
        }
        String name = at < cells.size() ? cells.get(at++) : "";
        if (header.yearFrom() > 0 && at == cells.size()) {
            termOnly(row);
            return;
        }
        List<Integer> valueColumns = header.valueColumns();
        String[] values = new String[header.columns().size()];
        int given = cells.size() - at;
        int skip = Math.max(0, valueColumns.size() - given);
        // one value for several value columns is the target: the other columns (依据, 描述) are the ones left blank
        int target = given == 1 ? header.columns().indexOf(IndicatorColumn.TARGET) : -1;
        for (int k = 0; k < given; k++) {
            if (valueColumns.isEmpty()) {
                draft.ignored(row.line(0), cells.get(at + k));
                continue;
            }
            int column = target >= 0 ? target : valueColumns.get(Math.min(skip + k, valueColumns.size() - 1));
            values[column] = values[column] == null ? cells.get(at + k) : values[column] + " " + cells.get(at + k);
        }
        ParsedIndicator read = addIndicator(first, second, name, values, row.line(0));
        if (read != null) {
            draft.warn(row.line(0), "textimport.warn.rowShifted", describe(read, values));
        }
    }

    /** A row of a 中期|年度 table with nothing in the year's block: no indicator of the year (the model keeps those). */
    private void termOnly(Row row) {
        draft.ignored(row.line(0), String.join(" ", row.cells().stream().filter(c -> !c.isEmpty()).toList()));
    }

    private String describe(ParsedIndicator read, String[] values) {
        List<String> pieces = new ArrayList<>();
        pieces.add(IndicatorColumn.LEVEL1.piece(read.level1()));
        pieces.add(IndicatorColumn.LEVEL2.piece(read.level2()));
        pieces.add(IndicatorColumn.NAME.piece(read.name()));
        for (int i : header.valueColumns()) {
            pieces.add(header.columns().get(i).piece(values[i]));
        }
        return IndicatorColumn.joinPieces(pieces);
    }

    private ParsedIndicator addIndicator(String first, String second, String nameCell, String[] values, int line) {
        LevelContext.Levels l = levels.resolve(first, second, draft, line);
        String name = Texts.collapse(nameCell);
        String description = null;
        String target = null;
        String period = null;
        String basis = null;
        String unit = null;
        String weight = null;
        List<String> natures = new ArrayList<>();
        boolean anyValue = false;
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? null : Texts.orNull(values[i]);
            if (v == null) {
                continue;
            }
            anyValue = true;
            switch (header.columns().get(i)) {
                case DESCRIPTION -> description = v;
                case TARGET -> target = v;
                case PERIOD -> period = v;
                case BASIS -> basis = Texts.collapse(v);
                case NATURE -> natures.add(v);
                case UNIT -> unit = v;
                case WEIGHT -> weight = v;
                default -> { }
            }
        }
        if (name == null && !anyValue) {
            return null; // an empty template row such as 彭阳's "21-经济效益→→"
        }
        if (name == null) {
            draft.warn(line, "textimport.warn.indicatorWithoutName");
        }
        TypedTarget.Reading nature = TypedTarget.nature(natures);
        if (nature.nature() == TypedTarget.Nature.UNKNOWN) {
            draft.warn(line, "textimport.warn.natureUnknown", name == null ? "" : name, String.join(" ", natures));
        }
        target = composed(nature, target, unit, name, line);
        period = composed(nature, period, unit, name, line);
        TypedTarget.Weight w = TypedTarget.weight(weight);
        if (w.unreadable()) {
            draft.warn(line, "textimport.warn.indicatorWeightUnreadable", name == null ? "" : name, weight);
        }
        ParsedIndicator indicator = new ParsedIndicator(l.first(), l.second(), name, description, target, period,
                basis, line, w.plain());
        draft.indicators.add(indicator);
        return indicator;
    }

    private String composed(TypedTarget.Reading nature, String value, String unit, String name, int line) {
        TypedTarget.Composed c = TypedTarget.compose(nature, value, unit);
        if (c == null) {
            return null;
        }
        if (c.conflict() != null) {
            draft.warn(line, "textimport.warn.natureContradicted", name == null ? "" : name, c.text());
        }
        return c.text();
    }

    private void keyTaskHeader(Row row) {
        int name = -1;
        int content = -1;
        int funds = -1;
        int goal = -1;
        for (int i = 1; i < row.cells().size(); i++) {
            String c = Field.normalise(row.cell(i));
            if (c.equals("名称") || c.endsWith("任务名称")) {
                name = i;
            } else if (c.contains("内容")) {
                content = i;
            } else if (c.contains("资金")) {
                funds = i;
                Matcher m = Patterns.MONEY_UNIT_IN_HEADER.matcher(row.cell(i));
                if (m.find() && draft.moneyUnit == null) {
                    draft.moneyUnit = m.group(1);
                }
            } else if (c.contains("目标")) {
                goal = i;
            }
        }
        keyTaskHeader = new KeyTaskHeader(name, content, funds, goal, row.cells().size());
        header = null;
    }

    private void keyTaskRow(Row row) {
        KeyTaskHeader h = keyTaskHeader;
        String name = h.name() < 0 ? null : Texts.collapse(row.cell(h.name()));
        BigDecimal funds = h.funds() < 0 ? null
                : draft.amount(GuessedField.KEY_TASKS, Messages.text("textimport.field.keyTaskFunds", name == null ? "" : name),
                        row.cell(h.funds()), row.line(h.funds()));
        draft.keyTasks.add(new ParsedKeyTask(name,
                h.content() < 0 ? null : Texts.orNull(row.cell(h.content())), funds,
                h.goal() < 0 ? null : Texts.orNull(row.cell(h.goal()))));
    }

    private static boolean hasLabel(Row row) {
        return row.cells().stream().anyMatch(c -> Field.of(c) != null);
    }

    /** The row opens fields (a label, a unit or a money unit), so indicator or task rows are over. */
    private static boolean startsWithLabel(Row row) {
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                return Field.of(c) != null || Patterns.MONEY_UNIT.matcher(c).find()
                        || Patterns.UNIT.matcher(Texts.removeSpaces(c)).matches();
            }
        }
        return false;
    }

    private static String joinNonEmpty(Row row) {
        List<String> parts = new ArrayList<>();
        for (String c : row.cells()) {
            if (!c.isEmpty()) {
                parts.add(c);
            }
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /** Without titles, a second unit, code or name starts the next table. */
    private void startNextTableIf(boolean alreadySet, int line) {
        if (alreadySet && draft.hasBody()) {
            endCellsALine();
            drafts.add(draft);
            draft = new TableDraft(kind, line);
            header = null;
            longTerm = false;
            unitReported = false;
            keyTaskHeader = null;
            expect = Expect.NOTHING;
            yearAmounts.clear();
        }
    }

    /** The money unit a label of each table stated ({@code …(万元)}), used where no 单位 line says it. */
    private final Map<TableDraft, String> labelledMoneyUnits = new IdentityHashMap<>();

    private List<TableDraft> finish() {
        if (headerPieces != null) {
            List<Row> pieces = headerPieces;
            headerPieces = null;
            pieces.forEach(this::readRow);
        }
        endCellsALine();
        drafts.add(draft);
        for (TableDraft d : drafts) {
            if (d.moneyUnit == null) {
                d.moneyUnit = labelledMoneyUnits.get(d);
            }
        }
        drafts.forEach(PublishedLevelPoints::apply);
        if (kind == TableKind.DEPARTMENT) {
            for (TableDraft d : drafts) {
                // 花都's form states the income side: 财政拨款 + 其他资金 is the department budget
                if (d.budget == null && (d.fiscalFunds != null || d.otherFunds != null)) {
                    d.budget = (d.fiscalFunds == null ? BigDecimal.ZERO : d.fiscalFunds)
                            .add(d.otherFunds == null ? BigDecimal.ZERO : d.otherFunds);
                }
            }
        }
        return drafts;
    }
}
