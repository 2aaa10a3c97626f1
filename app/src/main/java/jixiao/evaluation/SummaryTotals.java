package jixiao.evaluation;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The total row under a self-evaluation summary (a unit's, a department's or the county's) and its grade
 * distribution: the projects' 全年预算数 and 全年执行数 added up, the 执行率 of the sums (as the sheet computes a
 * project's: executed ÷ budget, in percent, two decimals), and how many projects got each grade. A department
 * target's row (部门整体) is listed but not counted: its money is its projects' plus 基本支出, so adding it would
 * count the projects twice.
 *
 * @param executionRate null when the budgets add up to nothing or no executed amount was given
 * @param gradeCounts   projects per grade, in the order of {@code grades}; the last entry counts the projects
 *                      without a grade (未评, 不计分)
 */
public record SummaryTotals(int projects, BigDecimal budgetYuan, BigDecimal executedYuan, BigDecimal executionRate,
                            List<String> grades, List<Integer> gradeCounts) {


    /** @param grades the rulebook's grade labels, best first */
    static SummaryTotals of(List<EvaluationSummaryRow> rows, List<String> grades) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        boolean anyExecuted = false;
        List<Integer> counts = new ArrayList<>(Collections.nCopies(grades.size() + 1, 0));
        int projects = 0;
        for (EvaluationSummaryRow r : rows) {
            if (r.isDepartment()) {
                continue;
            }
            projects++;
            if (r.budgetYuan() != null) {
                budget = budget.add(r.budgetYuan());
            }
            if (r.executedYuan() != null) {
                executed = executed.add(r.executedYuan());
                anyExecuted = true;
            }
            int column = r.grade() == null ? -1 : grades.indexOf(r.grade());
            int at = column < 0 ? grades.size() : column;
            counts.set(at, counts.get(at) + 1);
        }
        BigDecimal rate = anyExecuted ? ExecutionRate.percent(executed, budget) : null;
        return new SummaryTotals(projects, budget, anyExecuted ? executed : null, rate, List.copyOf(grades),
                List.copyOf(counts));
    }
}
