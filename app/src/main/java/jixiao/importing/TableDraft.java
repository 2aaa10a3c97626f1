package jixiao.importing;

import jixiao.common.Messages;
import jixiao.project.GuessedField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table while it is being read. Issues are kept with their line and get their
 * "第3个表《…》第57行" place once the table's position and name are known.
 */
final class TableDraft {

    /**
     * An amount with its money unit and perhaps a breakdown in brackets after it. {@code 万} is how people write
     * 万元 ({@code 854万(高标准农田建设400万元,…)}). A web page's cell merged over two columns may come out with its
     * amount twice ({@code 854万854万(…)}): only the same amount with its unit repeated at once is read so.
     */
    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile(
            "^([0-9０-９][0-9０-９.,．]*)(万元|元|万)?(\\1\\2)?([(（].*)?$");

    record PendingIssue(Severity severity, int line, String message, GuessedField guess) {
    }

    final TableKind kind;
    final int line;
    /** The last line of the table (set once the table after it, or the end of its part, is known). */
    int endLine;
    String unitCode;
    String unitName;
    String departmentName;
    String moneyUnit;
    String code;
    String name;
    BigDecimal budget;
    BigDecimal fiscalFunds;
    BigDecimal otherFunds;
    String purpose;
    String goal;
    String measures;
    String attribute;
    String term;
    String managingOffice;
    final List<ParsedPlanPoint> spendPlan = new ArrayList<>();
    final List<ParsedIndicator> indicators = new ArrayList<>();
    final List<ParsedKeyTask> keyTasks = new ArrayList<>();
    /** The department's budget summary lines as printed, in {@link #moneyUnit}. */
    final java.util.Map<jixiao.project.BudgetLineKind, BigDecimal> budgetLines =
            new java.util.EnumMap<>(jixiao.project.BudgetLineKind.class);
    final List<PendingIssue> issues = new ArrayList<>();
    /** Points written with a 一级指标 ({@code 产出指标(50分)}), by canonical level name. */
    final java.util.Map<String, LevelPoints> levelPoints = new java.util.LinkedHashMap<>();

    /** @param line where the points were written */
    record LevelPoints(BigDecimal points, int line) {
    }

    TableDraft(TableKind kind, int line) {
        this.kind = kind;
        this.line = line;
    }

    void warn(int line, String key, Object... args) {
        issues.add(new PendingIssue(Severity.WARNING, line, Messages.text(key, args), null));
    }

    /**
     * A warning that the value stored for {@code field} is a guess (an OCR repair, an assumed layout):
     * stored with the project and shown as 待核对 until a person confirms or corrects it.
     */
    void guess(GuessedField field, int line, String key, Object... args) {
        issues.add(new PendingIssue(Severity.WARNING, line, Messages.text(key, args), field));
    }

    void error(int line, String key, Object... args) {
        issues.add(new PendingIssue(Severity.ERROR, line, Messages.text(key, args), null));
    }

    /** The text could not be understood and is left out. */
    void ignored(int line, String text) {
        warn(line, "textimport.warn.ignoredText", text);
    }

    /** Something a person published in the table was read (a unit or money unit alone is not enough). */
    boolean hasContent() {
        return name != null || code != null || budget != null || fiscalFunds != null || otherFunds != null
                || goal != null || purpose != null || measures != null || departmentName != null
                || !spendPlan.isEmpty() || !indicators.isEmpty() || !keyTasks.isEmpty()
                || issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /** The table has a body, so a second unit, code or name line starts the next table. */
    boolean hasBody() {
        return name != null || budget != null || goal != null || !indicators.isEmpty();
    }

    boolean hasAmounts() {
        return budget != null || fiscalFunds != null || otherFunds != null
                || keyTasks.stream().anyMatch(t -> t.funds() != null);
    }

    /**
     * Reads an amount cell of the field named {@code field} as it is shown to people; text that
     * is not a number is an error naming the field, a repaired
     * misreading is a warning saying what was read.
     */
    BigDecimal amount(GuessedField guessed, String field, String cell, int line) {
        var withUnit = AMOUNT_WITH_UNIT.matcher(Texts.removeSpaces(cell == null ? "" : cell));
        if (withUnit.matches() && (withUnit.group(2) != null || withUnit.group(4) != null)) {
            // "10606.7522万元", "6923.3552万元（其中：上级财政资金…）": the amount carries its unit, a breakdown follows
            String unit = "万".equals(withUnit.group(2)) ? "万元" : withUnit.group(2);
            if (unit != null && moneyUnit == null) {
                moneyUnit = unit;
            } else if (unit != null && !unit.equals(moneyUnit)) {
                error(line, "textimport.error.amountUnitDiffers", field, Texts.trim(cell), moneyUnit);
                return null;
            }
            if (withUnit.group(3) != null) {
                guess(guessed, line, "textimport.warn.amountRepeated", field, Texts.trim(cell), withUnit.group(1) + unit);
            }
            cell = withUnit.group(1);
        }
        Amounts.Reading r = Amounts.read(cell);
        if (r.notANumber()) {
            error(line, "textimport.error.notANumber", field, Texts.trim(cell));
        } else if (r.repaired()) {
            guess(guessed, line, "textimport.warn.amountRepaired", field, Texts.trim(cell), r.value().toPlainString());
        }
        return r.value();
    }

    /** Reads "315001乐亭县司法局本级" or a bare unit name. */
    void unit(String cell) {
        String t = Texts.collapse(cell);
        if (t == null) {
            return;
        }
        var m = Patterns.UNIT.matcher(t);
        if (m.matches()) {
            unitCode = m.group(1);
            unitName = Texts.collapse(m.group(2));
        } else {
            unitName = t;
        }
    }
}
