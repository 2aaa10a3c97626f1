package jixiao.importing;

import jixiao.common.Messages;
import jixiao.project.GuessedField;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads project tables from OCR text of a scanned document (兴隆): no tabs, cells on one line
 * separated by spaces or broken over several lines, labels and digits misread. The fields come
 * in the fixed order of the form, so each labelled line opens the field that the following
 * lines continue.
 */
final class ScannedTableReader {

    private enum Part { HEAD, CODE, NAME, AMOUNTS, PURPOSE, PLAN, GOAL, INDICATORS }

    private static final Pattern CODE_LABEL = Pattern.compile("^[项顼顶页]\\s*目\\s*编\\s*码\\s*[:：]?\\s*(.*)$");
    private static final Pattern NAME_LABEL = Pattern.compile("^[项顼顶页]\\s*目\\s*名\\s*称\\s*[:：]?\\s*(.*)$");
    /** 预算数, also misread as 预葺数. */
    private static final Pattern BUDGET_LABEL = Pattern.compile("^预\\s*\\S\\s*数\\s*[:：]?\\s*(.*)$");
    private static final Pattern PURPOSE_LABEL = Pattern.compile("^(?:预\\s*算\\s*规\\s*模\\s*及.*|资\\s*[金佥]\\s*用\\s*途)$");
    private static final Pattern OTHER_LABEL = Pattern.compile("其\\s*他\\s*资\\s*[金佥]");
    /** The broken-up label "其中：财政资金", even in scrambled order ("政财", "佥", "中 :", "资其"). */
    private static final Pattern FISCAL_LABEL_PIECE = Pattern.compile("^[其中财政资金佥:：]{1,6}$");
    private static final Pattern PLAN_LABEL = Pattern.compile("^资\\s*[金佥]\\s*支\\s*出\\s*计\\s*(?:划)?\\s*(.*)$");
    private static final Pattern PLAN_LABEL_TAIL = Pattern.compile("^划?\\s*[(（]\\s*[%％]\\s*[)）]\\s*(.*)$");
    private static final Pattern GOAL_LABEL = Pattern.compile("^绩\\s*效\\s*目\\s*标\\s*[:：]?\\s*(.*)$");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月底");
    private static final Pattern PERCENT = Pattern.compile("([\\dOo〇]{1,3}(?:[.,][\\dOo〇]+)?)\\s*[%％]");
    private static final Pattern CODE_WORD = Pattern.compile("^[0-9A-Za-z]+$");
    private static final Pattern NUMBER_WORD = Pattern.compile("^[\\dOo〇⒛.,，]+$");
    private static final int[] DEFAULT_MONTHS = {3, 6, 10, 12};
    private static final List<IndicatorColumn> DEFAULT_VALUE_COLUMNS =
            List.of(IndicatorColumn.DESCRIPTION, IndicatorColumn.TARGET, IndicatorColumn.BASIS);

    private final TableKind kind;
    private final List<TableDraft> drafts = new ArrayList<>();
    private TableDraft draft;
    private Part part = Part.HEAD;
    private final List<String> code = new ArrayList<>();
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder purpose = new StringBuilder();
    private final StringBuilder goal = new StringBuilder();
    private final List<Integer> months = new ArrayList<>();
    private final List<String> percents = new ArrayList<>();
    private final List<Integer> percentLines = new ArrayList<>();
    private String budgetCell;
    private String fiscalCell;
    private String pendingFiscal;
    private int codeLine;
    private int nameLine;
    private int planLine;
    private int budgetLine;
    private int fiscalLine;
    private final List<IndicatorColumn> valueColumns = new ArrayList<>();
    private final List<SourceLine> indicatorLines = new ArrayList<>();
    /** A label alone on its line (a web table copied one cell a line, 湘潭): its value is the next line. */
    private Field loneLabel;
    /** Indicator header cells read one a line so far, or null when none is being read. */
    private List<SourceLine> headerCells;

