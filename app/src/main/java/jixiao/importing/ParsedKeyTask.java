package jixiao.importing;

import java.math.BigDecimal;

/**
 * A 年度重点工作任务 or 分项绩效目标 of a department part.
 *
 * @param funds 拟投入的资金 in the table's money unit, null when not stated
 * @param expectedGoal 期望达到的目标, or the 分项绩效目标 text
 */
public record ParsedKeyTask(String name, String content, BigDecimal funds, String expectedGoal) {
}
