package jixiao.importing;

import java.util.HashMap;
import java.util.Map;

/** The labelled fields of a target table, by the label texts published for them. */
enum Field {
    CODE(true), NAME(true), BUDGET(true), FISCAL(true), OTHER(true),
    /** 资金用途: its text follows the label. */
    PURPOSE(true),
    /** 预算规模及资金用途: a merged row label; the purpose comes in the next row. */
    PURPOSE_BLOCK(false),
    PLAN(false), GOAL(true), ATTRIBUTE(true), TERM(true), MANAGING_OFFICE(true), DEPARTMENT(true), UNIT(true),
    /** A published amount the model does not keep (花都's 基本支出, 项目支出, …). */
    NOTED_VALUE(true),
    /** 其他需完成的任务（可选项）: read only to say it was left out when it holds text. */
    OPTIONAL_TASKS(true),
    /** A heading cell of 花都's budget block. */
    NOTED_HEADING(false);

    final boolean takesValue;

    Field(boolean takesValue) {
        this.takesValue = takesValue;
    }

    private static final Map<String, Field> BY_LABEL = new HashMap<>();

    static {
        label(CODE, "项目编码", "项目代码");
        label(NAME, "项目名称");
        label(BUDGET, "预算数", "年度预算数", "项目年度金额", "年度金额", "预算金额", "年度资金总额");
        label(FISCAL, "其中:财政资金", "财政资金", "财政拨款", "其中:财政拨款");
        label(OTHER, "其他资金", "其中:其他资金");
        label(PURPOSE, "资金用途");
        label(PURPOSE_BLOCK, "预算规模及资金用途");
        label(PLAN, "资金支出计划(%)", "资金支出计划", "资金支出进度计划", "资金支出进度计划(%)");
        label(GOAL, "绩效目标", "年度绩效目标", "年度总体绩效目标", "总体绩效目标", "总体目标");
        label(ATTRIBUTE, "项目属性");
        label(TERM, "项目期限");
        label(MANAGING_OFFICE, "项目主管处室", "主管处室");
        label(DEPARTMENT, "主管部门", "部门名称");
        label(UNIT, "实施单位", "单位名称", "预算单位");
        label(NOTED_VALUE, "基本支出", "项目支出", "财政专项资金", "其他事业发展性支出", "区本级使用资金",
                "拟用于对下转移支付资金");
        label(OPTIONAL_TASKS, "其他需完成的任务(可选项)", "其他需完成的任务");
        label(NOTED_HEADING, "预算整体情况", "部门预算支出", "收入来源", "事业发展性支出", "按预算级次划分");
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
        return BY_LABEL.get(normalise(cell));
    }

    static String normalise(String cell) {
        return Texts.removeSpaces(cell).replace('：', ':').replace('（', '(').replace('）', ')');
    }
}
