package jixiao.importing;

import jixiao.project.BudgetLineKind;

import java.util.HashMap;
import java.util.Map;

/** The labelled fields of a target table, by the label texts published for them. */
enum Field {
    CODE(true), NAME(true), BUDGET(true), FISCAL(true), OTHER(true),
    /** A source of funds the model counts as 其他资金 (申报表: 自有资金, 事业收入, 其他): added up. */
    OTHER_PART(true),
    /** 填报单位（盖章）: the unit only where the table names no 实施单位. */
    REPORTING_UNIT(true),
    /** 长期目标 beside 年度目标: read to tell the two apart; the model keeps the year's. */
    LONG_GOAL(true),
    /** 资金用途: its text follows the label. */
    PURPOSE(true),
    /** 预算规模及资金用途: a merged row label; the purpose comes in the next row. */
    PURPOSE_BLOCK(false),
    PLAN(false), GOAL(true), ATTRIBUTE(true), TERM(true), MANAGING_OFFICE(true), DEPARTMENT(true), UNIT(true),
    /** A published amount the model does not keep (项目负责人, 中期 money, …). */
    NOTED_VALUE(true),
    /** A line of a department's budget summary (花都's 基本支出, 项目支出, …): see {@link #budgetLine}. */
    BUDGET_LINE(true),
    /** 其他需完成的任务（可选项）: read only to say it was left out when it holds text. */
    OPTIONAL_TASKS(true),
    /** A heading cell of 花都's budget block. */
    NOTED_HEADING(false);

    final boolean takesValue;

    Field(boolean takesValue) {
        this.takesValue = takesValue;
    }

    private static final Map<String, Field> BY_LABEL = new HashMap<>();
    private static final Map<String, BudgetLineKind> BUDGET_LINES = new HashMap<>();

