package jixiao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * The "project column" layout: one table holding many projects, one row per indicator, the project's identity in
 * columns of its own left of the indicator columns ({@code 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … |
 * 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性}, 四川 部门预算项目绩效目标申报表). A change of 项目名称 starts the next
 * project; rows that leave the identity cells out (merged over the project's rows, so a browser's copy drops them
 * and the row slides left) carry them down.
 *
 * <p>The table is restated as what it stands for, one labelled table per project ({@code 项目名称 | …},
 * {@code 预算数 | …}, then the indicator header and rows), which {@link CellTableReader} reads like any other: the
 * indicators are composed by the same typed-column code, each row keeping the lines it came from.
 */
final class ProjectColumnTable {

    /** The identity columns: each with its label as printed. */
    private record Identity(int column, Field field, String label) {
    }

    private final CellTableReader.Row headerRow;
    private final List<Identity> identity = new ArrayList<>();
    private final int level1;
    private final int level2;
    /** The first indicator column: the identity columns are left of it. */
    private final int indicatorsFrom;

    private ProjectColumnTable(CellTableReader.Row headerRow) {
        this.headerRow = headerRow;
        int first = -1;
        int second = -1;
        for (int i = 0; i < headerRow.cells().size(); i++) {
            IndicatorColumn c = IndicatorColumn.of(headerRow.cell(i));
            if (c == IndicatorColumn.LEVEL1 && first < 0) {
                first = i;
            } else if (c == IndicatorColumn.LEVEL2 && second < 0) {
                second = i;
            }
        }
        this.level1 = first;
        this.level2 = second;
        this.indicatorsFrom = Math.min(first, second);
        for (int i = 0; i < indicatorsFrom; i++) {
            Field f = Field.of(headerRow.cell(i));
            if (f != null) {
                identity.add(new Identity(i, f, headerRow.cell(i)));
            }
        }
    }

    /**
     * The rows restated one table per project when they hold a project-column table (an indicator header row with
     * a 项目名称 column left of its levels); else the rows as they are.
     */
    static List<CellTableReader.Row> restated(List<CellTableReader.Row> rows) {
        for (int h = 0; h < rows.size(); h++) {
            if (isHeader(rows.get(h))) {
                return new ProjectColumnTable(rows.get(h)).restate(rows, h);
            }
        }
        return rows;
    }

    /** An indicator header (一级 and 二级指标) with a 项目名称 column left of both. */
    static boolean isHeader(CellTableReader.Row row) {
        if (row.free()) {
            return false;
        }
        int first = -1;
        int second = -1;
        int name = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            IndicatorColumn c = IndicatorColumn.of(cell);
            if (c == IndicatorColumn.LEVEL1 && first < 0) {
                first = i;
            } else if (c == IndicatorColumn.LEVEL2 && second < 0) {
                second = i;
            } else if (name < 0 && Field.of(cell) == Field.NAME) {
                name = i;
            }
        }
        return first >= 0 && second >= 0 && name >= 0 && name < Math.min(first, second);
    }

    private List<CellTableReader.Row> restate(List<CellTableReader.Row> rows, int headerAt) {
        List<CellTableReader.Row> out = new ArrayList<>(rows.subList(0, headerAt));
        CellTableReader.Row moneyUnit = moneyUnit(out);
        String[] carried = new String[indicatorsFrom];
        int[] carriedLines = new int[indicatorsFrom];
        String project = null;
        boolean first = true;
        for (CellTableReader.Row row : rows.subList(headerAt + 1, rows.size())) {
            int offset = row.free() ? -1 : offset(row);
            if (offset < 0) {
                // a row outside the indicator grid (a department's total line, a note): read as it stands
                out.add(row);
                continue;
            }
            for (int column = offset; column < indicatorsFrom; column++) {
                String cell = row.cell(column - offset);
                if (!cell.isEmpty()) {
                    carried[column] = cell;
                    carriedLines[column] = row.line(column - offset);
                }
            }
            String name = nameOf(carried);
            if (name != null && !Objects.equals(name, project)) {
                project = name;
                List<CellTableReader.Row> identityRows = identityRows(carried, carriedLines, row.line(0));
                out.add(identityRows.get(0));
                if (!first && moneyUnit != null) {
                    // after the name, which has started the project's table: the money unit over the table is its own too
                    out.add(moneyUnit);
                }
                first = false;
                out.addAll(identityRows.subList(1, identityRows.size()));
                out.add(indicatorPart(headerRow, 0));
            }
            out.add(indicatorPart(row, offset));
        }
        return out;
    }

    /** The money unit stated over the table ({@code 金额单位:元}) as a row of its own, or null. */
    private static CellTableReader.Row moneyUnit(List<CellTableReader.Row> above) {
        for (CellTableReader.Row r : above) {
            for (int i = 0; i < r.cells().size(); i++) {
                Matcher m = Patterns.MONEY_UNIT.matcher(r.cell(i));
                if (m.find()) {
                    return new CellTableReader.Row(List.of(m.group()), List.of(r.line(i)), true);
                }
            }
        }
        return null;
    }

    /**
     * How many columns the row's first cell lies right of the header's first: its level cells are placed under the
     * header's level columns, the cells left of them under the identity columns nearest. -1 for a row without
     * level names, which is no indicator row.
     */
    private int offset(CellTableReader.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            String next = row.cell(i + 1);
            if (LevelReading.first(cell, false) != null && (next.isEmpty() || LevelReading.second(next, true) != null)) {
                return level1 - i >= 0 ? level1 - i : -1;
            }
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (LevelReading.second(row.cell(i), false) != null) {
                return level2 - i >= 0 ? level2 - i : -1;
            }
        }
        return -1;
    }

    private String nameOf(String[] carried) {
        for (Identity id : identity) {
            if (id.field() == Field.NAME) {
                return carried[id.column()];
            }
        }
        return null;
    }

    /** {@code 项目名称 | …} first (it starts the project's table), then the other identity labels with their values. */
    private List<CellTableReader.Row> identityRows(String[] carried, int[] lines, int rowLine) {
        List<CellTableReader.Row> out = new ArrayList<>();
        List<Identity> ordered = new ArrayList<>(identity);
        ordered.sort((a, b) -> Boolean.compare(b.field() == Field.NAME, a.field() == Field.NAME));
        for (Identity id : ordered) {
            String value = carried[id.column()];
            int line = value == null ? rowLine : lines[id.column()];
            out.add(new CellTableReader.Row(List.of(id.label(), value == null ? "" : value), List.of(line, line), false));
        }
        return out;
    }

    /** The row's cells from the first indicator column on, as they stand under the header. */
    private CellTableReader.Row indicatorPart(CellTableReader.Row row, int offset) {
        int width = headerRow.cells().size() - indicatorsFrom;
        List<String> cells = new ArrayList<>(width);
        List<Integer> lines = new ArrayList<>(width);
        for (int column = indicatorsFrom; column < indicatorsFrom + width; column++) {
            cells.add(row.cell(column - offset));
            lines.add(row.line(Math.max(0, column - offset)));
        }
        // cells beyond the header's last column are kept, so that the reader says they were left out
        for (int i = indicatorsFrom + width - offset; i < row.cells().size(); i++) {
            cells.add(row.cell(i));
            lines.add(row.line(i));
        }
        return new CellTableReader.Row(cells, lines, false);
    }
}
