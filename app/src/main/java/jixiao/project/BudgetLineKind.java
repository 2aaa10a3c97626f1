package jixiao.project;

import java.util.List;

/**
 * A line of a department's budget summary as the 部门整体（支出）绩效目标表 prints it: how the year's money is spent
 * (基本支出 with its 人员经费 / 公用经费, 项目支出, the 事业发展性支出), at which level (本级 / 对下转移支付), and where it
 * comes from (the income sources). {@code property} is the field's name in the API's {@code budgetSummary}.
 */
public enum BudgetLineKind {
    BASIC("basic"),
    PERSONNEL("personnel"),
    PUBLIC_USE("publicUse"),
    PROJECT("project"),
    SPECIAL_FUNDS("specialFunds"),
    OTHER_DEVELOPMENT("otherDevelopment"),
    OWN_LEVEL("ownLevel"),
    TRANSFER_DOWN("transferDown"),
    GENERAL_BUDGET("generalBudget"),
    GOVERNMENT_FUND("governmentFund"),
    SPECIAL_ACCOUNT("specialAccount"),
    OTHER_INCOME("otherIncome");

    /** The spending side: together at most the year's total (花都: 基本 + 项目 + 财政专项 + 其他事业发展性 = 总额). */
    static final List<BudgetLineKind> SPENDING = List.of(BASIC, PROJECT, SPECIAL_FUNDS, OTHER_DEVELOPMENT);
    /** 人员经费 and 公用经费 are the two parts of 基本支出. */
    static final List<BudgetLineKind> BASIC_PARTS = List.of(PERSONNEL, PUBLIC_USE);
    static final List<BudgetLineKind> LEVELS = List.of(OWN_LEVEL, TRANSFER_DOWN);
    static final List<BudgetLineKind> INCOME = List.of(GENERAL_BUDGET, GOVERNMENT_FUND, SPECIAL_ACCOUNT, OTHER_INCOME);

    private final String property;

    BudgetLineKind(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    /** The line's name as the form and the messages print it. */
    public String label() {
        return jixiao.common.Messages.text("budgetLine." + property);
    }
}