    private ScannedTableReader(TableKind kind, int line) {
        this.kind = kind;
        this.draft = new TableDraft(kind, line);
    }

    static List<TableDraft> read(List<SourceLine> lines, Segmenter.Part part) {
        ScannedTableReader reader = new ScannedTableReader(part.kind(), lines.get(part.from()).number());
        for (int i = part.from() + part.titleLines(); i < part.to(); i++) {
            SourceLine line = lines.get(i);
            if (!line.isBlank()) {
                reader.line(line.number(), line.trimmed());
            }
        }
        reader.finishTable();
        return reader.drafts;
    }

    private void line(int number, String text) {
        if (headerCells != null && headerCell(number, text)) {
            return;
        }
        if (part == Part.INDICATORS && !startsNextTable(text)) {
            indicatorLines.add(new SourceLine(number, text));
            return;
        }
        if (loneLabel != null) {
            Field field = loneLabel;
            loneLabel = null;
            if (Field.of(text) == null) {
                loneLabelValue(field, number, text);
                return;
            }
        }
        if (labelled(number, text)) {
            return;
        }
        switch (part) {
            case CODE -> {
                List<String> words = Texts.tokens(text);
                if (words.stream().allMatch(w -> CODE_WORD.matcher(w).matches())) {
                    code.add(String.join("", words));
                } else {
                    draft.ignored(number, text);
                }
            }
            case NAME -> name.append(text);
            case AMOUNTS -> {
                if (FISCAL_LABEL_PIECE.matcher(Texts.removeSpaces(text)).matches()) {
                    return;
                }
                if (NUMBER_WORD.matcher(Texts.removeSpaces(text)).matches()) {
                    if (budgetCell == null) {
                        budgetCell = text;
                        budgetLine = number;
                    } else {
                        pendingFiscal = text;
                        fiscalLine = number;
                    }
                    return;
                }
                draft.ignored(number, text);
            }
            case PURPOSE -> purpose.append(text);
            case PLAN -> planWords(number, text);
            case GOAL -> goal.append(text);
            default -> draft.ignored(number, text);
        }
    }

    /** Handles a line that opens a field; false when the line carries no label. */
    private boolean labelled(int number, String text) {
        String compact = Texts.removeSpaces(text);
        Matcher money = Patterns.MONEY_UNIT.matcher(text);
        if (money.find() || (part == Part.HEAD && Patterns.UNIT.matcher(compact).matches())) {
            unitLine(number, text);
            return true;
        }
        Matcher m;
        if ((m = CODE_LABEL.matcher(text)).matches()) {
            startNextTableIf(draft.code != null || !code.isEmpty(), number);
            part = Part.CODE;
            codeLine = number;
            if (!m.group(1).isBlank()) {
                line(number, m.group(1));
            }
            return true;
        }
        if ((m = NAME_LABEL.matcher(text)).matches()) {
            startNextTableIf(name.length() > 0, number);
            part = Part.NAME;
            nameLine = number;
            name.append(m.group(1));
            return true;
        }
        if (part.ordinal() < Part.PURPOSE.ordinal() && PURPOSE_LABEL.matcher(compact).matches()) {
            part = Part.AMOUNTS;
            return true;
        }
        if (part.ordinal() < Part.PURPOSE.ordinal() && (m = BUDGET_LABEL.matcher(text)).matches()) {
            part = Part.AMOUNTS;
            budgetLine = number;
            budgetCell = Texts.orNull(m.group(1));
            return true;
        }
        if (part.ordinal() < Part.PURPOSE.ordinal() && (m = OTHER_LABEL.matcher(text)).find()) {
            otherLine(number, text, m);
            return true;
        }
        if (part.ordinal() < Part.PLAN.ordinal() && (m = PLAN_LABEL.matcher(text)).matches()) {
            part = Part.PLAN;
            planLine = number;
            planWords(number, m.group(1));
            return true;
        }
        if (part.ordinal() < Part.GOAL.ordinal() && (m = GOAL_LABEL.matcher(text)).matches()) {
            part = Part.GOAL;
            goal.append(m.group(1));
            return true;
        }
        if (compact.contains("二级指标") && compact.contains("三级指标")) {
            indicatorHeader(text);
            part = Part.INDICATORS;
            return true;
        }
        Field field = Field.of(compact);
        if (field != null && LONE_LABELS.contains(field)) {
            loneLabel = field;
            if (part == Part.NAME) {
                part = Part.HEAD;
            }
            return true;
        }
        if (part != Part.INDICATORS && IndicatorColumn.of(compact) == IndicatorColumn.LEVEL1 && compact.length() <= 5) {
            // 一级指标 alone: a web page's table gives its header one cell a line (岳阳县 2022)
            headerCells = new ArrayList<>(List.of(new SourceLine(number, text)));
            return true;
        }
        return false;
    }

