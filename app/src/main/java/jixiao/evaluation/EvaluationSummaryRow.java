package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.project.ProjectDetails;

import java.math.BigDecimal;

/**
 * One project in the self-evaluation summary of a unit or department: 全年预算数, 全年执行数, 执行率, 得分 and
 * 等级 exactly as its sheet shows them.
 */
@Serdeable
public record EvaluationSummaryRow(
        long projectId,
        int year,
        String unitCode,
        String unitName,
        @Nullable String departmentName,
        @Nullable String projectCode,
        String projectName,
        @Nullable BigDecimal budgetYuan,
        @Nullable BigDecimal executedYuan,
        @Nullable BigDecimal executionRate,
        BigDecimal total,
        String grade,
        String status,
        String statusLabel,
        int problemCount) {

    static EvaluationSummaryRow of(ProjectDetails project, SelfEvaluationView sheet) {
        return new EvaluationSummaryRow(project.id(), project.year(), project.unitCode(), project.unitName(),
                project.departmentName(), project.code(), project.name(), sheet.budgetYuan(), sheet.executedYuan(),
                sheet.executionRate(), sheet.total(), sheet.grade(), sheet.status(), sheet.statusLabel(),
                sheet.problems().size());
    }
}
