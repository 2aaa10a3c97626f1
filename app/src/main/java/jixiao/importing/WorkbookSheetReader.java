package jixiao.importing;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.project.IndicatorLevels;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectInput;
import jixiao.project.ProjectKind;
import jixiao.project.SpendPlan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sheet in the template's shape ({@link WorkbookWriter}) into a project input. Fields are
 * found by their labels, not by position, so a person may move rows and columns about; the label
 * texts of the published tables ({@link Field}) are understood too. Every problem names the row, the
 * field and the cell; nothing is guessed silently.
 */
final class WorkbookSheetReader {

    /** The labelled fields of the sheet's upper part. */
    enum HeaderField {
        YEAR, KIND, UNIT_CODE, MONEY_UNIT, UNIT_NAME, DEPARTMENT, CODE, NAME, ATTRIBUTE, TERM, MANAGING_OFFICE,
        BUDGET, FISCAL, OTHER, PURPOSE, PLAN, GOAL, MEASURES
    }

    enum IndicatorField { LEVEL1, LEVEL2, NAME, DESCRIPTION, TARGET, PERIOD, BASIS, WEIGHT }

    enum TaskColumn { NAME, CONTENT, FUNDS, GOAL }

    /** Where a table starts: its header row. */
    private record Section(int headerRow, boolean indicators) {
    }

    /** Labels of the template that the published tables do not have. */
    private static final Map<String, HeaderField> TEMPLATE_LABELS = Map.of(
            "年度", HeaderField.YEAR, "预算年度", HeaderField.YEAR,
            "类别", HeaderField.KIND, "表类别", HeaderField.KIND,
            "单位编码", HeaderField.UNIT_CODE, "预算单位编码", HeaderField.UNIT_CODE,
            "金额单位", HeaderField.MONEY_UNIT,
            "工作保障措施", HeaderField.MEASURES, "保障措施", HeaderField.MEASURES);
    private static final Map<String, ProjectKind> KINDS = Map.of(
            "项目支出", ProjectKind.PROJECT, "项目", ProjectKind.PROJECT, "项目支出绩效目标", ProjectKind.PROJECT,
            "部门整体", ProjectKind.DEPARTMENT, "部门", ProjectKind.DEPARTMENT, "部门整体绩效目标", ProjectKind.DEPARTMENT);
    /** A published table's lone {@code 单位：万元} cell. */
    private static final Pattern MONEY_UNIT_CELL = Pattern.compile("单位[:：]\\s*(万元|元)");
    private static final int MAX_HEADING = 20;
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月\\s*(?:底|末)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?(?:度)?");
    /** The sheet's title and the tables' headings: no field, nothing to warn about. */
    private static final Pattern TITLE = Pattern.compile(".*绩效目标(?:表|申报表)?|绩效指标|分项绩效目标.*|年度重点工作任务.*");

    private final WorkbookGrid grid;
    private final String where;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<HeaderField, WorkbookCell> header = new EnumMap<>(HeaderField.class);
    /** Where each field's value is (or would be, when blank): row and column. */
    private final Map<HeaderField, int[]> valueAt = new EnumMap<>(HeaderField.class);
    private final Map<HeaderField, StringBuilder> headerText = new EnumMap<>(HeaderField.class);
    /** In column order; a month given twice stays twice, for the registry's rules to name. */
    private final List<ProjectInput.PlanPoint> plan = new ArrayList<>();
    private final List<Map<IndicatorField, String>> indicators = new ArrayList<>();
    private final List<Map<TaskColumn, String>> tasks = new ArrayList<>();
    private boolean recognised;
    private Integer printedYear;

    private WorkbookSheetReader(WorkbookGrid grid, String where) {
        this.grid = grid;
        this.where = where;
    }

    /** The project on the sheet, or empty when the sheet is not a target table at all. */
    static Optional<WorkbookProject> read(WorkbookGrid grid, String where) {
        WorkbookSheetReader r = new WorkbookSheetReader(grid, where);
        r.readSheet();
        if (!r.recognised) {
            return Optional.empty();
        }
        return Optional.of(new WorkbookProject(where, r.input(), List.copyOf(r.issues), r.printedYear));
    }

