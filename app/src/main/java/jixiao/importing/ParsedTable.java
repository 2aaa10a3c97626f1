package jixiao.importing;

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
 */
public record ParsedTable(TableKind kind, int ordinal, int line,
        String unitCode, String unitName, String departmentName,
        String moneyUnit, String code, String name,
        BigDecimal budget, BigDecimal fiscalFunds, BigDecimal otherFunds,
        String purpose, String goal, String measures,
        String attribute, String term, String managingOffice,
        List<ParsedPlanPoint> spendPlan, List<ParsedIndicator> indicators, List<ParsedKeyTask> keyTasks,
        List<ImportIssue> issues, List<FieldGuess> guesses) {

    public ParsedTable {
        spendPlan = List.copyOf(spendPlan);
        indicators = List.copyOf(indicators);
        keyTasks = List.copyOf(keyTasks);
        issues = List.copyOf(issues);
        guesses = List.copyOf(guesses);
    }
}
