package jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The money block of the 项目支出绩效自评表: 年初预算数, 全年预算数 and 全年执行数 by source, in 元. A null
 * amount was left blank; the total row adds what is there and is blank only where every source is.
 *
 * @param fiscal    当年财政拨款
 * @param carryover 上年结转资金
 * @param other     其他资金
 */
public record MoneyBlock(Amounts fiscal, Amounts carryover, Amounts other) {

    /** One row of the block. */
    public record Amounts(BigDecimal initial, BigDecimal fullYear, BigDecimal executed) {

        public static final Amounts BLANK = new Amounts(null, null, null);

        /** Rows added column by column, as the total row adds the sources: blank only where every row is. */
        public static Amounts sum(List<Amounts> rows) {
            return new Amounts(MoneyBlock.sum(rows.stream().map(Amounts::initial).toArray(BigDecimal[]::new)),
                    MoneyBlock.sum(rows.stream().map(Amounts::fullYear).toArray(BigDecimal[]::new)),
                    MoneyBlock.sum(rows.stream().map(Amounts::executed).toArray(BigDecimal[]::new)));
        }
    }

    /** 年度资金总额. */
    public Amounts total() {
        return Amounts.sum(List.of(fiscal, carryover, other));
    }

    /**
     * The block as the year's data suggest it, for the evaluator to confirm or correct.
     *
     * <p>年初预算数 is the target table's: 财政资金 and 其他资金, no 上年结转 (the table does not state one). A
     * budget adjusted during the year changes 财政拨款, which is where adjustments usually come from; a cut
     * larger than the fiscal funds takes the rest from 其他资金. The spend reported for the year is attributed
     * to 财政拨款 up to its full-year budget and the rest to 其他资金.
     *
     * @param adjustedBudget 调整后预算 from the reports; null when the budget was not adjusted
     * @param spent          cumulative spend reported for the year; null when nothing was reported
     */
    public static MoneyBlock prefilled(BigDecimal fiscalFunds, BigDecimal otherFunds, BigDecimal adjustedBudget,
                                       BigDecimal spent) {
        BigDecimal initialTotal = fiscalFunds.add(otherFunds);
        BigDecimal budget = adjustedBudget == null ? initialTotal : adjustedBudget;
        BigDecimal fiscalFullYear = fiscalFunds.add(budget.subtract(initialTotal)).max(BigDecimal.ZERO);
        BigDecimal otherFullYear = budget.subtract(fiscalFullYear);
        BigDecimal fiscalExecuted = spent == null ? null : spent.min(fiscalFullYear);
        BigDecimal otherExecuted = spent == null ? null : spent.subtract(fiscalExecuted);
        return new MoneyBlock(new Amounts(fiscalFunds, fiscalFullYear, fiscalExecuted),
                new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, spent == null ? null : BigDecimal.ZERO),
                new Amounts(otherFunds, otherFullYear, otherExecuted));
    }

    private static BigDecimal sum(BigDecimal... amounts) {
        return Stream.of(amounts).filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }
}
