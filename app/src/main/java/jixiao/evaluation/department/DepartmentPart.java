package jixiao.evaluation.department;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a 部门整体支出绩效自评表 (DepartmentSelfEvaluation, 部门整体支出绩效自评) holds beyond a project's sheet: the
 * 年度重点工作任务 with their planned and executed funds and how far each was completed, and the department's
 * projects with their money and results as their own 自评表 give them (the sheet's 项目支出 row is their sum).
 * Amounts in 元.
 *
 * @param keyTasks the target's tasks in table order, with what the evaluator entered for each
 * @param projects the department's projects of the year, in the order of the project list
 * @param notes    checks for a person (the budget summary's 项目支出 differs from the projects' sum …), in Chinese
 */
@Serdeable
public record DepartmentPart(List<KeyTaskRow> keyTasks, List<ProjectLine> projects, List<String> notes) {

    /**
     * A 年度重点工作任务.
     *
     * @param position     1-based, the task's place in the target table
     * @param plannedYuan  拟投入资金 from the target table
     * @param executedYuan 实际执行资金 the evaluator entered
     * @param rate         执行率 of the task's funds, percent to 0.01
     * @param completion   完成情况 in words
     * @param grade        ACHIEVED / PARTIAL / NOT_ACHIEVED, the judgement of the completion
     */
    @Serdeable
    public record KeyTaskRow(int position, String name, @Nullable String content, @Nullable String expectedGoal,
                             @Nullable BigDecimal plannedYuan, @Nullable BigDecimal executedYuan,
                             @Nullable BigDecimal rate, @Nullable String completion, @Nullable String grade,
                             @Nullable String gradeLabel) {
    }

    /**
     * A project of the department, its figures exactly as its 自评表 shows them.
     *
     * @param total null while nobody evaluated the project (a pre-filled sheet is not a score) or its weights do
     *              not add up
     */
    @Serdeable
    public record ProjectLine(long projectId, @Nullable String code, String name, String unitCode, String unitName,
                              @Nullable BigDecimal initialYuan, @Nullable BigDecimal fullYearYuan,
                              @Nullable BigDecimal executedYuan, @Nullable BigDecimal rate, @Nullable BigDecimal total,
                              @Nullable String grade, String status, String statusLabel) {
    }
}
