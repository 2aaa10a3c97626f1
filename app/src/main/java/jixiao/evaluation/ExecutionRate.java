package jixiao.evaluation;

import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/** 执行率 as every self-evaluation figure prints it: executed ÷ budget in percent, rounded once to 0.01. */
public final class ExecutionRate {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ExecutionRate() {
    }

    /** Null when either amount is blank or the budget is not positive (no rate can be read from it). */
    public static BigDecimal percent(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() <= 0) {
            return null;
        }
        return Numbers.round2(executed.divide(budget, MathContext.DECIMAL128).multiply(HUNDRED));
    }
}