    /** Labels of a 申报表 that the fixed order of the scanned form does not know; the others are read there. */
    private static final java.util.Set<Field> LONE_LABELS = java.util.EnumSet.of(Field.NAME, Field.BUDGET, Field.GOAL,
            Field.DEPARTMENT, Field.UNIT, Field.TERM, Field.LONG_GOAL, Field.NOTED_VALUE);

    private void loneLabelValue(Field field, int number, String text) {
        switch (field) {
            case NAME -> {
                startNextTableIf(name.length() > 0, number);
                name.append(text);
                nameLine = number;
            }
            case BUDGET -> {
                budgetCell = text;
                budgetLine = number;
            }
            case GOAL -> {
                if (goal.length() == 0) {
                    goal.append(text);
                }
            }
            case DEPARTMENT -> draft.departmentName = Texts.collapse(text);
            case UNIT -> draft.unit(text);
            case TERM -> draft.term = Texts.collapse(text);
            default -> {
                // 实施期绩效目标, 该项目支出上级资金: read so they are not reported as unknown; the model does not keep them
            }
        }
    }

    /**
     * The header cells that follow a lone 一级指标, one a line, until the first line that names no column.
     * Returns false for that line, which is then read as usual: as the first indicator line when the
     * cells made a header (二级 and 三级指标 among them), else after the cells are reported as ignored.
     */
    private boolean headerCell(int number, String text) {
        if (IndicatorColumn.of(text) != IndicatorColumn.OTHER) {
            headerCells.add(new SourceLine(number, text));
            return true;
        }
        List<SourceLine> cells = headerCells;
        headerCells = null;
        String joined = String.join(" ", cells.stream().map(SourceLine::text).toList());
        String compact = Texts.removeSpaces(joined);
        if (compact.contains("二级指标") && compact.contains("三级指标")) {
            indicatorHeader(joined);
            part = Part.INDICATORS;
        } else {
            cells.forEach(c -> draft.ignored(c.number(), c.text()));
        }
        return false;
    }

    /**
     * "26.10 其他资金": the 财政资金 amount stands before the 其他资金 label (its own label is
     * broken over the lines above), the 其他资金 amount after it.
     */
    private void otherLine(int number, String text, Matcher label) {
        List<String> before = Texts.tokens(text.substring(0, label.start()));
        String candidate = before.isEmpty() ? null : before.get(before.size() - 1);
        if (candidate != null && FISCAL_LABEL_PIECE.matcher(candidate).matches()) {
            candidate = null;
        }
        if (candidate != null && (NUMBER_WORD.matcher(candidate).matches() || pendingFiscal == null)) {
            fiscalCell = candidate;
            fiscalLine = number;
        } else {
            fiscalCell = pendingFiscal;
        }
        String after = Texts.trim(text.substring(label.end()));
        draft.otherFunds = draft.amount(GuessedField.OTHER_FUNDS, Messages.text("textimport.field.other"), after, number);
        part = Part.PURPOSE;
    }