    static {
        label(CODE, "项目编码", "项目代码");
        label(NAME, "项目名称");
        label(BUDGET, "预算数", "年度预算数", "项目年度金额", "年度金额", "预算金额", "年度资金总额");
        label(FISCAL, "其中:财政资金", "财政资金", "财政拨款", "其中:财政拨款");
        label(OTHER, "其他资金", "其中:其他资金");
        // the 申报表 (label/value) forms: 项目资金 / 资金情况 with 年度资金总额, 其中 财政拨款 / 上级资金, 其他资金
        label(BUDGET, "年度资金总额", "资金总额", "总额", "当年年度预算", "年度资金总额(万元)");
        label(FISCAL, "上级资金", "其中:上级资金", "市财政资金", "其中:市财政资金", "当年财政拨款", "其中:当年财政拨款",
                "其中:财政资金", "财政拨款资金");
        label(OTHER, "其它资金", "其中:其它资金");
        // 批复表 (湖北): 项目金额 164万元 | 其中:当年市级财政资金 132万元, the fiscal funds named by their level
        label(BUDGET, "项目金额");
        for (String level : new String[] {"市级", "县级", "区级", "本级"}) {
            label(FISCAL, level + "财政资金", "其中:" + level + "财政资金", "当年" + level + "财政资金",
                    "其中:当年" + level + "财政资金");
        }
        // 湖北 申报表: the term's money (资金总额, 其中:财政拨款) beside the year's (当年资金总额, 其中:当年财政拨款)
        label(BUDGET, "当年资金总额");
        label(OTHER, "当年其他资金", "其中:当年其他资金");
        label(DEPARTMENT, "主管部门及编码");
        label(OTHER_PART, "自有资金", "事业收入", "经营性收入", "其他:", "其它:", "单位自筹", "自筹资金");
        label(LONG_GOAL, "长期目标", "中长期目标", "实施期目标", "总目标");
        label(REPORTING_UNIT, "填报单位", "填报单位(盖章)", "编制单位", "编制单位(盖章)");
        label(PURPOSE, "资金用途");
        label(PURPOSE_BLOCK, "预算规模及资金用途");
        label(PLAN, "资金支出计划(%)", "资金支出计划", "资金支出进度计划", "资金支出进度计划(%)");
        label(GOAL, "绩效目标", "年度绩效目标", "年度总体绩效目标", "总体绩效目标", "总体目标");
        label(GOAL, "年度总体目标", "年度目标", "本年度目标", "项目年度绩效目标", "年度主要目标和成果", "年度绩效目标(文字)");
        label(ATTRIBUTE, "项目属性", "项目性质");
        label(TERM, "项目期限", "项目起止时间", "建设周期", "项目实施周期");
        label(MANAGING_OFFICE, "项目主管处室", "主管处室");
        label(DEPARTMENT, "主管部门", "部门名称", "项目主管部门", "业务主管部门", "县级主管部门");
        label(UNIT, "实施单位", "单位名称", "预算单位", "项目实施单位", "项目执行单位", "执行单位", "项目单位");
        budgetLine(BudgetLineKind.BASIC, "基本支出", "其中:基本支出");
        budgetLine(BudgetLineKind.PERSONNEL, "人员经费", "其中:人员经费");
        budgetLine(BudgetLineKind.PUBLIC_USE, "公用经费", "其中:公用经费");
        budgetLine(BudgetLineKind.PROJECT, "项目支出", "其中:项目支出");
        budgetLine(BudgetLineKind.SPECIAL_FUNDS, "财政专项资金");
        budgetLine(BudgetLineKind.OTHER_DEVELOPMENT, "其他事业发展性支出");
        budgetLine(BudgetLineKind.OWN_LEVEL, "区本级使用资金", "县本级使用资金", "市本级使用资金", "本级使用资金");
        budgetLine(BudgetLineKind.TRANSFER_DOWN, "拟用于对下转移支付资金", "对下转移支付资金");
        budgetLine(BudgetLineKind.GENERAL_BUDGET, "其中:一般公共预算", "一般公共预算拨款");
        budgetLine(BudgetLineKind.GOVERNMENT_FUND, "政府性基金拨款", "政府性基金预算拨款");
        budgetLine(BudgetLineKind.SPECIAL_ACCOUNT, "纳入专户管理的非税收入拨款", "财政专户管理资金");
        label(NOTED_VALUE, "项目负责人", "联系电话", "项目负责人及电话", "负责人及电话", "主管部门编码", "项目分类",
                "项目类别", "项目总预算", "单位职能概述", "项目概况",
                "项目立项的依据", "项目申报的可行性", "项目申报的必要性");
        label(OPTIONAL_TASKS, "其他需完成的任务(可选项)", "其他需完成的任务");
        // 湖南 (湘潭) 申报表 one cell a line: the 本级 budget beside the higher level's money for the project
        label(NAME, "项目支出名称");
        label(DEPARTMENT, "预算部门");
        label(BUDGET, "年度本级预算金额");
        label(NOTED_VALUE, "该项目支出上级资金");
        label(TERM, "项目支出实施期");
        label(LONG_GOAL, "实施期绩效目标");
        label(GOAL, "本年度绩效目标");
        // 广东 (东莞) 批复表: the year's request is the budget; the 中期 (three-year) figure is not kept
        label(BUDGET, "本年度申请市财政预算资金");
        label(NOTED_VALUE, "中期市财政预算");
        // 重庆 (奉节) 审批表: labels between the amounts, on the same lines
        label(NOTED_VALUE, "财政资金科目代码", "财政资金预算分类", "项目审批", "项目总体概况");
        label(NOTED_HEADING, "预算整体情况", "部门预算支出", "收入来源", "事业发展性支出", "按预算级次划分");
        label(NOTED_HEADING, "其中", "其中:", "年度资金总额及构成", "资金总额及构成", "项目绩效目标", "年度总体目标完成情况", "实际完成情况", "全年实际完成情况", "项目基本情况", "项目立项情况");
    }

    private static void budgetLine(BudgetLineKind kind, String... labels) {
        label(BUDGET_LINE, labels);
        for (String l : labels) {
            BUDGET_LINES.put(l, kind);
        }
    }

    /** The budget-summary line a {@link #BUDGET_LINE} label names. */
    static BudgetLineKind budgetLine(String label) {
        String n = normalise(label);
        BudgetLineKind k = BUDGET_LINES.get(n);
        return k != null ? k : BUDGET_LINES.get(n.replaceFirst("\\(.*\\)$", ""));
    }

    private static void label(Field field, String... labels) {
        for (String l : labels) {
            BY_LABEL.put(l, field);
        }
    }

    /** The field a cell labels, or null: spaces and full-width colons and brackets do not matter. */
    static Field of(String cell) {
        if (cell == null || cell.isEmpty() || cell.length() > 30) {
            return null;
        }
        String n = unnumbered(normalise(cell));
        Field field = BY_LABEL.get(n);
        var money = MONEY_UNIT_AFTER.matcher(n);
        // "本年度申请市财政预算资金(万元)": the money unit after a label does not change what it labels
        return field == null && money.find() && money.start() > 0 ? BY_LABEL.get(n.substring(0, money.start())) : field;
    }

