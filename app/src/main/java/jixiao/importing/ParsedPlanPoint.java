package jixiao.importing;

import java.math.BigDecimal;

/** One checkpoint of a 资金支出计划: cumulative percent of the budget spent by the end of {@code month}. */
public record ParsedPlanPoint(int month, BigDecimal percent) {
}