    /** A unit or code line after the indicators is the next untitled table. */
    private boolean startsNextTable(String text) {
        return Patterns.MONEY_UNIT.matcher(text).find() || CODE_LABEL.matcher(text).matches();
    }

    private void unitLine(int number, String text) {
        startNextTableIf(draft.unitName != null || draft.moneyUnit != null, number);
        Matcher money = Patterns.MONEY_UNIT.matcher(text);
        String rest = text;
        if (money.find()) {
            draft.moneyUnit = money.group(1);
            rest = text.substring(0, money.start()) + " " + text.substring(money.end());
        }
        if (!Texts.isBlank(rest)) {
            String unit = Texts.removeSpaces(rest);
            if (Patterns.UNIT.matcher(unit).matches()) {
                draft.unit(unit);
            } else {
                draft.ignored(number, Texts.trim(rest));
            }
        }
    }

    private void planWords(int number, String text) {
        Matcher tail = PLAN_LABEL_TAIL.matcher(Texts.trim(text));
        String rest = tail.matches() ? tail.group(1) : text;
        Matcher month = MONTH.matcher(rest);
        while (month.find()) {
            months.add(Integer.parseInt(month.group(1)));
        }
        Matcher percent = PERCENT.matcher(rest);
        while (percent.find()) {
            percents.add(percent.group());
            percentLines.add(number);
        }
    }

    private void indicatorHeader(String text) {
        List<String> words = Texts.tokens(text);
        for (String w : words) {
            IndicatorColumn c = IndicatorColumn.of(w);
            if (c.isValue()) {
                valueColumns.add(c);
            }
        }
        if (valueColumns.isEmpty()) {
            valueColumns.addAll(DEFAULT_VALUE_COLUMNS);
        }
    }

    private void startNextTableIf(boolean alreadySet, int number) {
        if (alreadySet && (draft.hasBody() || name.length() > 0 || budgetCell != null)) {
            finishTable();
            draft = new TableDraft(kind, number);
            part = Part.HEAD;
        }
    }

    private void finishTable() {
        finishCode();
        if (name.length() > 0) {
            draft.name = repaired(Messages.text("textimport.field.name"), Texts.collapse(name.toString()), nameLine);
        }
        finishAmounts();
        draft.purpose = Texts.orNull(purpose.toString());
        draft.goal = Texts.orNull(goal.toString());
        finishPlan();
        if (!indicatorLines.isEmpty()) {
            ScannedIndicatorReader.read(indicatorLines, valueColumns, draft);
        }
        drafts.add(draft);
        code.clear();
        name.setLength(0);
        purpose.setLength(0);
        goal.setLength(0);
        months.clear();
        percents.clear();
        percentLines.clear();
        budgetCell = null;
        fiscalCell = null;
        pendingFiscal = null;
        valueColumns.clear();
        indicatorLines.clear();
        headerCells = null;
    }

    /**
     * OCR splits the 21-character code over two lines and reads 0 as O. The last character is a
     * check letter and kept as read; elsewhere O is taken for 0.
     */
    private void finishCode() {
        if (code.isEmpty()) {
            return;
        }
        String read = String.join("", code);
        if (code.size() > 1) {
            draft.guess(GuessedField.PROJECT_CODE, codeLine, "textimport.warn.codeJoined", code.size(), String.join(" ", code), read);
        }
        String body = read.substring(0, read.length() - 1).replace('O', '0').replace('o', '0');
        String repaired = body + read.charAt(read.length() - 1);
        if (!repaired.equals(read)) {
            draft.guess(GuessedField.PROJECT_CODE, codeLine, "textimport.warn.codeRepaired", read, repaired);
        }
        draft.code = repaired;
    }