    private static final java.util.regex.Pattern MONEY_UNIT_AFTER = java.util.regex.Pattern.compile("\\((?:万元|元)\\)$");

    /** "二、自有资金", "3.其他": a 申报表 numbers its fund lines. */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}、|[(]?[一二三四五六七八九十\\d]{1,2}[)]|\\d{1,2}[.、])");

    private static String unnumbered(String n) {
        var m = NUMBERING.matcher(n);
        return m.find() && m.end() < n.length() ? n.substring(m.end()) : n;
    }

    /**
     * A cell that holds labels with their values after them, as a 申报表 prints them in one cell or one PDF line:
     * {@code 年度资金总额：16}, {@code 资金总额: 100 财政拨款: 80 其他: 20}. A label inside the text counts only with
     * its colon; the first may go without one when an amount or a ticked box follows it ({@code 总额10606.7522万元}).
     * Empty when the cell does not start with a label.
     */
    static java.util.List<Labelled> split(String cell) {
        java.util.List<Labelled> out = new java.util.ArrayList<>();
        if (cell == null || cell.isEmpty()) {
            return out;
        }
        String n = unnumbered(normalise(cell));
        int at = 0;
        int depth = 0;
        Field field = null;
        String label = null;
        int valueFrom = 0;
        while (at <= n.length()) {
            // a breakdown in brackets after an amount ("（其中：上级财政资金：…）") belongs to that value
            Match m = at < n.length() && depth == 0 ? labelAt(n, at, at == 0) : null;
            if (m == null && at < n.length()) {
                char c = n.charAt(at);
                depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                at++;
                continue;
            }
            if (field != null) {
                out.add(new Labelled(field, label, n.substring(valueFrom, at).replaceAll("^:+", "")));
            } else if (m != null && at > 0) {
                return java.util.List.of(); // text before the first label: not a labelled cell
            }
            if (m == null) {
                break;
            }
            field = m.field();
            label = m.label();
            at += m.label().length();
            valueFrom = at;
        }
        return out.size() == 1 && out.get(0).value().isEmpty() && !cell.contains(":") && !cell.contains("：")
                ? java.util.List.of() : out;
    }

    /** A label and the value written after it in the same cell (spaces removed). */
    record Labelled(Field field, String label, String value) {
    }

    private record Match(Field field, String label) {
    }

    private static final java.util.regex.Pattern AMOUNT_OR_TICK = java.util.regex.Pattern.compile(
            "^(?:[0-9０-９][0-9０-９.,．]*(?:万元|元)?.*|.*[√☑■✓✔☒].*)$");

    private static Match labelAt(String n, int at, boolean first) {
        Match best = null;
        for (Map.Entry<String, Field> e : BY_LABEL.entrySet()) {
            String l = e.getKey();
            if (!n.startsWith(l, at) || (best != null && best.label().length() >= l.length())) {
                continue;
            }
            int end = at + l.length();
            boolean colon = l.endsWith(":") || (end < n.length() && n.charAt(end) == ':');
            // "总额10606.7522万元", "其中:上级资金16": a label glued to its amount
            boolean bare = (first || l.indexOf(':') > 0) && e.getValue().takesValue && end < n.length()
                    && AMOUNT_OR_TICK.matcher(n.substring(end)).matches();
            if (colon || bare || (first && end == n.length())) {
                best = new Match(e.getValue(), l);
            }
        }
        return best;
    }

    /** A cell that is a label, or starts with a label and its value. */
    static boolean opens(String cell) {
        return of(cell) != null || (cell != null && cell.length() < 400 && !split(cell).isEmpty());
    }

    /** The signatures and review boxes under a table (…审核意见, 填报人, 填报日期): the table ends there. */
    static boolean isFooter(String cell) {
        String n = normalise(cell);
        return n.length() <= 40 && (n.endsWith("审核意见") || n.endsWith("初审意见") || n.endsWith("审批意见") || n.endsWith("意见(盖章)") || n.startsWith("填报人")
                || n.startsWith("填表人") || n.startsWith("审核人") || n.startsWith("单位负责人") || n.startsWith("填报日期")
                // "财政资金管理科室(盖章) 年 月 日": a box for a seal and its date
                || (n.contains("(盖章)") && n.endsWith("年月日")));
    }

    static String normalise(String cell) {
        return Texts.removeSpaces(cell).replace('：', ':').replace('（', '(').replace('）', ')');
    }
}