    /**
     * Whether the sheet holds more than one indicator table: a published list of tables pasted into a sheet,
     * not a project filled in the template (one a sheet), which the text layouts read instead.
     */
    static boolean holdsSeveralTables(WorkbookGrid grid) {
        int headers = 0;
        for (int r = 0; r <= grid.lastRow() && headers < 2; r++) {
            if (isIndicatorHeader(grid.row(r))) {
                headers++;
            }
        }
        return headers > 1;
    }

    private void readSheet() {
        List<Section> sections = new ArrayList<>();
        for (int r = 0; r <= grid.lastRow(); r++) {
            List<WorkbookCell> cells = grid.row(r);
            boolean indicatorHeader = isIndicatorHeader(cells);
            if (!indicatorHeader && !isTaskHeader(cells)) {
                continue;
            }
            if (sections.stream().anyMatch(s -> s.indicators() == indicatorHeader)) {
                error(row(r), "workbook.error.secondTable",
                        Messages.text(indicatorHeader ? "workbook.indicatorTable" : "workbook.taskTable"));
            } else {
                sections.add(new Section(r, indicatorHeader));
            }
        }
        readHeader(sections.isEmpty() ? grid.lastRow() + 1 : sections.get(0).headerRow());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int end = i + 1 < sections.size() ? sections.get(i + 1).headerRow() : grid.lastRow() + 1;
            if (s.indicators()) {
                readIndicators(s.headerRow(), end);
            } else {
                readTasks(s.headerRow(), end);
            }
        }
        recognised = recognised || !sections.isEmpty();
    }

    // ---- the labelled upper part ----

    private void readHeader(int end) {
        Map<Integer, HeaderField> valueColumns = new HashMap<>();
        for (int r = 0; r < end; r++) {
            List<WorkbookCell> cells = grid.row(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (isContinued(cells.get(0))) {
                continueHeader(r, cells, valueColumns);
                continue;
            }
            valueColumns.clear();
            int consumedTo = -1;
            for (WorkbookCell c : cells) {
                if (c.column() <= consumedTo) {
                    continue;
                }
                HeaderField f = c.number() == null && c.error() == null ? label(c.text()) : null;
                if (f == null) {
                    Matcher money = c.number() == null ? MONEY_UNIT_CELL.matcher(Texts.removeSpaces(c.text())) : null;
                    if (money != null && money.matches()) {
                        put(HeaderField.MONEY_UNIT, r, c.column(), new WorkbookCell(c.row(), c.column(), money.group(1), null, false, null));
                    } else if (c.number() != null || c.error() != null) {
                        warn(cell(c, WorkbookCell.columnLetters(c.column()) + (r + 1)), "workbook.warn.ignoredCell", shown(c));
                    } else if (!TITLE.matcher(Texts.removeSpaces(c.text())).matches()) {
                        warn(cell(c, Texts.trim(c.text())), "workbook.warn.unknownLabel", Texts.trim(c.text()));
                    } else if (printedYear == null) {
                        printedYear = PrintedYears.inHeading(c.text());
                    }
                    continue;
                }
                recognised = true;
                if (f == HeaderField.PLAN) {
                    if (readPlan(r, c)) {
                        r++;
                    }
                    break;
                }
                int valueColumn = grid.lastColumnOf(r, c.column()) + 1;
                WorkbookCell value = grid.at(r, valueColumn);
                if (value != null && value.number() == null && value.error() == null && label(value.text()) != null) {
                    value = null; // the value was left blank: the next cell is the next label
                } else {
                    consumedTo = valueColumn;
                }
                put(f, r, valueColumn, value);
                valueColumns.put(valueColumn, f);
            }
        }
    }

    private void put(HeaderField f, int r, int column, WorkbookCell value) {
        if (valueAt.containsKey(f)) {
            error(row(r), "workbook.error.duplicateLabel", fieldLabel(f), valueAt.get(f)[0] + 1);
            return;
        }
        valueAt.put(f, new int[]{r, column});
        if (value != null) {
            header.put(f, value);
            headerText.put(f, new StringBuilder(value.text()));
        }
    }

    /** A "（续）" row: the rest of a text too long for one cell, under the cell it continues. */
    private void continueHeader(int r, List<WorkbookCell> cells, Map<Integer, HeaderField> valueColumns) {
        for (WorkbookCell c : cells.subList(1, cells.size())) {
            HeaderField f = valueColumns.get(c.column());
            StringBuilder text = f == null ? null : headerText.get(f);
            if (text == null) {
                error(cell(c, Messages.text("workbook.continued")), "workbook.error.continuedFirst");
            } else {
                text.append(c.text());
            }
        }
    }

    /** The month row after the label and the percentages under it; true when that row was read. */
    private boolean readPlan(int r, WorkbookCell labelCell) {
        List<int[]> months = new ArrayList<>();
        for (WorkbookCell c : grid.row(r)) {
            if (c.column() <= grid.lastColumnOf(r, labelCell.column())) {
                continue;
            }
            Matcher m = c.number() == null ? MONTH.matcher(Texts.trim(c.text())) : null;
            int month = m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (month < 1 || month > 12) {
                error(cell(c, fieldLabel(HeaderField.PLAN)), "workbook.error.notAMonth", shown(c));
            } else {
                months.add(new int[]{c.column(), month});
            }
        }
        if (valueAt.containsKey(HeaderField.PLAN)) {
            error(row(r), "workbook.error.duplicateLabel", fieldLabel(HeaderField.PLAN), valueAt.get(HeaderField.PLAN)[0] + 1);
            return false;
        }
        valueAt.put(HeaderField.PLAN, new int[]{r, labelCell.column()});
        WorkbookCell below = grid.at(r + 1, labelCell.column());
        if (below != null && !grid.isCovered(r + 1, labelCell.column())) {
            warn(row(r), "workbook.warn.planRowMissing");
            return false;
        }
        for (WorkbookCell c : grid.row(r + 1)) {
            if (months.stream().noneMatch(m -> m[0] == c.column())) {
                warn(cell(c, fieldLabel(HeaderField.PLAN)), "workbook.warn.ignoredCell", shown(c));
            }
        }
        for (int[] m : months) {
            WorkbookCell c = grid.at(r + 1, m[0]);
            if (c == null) {
                continue; // a blank checkpoint: no plan for that month
            }
            String label = fieldLabel(HeaderField.PLAN) + SpendPlan.label(m[1]);
            BigDecimal percent = percent(c, label);
            if (percent != null) {
                plan.add(new ProjectInput.PlanPoint(m[1], percent));
            }
        }
        return true;
    }

    // ---- the indicator table ----

    private static boolean isIndicatorHeader(List<WorkbookCell> cells) {
        boolean level1 = false;
        boolean target = false;
        for (WorkbookCell c : cells) {
            if (isHeading(c)) {
                IndicatorColumn col = IndicatorColumn.of(c.text());
                level1 |= col == IndicatorColumn.LEVEL1;
                target |= col == IndicatorColumn.NAME || col == IndicatorColumn.TARGET;
            }
        }
        return level1 && target;
    }

    private void readIndicators(int headerRowIndex, int end) {
        Map<Integer, IndicatorField> columns = new LinkedHashMap<>();
        for (WorkbookCell c : grid.row(headerRowIndex)) {
            String t = Texts.removeSpaces(c.text());
            IndicatorField f = indicatorField(t);
            if (f == null || columns.containsValue(f)) {
                warn(cell(c, Texts.trim(c.text())), "workbook.warn.unknownColumn", Texts.trim(c.text()));
            } else {
                columns.put(c.column(), f);
            }
        }
        for (IndicatorField required : List.of(IndicatorField.LEVEL1, IndicatorField.LEVEL2, IndicatorField.NAME, IndicatorField.TARGET)) {
            if (!columns.containsValue(required)) {
                error(row(headerRowIndex), "workbook.error.missingColumn", indicatorLabel(required));
            }
        }
        if (!columns.containsValue(IndicatorField.NAME) || !columns.containsValue(IndicatorField.TARGET)) {
            return;
        }
        Map<IndicatorField, String> previous = null;
        for (int r = headerRowIndex + 1; r < end; r++) {
            List<WorkbookCell> cells = grid.row(r);
            if (!cells.isEmpty() && isContinued(cells.get(0))) {
                continueRow(cells, columns, previous);
                continue;
            }
            if (cells.isEmpty() || isSectionTitle(cells)) {
                continue;
            }
            Map<IndicatorField, String> line = new EnumMap<>(IndicatorField.class);
            List<IndicatorField> unreadable = new ArrayList<>();
            for (Map.Entry<Integer, IndicatorField> e : columns.entrySet()) {
                WorkbookCell c = grid.resolved(r, e.getKey());
                if (c == null) {
                    continue;
                }
                IndicatorField f = e.getValue();
                String label = indicatorLabel(f);
                if (c.error() != null) {
                    errorText(cell(c, label), c.error());
                    unreadable.add(f);
                } else if (f == IndicatorField.WEIGHT) {
                    BigDecimal w = number(c, label);
                    if (w != null) {
                        line.put(f, Numbers.plain(w));
                    }
                } else {
                    line.put(f, c.text());
                }
            }
            ignoreOutside(cells, columns, r);
            if (line.isEmpty() && unreadable.isEmpty()) {
                continue;
            }
            boolean nameOrTarget = line.containsKey(IndicatorField.NAME) || line.containsKey(IndicatorField.TARGET);
            if (previous != null && nameOrTarget) {
                // The published tables write a level once for the rows under it.
                line.putIfAbsent(IndicatorField.LEVEL1, previous.get(IndicatorField.LEVEL1));
                line.putIfAbsent(IndicatorField.LEVEL2, previous.get(IndicatorField.LEVEL2));
                line.values().removeIf(v -> v == null);
            }
            checkIndicator(r, line, unreadable);
            indicators.add(line);
            previous = line;
        }
    }

    /** The cells a row must have; one already reported as unreadable is not reported again. */
    private void checkIndicator(int r, Map<IndicatorField, String> line, List<IndicatorField> unreadable) {
        for (IndicatorField required : List.of(IndicatorField.LEVEL1, IndicatorField.LEVEL2, IndicatorField.NAME, IndicatorField.TARGET)) {
            if (blank(line.get(required)) && !unreadable.contains(required)) {
                error(row(r), "workbook.error.required", indicatorLabel(required));
            }
        }
        String level1 = line.get(IndicatorField.LEVEL1);
        if (!blank(level1) && IndicatorLevels.level1(level1).isEmpty()) {
            error(row(r), "workbook.error.level1", level1.strip());
        }
    }

    private static IndicatorField indicatorField(String header) {
        if (header.contains("分值") || header.contains("权重")) {
            return IndicatorField.WEIGHT;
        }
        return switch (IndicatorColumn.of(header)) {
            case LEVEL1 -> IndicatorField.LEVEL1;
            case LEVEL2 -> IndicatorField.LEVEL2;
            case NAME -> IndicatorField.NAME;
            case DESCRIPTION -> IndicatorField.DESCRIPTION;
            case TARGET -> IndicatorField.TARGET;
            case PERIOD -> IndicatorField.PERIOD;
            case BASIS -> IndicatorField.BASIS;
            case WEIGHT -> IndicatorField.WEIGHT;
            // the workbook template keeps the comparison and the unit in the 指标值 itself
            case NATURE, UNIT, OTHER -> null;
        };
    }

    // ---- the key tasks of a department-level target ----

    private static boolean isTaskHeader(List<WorkbookCell> cells) {
        boolean name = false;
        boolean other = false;
        for (WorkbookCell c : cells) {
            if (isHeading(c)) {
                TaskColumn t = taskColumn(Texts.removeSpaces(c.text()));
                name |= t == TaskColumn.NAME;
                other |= t == TaskColumn.CONTENT || t == TaskColumn.FUNDS;
            }
        }
        return name && other;
    }

    /** A table heading is a few words; a long text that mentions them is not one. */
    private static boolean isHeading(WorkbookCell c) {
        return c.number() == null && c.error() == null && Texts.removeSpaces(c.text()).length() <= MAX_HEADING;
    }

    private static TaskColumn taskColumn(String header) {
        if (header.equals("名称") || header.contains("任务名称") || header.contains("目标名称")) {
            return TaskColumn.NAME;
        }
        if (header.contains("内容")) {
            return TaskColumn.CONTENT;
        }
        if (header.contains("资金") || header.contains("金额")) {
            return TaskColumn.FUNDS;
        }
        if (header.contains("目标")) {
            return TaskColumn.GOAL;
        }
        return null;
    }

    private void readTasks(int headerRowIndex, int end) {
        Map<Integer, TaskColumn> columns = new LinkedHashMap<>();
        for (WorkbookCell c : grid.row(headerRowIndex)) {
            TaskColumn t = taskColumn(Texts.removeSpaces(c.text()));
            if (t == null || columns.containsValue(t)) {
                warn(cell(c, Texts.trim(c.text())), "workbook.warn.unknownColumn", Texts.trim(c.text()));
            } else {
                columns.put(c.column(), t);
            }
        }
        Map<TaskColumn, String> previous = null;
        for (int r = headerRowIndex + 1; r < end; r++) {
            List<WorkbookCell> cells = grid.row(r);
            if (!cells.isEmpty() && isContinued(cells.get(0))) {
                continueRow(cells, columns, previous);
                continue;
            }
            if (cells.isEmpty() || isSectionTitle(cells)) {
                continue;
            }
            Map<TaskColumn, String> line = new EnumMap<>(TaskColumn.class);
            for (Map.Entry<Integer, TaskColumn> e : columns.entrySet()) {
                WorkbookCell c = grid.resolved(r, e.getKey());
                if (c == null) {
                    continue;
                }
                String label = taskLabel(e.getValue());
                if (c.error() != null) {
                    errorText(cell(c, label), c.error());
                } else if (e.getValue() == TaskColumn.FUNDS) {
                    String funds = amount(c, label);
                    if (funds != null) {
                        line.put(TaskColumn.FUNDS, funds);
                    }
                } else {
                    line.put(e.getValue(), c.text());
                }
            }
            ignoreOutside(cells, columns, r);
            if (line.isEmpty()) {
                continue;
            }
            if (blank(line.get(TaskColumn.NAME))) {
                error(row(r), "workbook.error.required", taskLabel(TaskColumn.NAME));
            }
            tasks.add(line);
            previous = line;
        }
    }

    // ---- shared by both tables ----

    private <F> void continueRow(List<WorkbookCell> cells, Map<Integer, F> columns, Map<F, String> previous) {
        for (WorkbookCell c : cells.subList(1, cells.size())) {
            F f = columns.get(c.column());
            if (previous == null || f == null || previous.get(f) == null) {
                error(cell(c, Messages.text("workbook.continued")), "workbook.error.continuedFirst");
            } else {
                previous.put(f, previous.get(f) + c.text());
            }
        }
    }

    private <F> void ignoreOutside(List<WorkbookCell> cells, Map<Integer, F> columns, int r) {
        for (WorkbookCell c : cells) {
            if (!columns.containsKey(c.column())) {
                warn(cell(c, WorkbookCell.columnLetters(c.column()) + (r + 1)), "workbook.warn.ignoredCell", shown(c));
            }
        }
    }

    private boolean isContinued(WorkbookCell first) {
        return first.column() == 0 && first.number() == null
                && Texts.removeSpaces(first.text()).equals(Texts.removeSpaces(Messages.text("workbook.continued")));
    }

    private static boolean isSectionTitle(List<WorkbookCell> cells) {
        return cells.size() == 1 && cells.get(0).number() == null
                && TITLE.matcher(Texts.removeSpaces(cells.get(0).text())).matches();
    }

    // ---- values ----

    private ProjectInput input() {
        String name = text(HeaderField.NAME);
        if (name == null && valueCell(HeaderField.NAME) == null) {
            int[] at = valueAt.get(HeaderField.NAME);
            if (at != null) {
                error(where + Messages.text("workbook.where.cell", at[0] + 1, fieldLabel(HeaderField.NAME),
                        WorkbookCell.columnLetters(at[1]) + (at[0] + 1)), "workbook.error.nameMissing");
            } else {
                error(where, "workbook.error.nameLabelMissing");
            }
        }
        String moneyUnit = moneyUnit();
        return new ProjectInput(year(), codeText(HeaderField.UNIT_CODE), text(HeaderField.UNIT_NAME),
                text(HeaderField.DEPARTMENT), kind(), codeText(HeaderField.CODE), name, moneyUnit,
                headerAmount(HeaderField.BUDGET), headerAmount(HeaderField.FISCAL), headerAmount(HeaderField.OTHER),
                text(HeaderField.PURPOSE), text(HeaderField.GOAL), text(HeaderField.MEASURES), text(HeaderField.ATTRIBUTE),
                text(HeaderField.TERM), text(HeaderField.MANAGING_OFFICE),
                List.copyOf(plan),
                indicators.stream().map(i -> new ProjectInput.IndicatorLine(null, strip(i.get(IndicatorField.LEVEL1)),
                        strip(i.get(IndicatorField.LEVEL2)), strip(i.get(IndicatorField.NAME)),
                        strip(i.get(IndicatorField.DESCRIPTION)), strip(i.get(IndicatorField.TARGET)),
                        strip(i.get(IndicatorField.PERIOD)), strip(i.get(IndicatorField.BASIS)),
                        i.get(IndicatorField.WEIGHT))).toList(),
                tasks.stream().map(t -> new ProjectInput.KeyTaskLine(strip(t.get(TaskColumn.NAME)),
                        strip(t.get(TaskColumn.CONTENT)), t.get(TaskColumn.FUNDS), strip(t.get(TaskColumn.GOAL)))).toList(),
                null);
    }

    private Integer year() {
        WorkbookCell c = valueCell(HeaderField.YEAR);
        if (c == null) {
            return null;
        }
        if (c.number() != null && !c.percent()) {
            BigDecimal n = Numbers.normalized(c.number());
            if (n.scale() == 0 && n.compareTo(BigDecimal.valueOf(9999)) <= 0 && n.signum() > 0) {
                return n.intValue();
            }
        } else if (c.number() == null) {
            Matcher m = YEAR.matcher(Texts.removeSpaces(c.text()));
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        error(cell(c, fieldLabel(HeaderField.YEAR)), "workbook.error.notAYear", shown(c));
        return null;
    }

    private String kind() {
        WorkbookCell c = valueCell(HeaderField.KIND);
        if (c == null) {
            return null;
        }
        String t = Texts.removeSpaces(c.text());
        ProjectKind kind = KINDS.get(t);
        if (kind == null) {
            kind = Arrays.stream(ProjectKind.values()).filter(k -> k.name().equalsIgnoreCase(t)).findFirst().orElse(null);
        }
        if (kind == null) {
            error(cell(c, fieldLabel(HeaderField.KIND)), "workbook.error.kind", shown(c));
            return null;
        }
        return kind.name();
    }

    private String moneyUnit() {
        WorkbookCell c = valueCell(HeaderField.MONEY_UNIT);
        if (c == null) {
            warn(where, "workbook.warn.moneyUnitMissing");
            return MoneyUnit.WAN_YUAN.label();
        }
        Optional<MoneyUnit> unit = MoneyUnit.parse(Texts.removeSpaces(c.text()));
        if (unit.isEmpty()) {
            error(cell(c, fieldLabel(HeaderField.MONEY_UNIT)), "workbook.error.moneyUnit", shown(c));
            return null;
        }
        return unit.get().label();
    }

    private String headerAmount(HeaderField f) {
        WorkbookCell c = valueCell(f);
        return c == null ? null : amount(c, fieldLabel(f));
    }

    /** A money amount as exact decimal text, or null (and an error) when the cell is not one. */
    private String amount(WorkbookCell c, String label) {
        if (c.percent()) {
            error(cell(c, label), "workbook.error.percentFormat", c.text());
            return null;
        }
        BigDecimal n = number(c, label);
        return n == null ? null : n.toPlainString();
    }

    private BigDecimal number(WorkbookCell c, String label) {
        if (c.number() != null) {
            return c.number();
        }
        Amounts.Reading reading = Amounts.read(c.text());
        if (reading.value() == null || reading.repaired()) {
            error(cell(c, label), "workbook.error.notANumber", shown(c));
            return null;
        }
        return reading.value();
    }

    private BigDecimal percent(WorkbookCell c, String label) {
        if (c.error() != null) {
            errorText(cell(c, label), c.error());
            return null;
        }
        if (c.number() != null) {
            return Numbers.normalized(c.number());
        }
        Amounts.Reading reading = Amounts.readPercent(c.text());
        if (reading.value() == null || reading.repaired()) {
            error(cell(c, label), "workbook.error.notAPercent", shown(c));
            return null;
        }
        return Numbers.normalized(reading.value());
    }

    private WorkbookCell valueCell(HeaderField f) {
        WorkbookCell c = header.get(f);
        if (c != null && c.error() != null) {
            errorText(cell(c, fieldLabel(f)), c.error());
            header.remove(f);
            return null;
        }
        return c;
    }

    private String text(HeaderField f) {
        StringBuilder b = valueCell(f) == null ? null : headerText.get(f);
        return b == null ? null : strip(b.toString());
    }

    /** A code typed as a number (315001) is the same code; a format such as 000000 adds its leading zeros. */
    private String codeText(HeaderField f) {
        WorkbookCell c = valueCell(f);
        if (c == null || c.number() == null || c.percent()) {
            return text(f);
        }
        return c.text().matches("\\d+") ? c.text() : Numbers.plain(c.number());
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static HeaderField label(String text) {
        if (text == null || text.length() > 30) {
            return null;
        }
        String n = Field.normalise(text);
        if (n.endsWith(":")) {
            n = n.substring(0, n.length() - 1);
        }
        HeaderField own = TEMPLATE_LABELS.get(n);
        if (own != null) {
            return own;
        }
        Field published = Field.of(n);
        if (published == null) {
            return null;
        }
        return switch (published) {
            case CODE -> HeaderField.CODE;
            case NAME -> HeaderField.NAME;
            case BUDGET -> HeaderField.BUDGET;
            case FISCAL -> HeaderField.FISCAL;
            case OTHER -> HeaderField.OTHER;
            case PURPOSE -> HeaderField.PURPOSE;
            case PLAN -> HeaderField.PLAN;
            case GOAL -> HeaderField.GOAL;
            case ATTRIBUTE -> HeaderField.ATTRIBUTE;
            case TERM -> HeaderField.TERM;
            case MANAGING_OFFICE -> HeaderField.MANAGING_OFFICE;
            case DEPARTMENT -> HeaderField.DEPARTMENT;
            case UNIT -> HeaderField.UNIT_NAME;
            default -> null;
        };
    }

    static String fieldLabel(HeaderField f) {
        return Messages.text(WorkbookWriter.labelKey(f));
    }

    static String indicatorLabel(IndicatorField f) {
        return Messages.text(WorkbookWriter.columnKey(f));
    }

    static String taskLabel(TaskColumn f) {
        return Messages.text(WorkbookWriter.taskKey(f));
    }

    /** What the cell shows, for quoting it in a message. */
    private static String shown(WorkbookCell c) {
        return c.error() != null ? c.error() : Texts.trim(c.text());
    }

    private String row(int r) {
        return where + Messages.text("workbook.where.row", r + 1);
    }

    private String cell(WorkbookCell c, String label) {
        return where + Messages.text("workbook.where.cell", c.row() + 1, label, c.reference());
    }

    private void error(String at, String key, Object... args) {
        errorText(at, Messages.text(key, args));
    }

    private void errorText(String at, String message) {
        issues.add(new ImportIssue(Severity.ERROR, at, message));
    }

    private void warn(String at, String key, Object... args) {
        issues.add(new ImportIssue(Severity.WARNING, at, Messages.text(key, args)));
    }
}