    private void finishAmounts() {
        if (budgetCell == null && fiscalCell == null) {
            return;
        }
        if (fiscalCell == null) {
            fiscalCell = pendingFiscal;
        }
        String budgetField = Messages.text("textimport.field.budget");
        String fiscalField = Messages.text("textimport.field.fiscal");
        draft.budget = draft.amount(GuessedField.BUDGET, budgetField, budgetCell, budgetLine);
        draft.fiscalFunds = draft.amount(GuessedField.FISCAL_FUNDS, fiscalField, fiscalCell, fiscalLine);
        if (draft.budget == null || draft.fiscalFunds == null || draft.otherFunds != null) {
            return;
        }
        // "预算数 210" beside "财政资金 2.10": the same digits, the point lost by OCR
        if (Amounts.digits(budgetCell).equals(Amounts.digits(fiscalCell))
                && draft.budget.compareTo(draft.fiscalFunds) != 0) {
            if (!Amounts.hasPoint(budgetCell) && Amounts.hasPoint(fiscalCell)) {
                draft.guess(GuessedField.BUDGET, budgetLine, "textimport.warn.amountPointRestored", budgetField, Texts.trim(budgetCell),
                        fiscalField, Texts.trim(fiscalCell), draft.fiscalFunds.toPlainString());
                draft.budget = draft.fiscalFunds;
            } else if (Amounts.hasPoint(budgetCell) && !Amounts.hasPoint(fiscalCell)) {
                draft.guess(GuessedField.FISCAL_FUNDS, fiscalLine, "textimport.warn.amountPointRestored", fiscalField, Texts.trim(fiscalCell),
                        budgetField, Texts.trim(budgetCell), draft.budget.toPlainString());
                draft.fiscalFunds = draft.budget;
            }
        }
    }

    /**
     * The scan keeps the percentages but not the blank cells between them ("50% 100%" under four
     * months): they are assigned right-aligned, the last one to 12月底, and flagged.
     */
    private void finishPlan() {
        if (percents.isEmpty()) {
            return;
        }
        List<Integer> checkpoints = new ArrayList<>(months);
        if (checkpoints.isEmpty()) {
            draft.guess(GuessedField.SPEND_PLAN, planLine, "textimport.warn.planMonthsAssumed");
            for (int m : DEFAULT_MONTHS) {
                checkpoints.add(m);
            }
        }
        int count = Math.min(percents.size(), checkpoints.size());
        if (percents.size() > checkpoints.size()) {
            draft.guess(GuessedField.SPEND_PLAN, planLine, "textimport.warn.planExtra", String.join(" ", percents));
        }
        int offset = checkpoints.size() - count;
        List<ParsedPlanPoint> points = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int month = checkpoints.get(offset + k);
            String cell = percents.get(k);
            Amounts.Reading r = Amounts.readPercent(cell);
            String field = Messages.text("textimport.field.plan", month);
            if (r.notANumber() || r.value() == null) {
                draft.error(percentLines.get(k), "textimport.error.notANumber", field, cell);
                continue;
            }
            if (r.repaired()) {
                draft.guess(GuessedField.SPEND_PLAN, percentLines.get(k), "textimport.warn.amountRepaired", field, cell,
                        r.value().toPlainString() + "%");
            }
            points.add(new ParsedPlanPoint(month, r.value()));
        }
        if (offset > 0) {
            List<String> assigned = new ArrayList<>();
            for (ParsedPlanPoint p : points) {
                assigned.add(Messages.text("textimport.planPoint", p.month(), p.percent().toPlainString()));
            }
            draft.guess(GuessedField.SPEND_PLAN, planLine, "textimport.warn.planAligned", count, String.join(" ", percents.subList(0, count)),
                    checkpoints.size(), String.join(Messages.text("textimport.pieceSeparator"), assigned));
        }
        draft.spendPlan.addAll(points);
    }

    /** OCR digit repair in a name (2O25 → 2025), flagged when it changed anything. */
    private String repaired(String field, String text, int line) {
        String r = Texts.repairDigits(text);
        if (r != null && !r.equals(text)) {
            draft.guess(GuessedField.PROJECT_NAME, line, "textimport.warn.textRepaired", field, text, r);
        }
        return r;
    }
}
