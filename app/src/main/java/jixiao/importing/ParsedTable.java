package jixiao.importing;

import jixiao.common.Messages;
import jixiao.project.FieldGuess;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 绩效目标表 as read from the text. Amounts are in the published money unit with the
 * published scale; level names of the indicators are canonical; whitespace inside names is
 * collapsed, free texts (goal, purpose, measures, indicator descriptions and values) are as found.
 *
 * @param ordinal 1-based position of the table in the upload
 * @param line 1-based line where the table starts (its title, else its first row)
 * @param unitCode e.g. "315001", null when not stated
 * @param departmentName 主管部门 / 部门名称, null when not stated
 * @param moneyUnit "元" or "万元"
 * @param code 项目编码, null when not stated
 * @param name 项目名称; for department tables a name like "广州市花都区司法局部门整体绩效目标"
 * @param fiscalFunds 财政资金 (财政拨款), null when not stated
 * @param otherFunds 其他资金, null when blank or not stated
 * @param purpose 资金用途
 * @param goal 年度总体绩效目标 / 总体绩效目标
 * @param measures 工作保障措施 (department parts)
 * @param attribute 项目属性
 * @param term 项目期限
 * @param managingOffice 项目主管处室
 * @param spendPlan only the checkpoints given
 * @param keyTasks 年度重点工作任务 / 分项绩效目标 (department parts)
 * @param guesses the fields whose values were guessed, each with the warning that says how (also among the issues)
 * @param place where the table starts in the document ("第3页第12行", or "第12行" in pasted text)
 * @param firstLine its first non-blank line as found, which names it when it has no project name
 * @param sourceLines the lines it was read from, with their places, for the preview (at most
 *                    {@link TargetTableTextParser#MAX_SOURCE_LINES})
 * @param sourceLinesLeftOut how many more lines it has than {@code sourceLines} holds
 * @param budgetLines a department form's budget summary (基本支出, 项目支出, …) in {@code moneyUnit}; empty otherwise
 */
public record ParsedTable(TableKind kind, int ordinal, int line,
        String unitCode, String unitName, String departmentName,
        String moneyUnit, String code, String name,
        BigDecimal budget, BigDecimal fiscalFunds, BigDecimal otherFunds,
        String purpose, String goal, String measures,
        String attribute, String term, String managingOffice,
        List<ParsedPlanPoint> spendPlan, List<ParsedIndicator> indicators, List<ParsedKeyTask> keyTasks,
        List<ImportIssue> issues, List<FieldGuess> guesses,
        String place, String firstLine, List<ImportResult.SourceText> sourceLines, int sourceLinesLeftOut,
        java.util.Map<jixiao.project.BudgetLineKind, BigDecimal> budgetLines) {

    /** Characters of the first line that name a table without a project name. */
    static final int FIRST_LINE_CHARS = 30;

    public ParsedTable {
        sourceLines = List.copyOf(sourceLines);
        spendPlan = List.copyOf(spendPlan);
        indicators = List.copyOf(indicators);
        keyTasks = List.copyOf(keyTasks);
        issues = List.copyOf(issues);
        guesses = List.copyOf(guesses);
        budgetLines = budgetLines == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(budgetLines));
    }

    /** How messages call the table: "第2个表《法制建设》", or without a name "第2个表（项目名称 预算数 …）". */
    public String where() {
        return where(ordinal, name, firstLine);
    }

    /**
     * A table is called by its project name or, when it has none, by its first line with its cells set apart by
     * spaces (never glued into one run) and cut to {@link #FIRST_LINE_CHARS} characters.
     */
    static String where(int ordinal, String name, String firstLine) {
        if (name != null) {
            return Messages.text("textimport.where.table", ordinal, name);
        }
        String first = firstLine == null ? null : Texts.orNull(firstLine.replaceAll("[\\s\u3000\u00A0]+", " "));
        if (first == null) {
            return Messages.text("textimport.where.tableUnnamed", ordinal);
        }
        if (first.codePointCount(0, first.length()) > FIRST_LINE_CHARS) {
            first = first.substring(0, first.offsetByCodePoints(0, FIRST_LINE_CHARS)) + "…";
        }
        return Messages.text("textimport.where.tableFirstLine", ordinal, first);
    }
}
