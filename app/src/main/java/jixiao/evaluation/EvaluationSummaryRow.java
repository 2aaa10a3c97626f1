package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Messages;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectKind;

import java.math.BigDecimal;

/**
 * One project in the self-evaluation summary of a unit or department: 全年预算数, 全年执行数, 执行率, 得分 and
 * 等级 exactly as its sheet shows them.
 *
 * @param total the sheet's 总分; null when nobody has evaluated the project yet (status NOT_STARTED: a
 *              pre-filled sheet is a suggestion, not a score) or when its weights do not add up
 * @param grade the sheet's 等级; null whenever {@code total} is
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
        @Nullable BigDecimal total,
        @Nullable String grade,
        String status,
        String statusLabel,
        int problemCount,
        String kind) {

    /** A department target's row (部门整体): its money holds its projects', so totals must not add it again. */
    public boolean isDepartment() {
        return ProjectKind.DEPARTMENT.name().equals(kind);
    }

    static EvaluationSummaryRow of(ProjectDetails project, SelfEvaluationView sheet) {
        boolean evaluated = !EvaluationStatus.NOT_STARTED.name().equals(sheet.status());
        return new EvaluationSummaryRow(project.id(), project.year(), project.unitCode(), project.unitName(),
                project.departmentName(), project.code(), project.name(), sheet.budgetYuan(), sheet.executedYuan(),
                sheet.executionRate(), evaluated ? sheet.total() : null, evaluated ? sheet.grade() : null,
                sheet.status(), sheet.statusLabel(), sheet.problems().size(), project.kind());
    }

    /** 得分 as the page and the workbook write it: the total, else why there is none (未评, 不计分). */
    public String scoreText() {
        return total != null ? total.toPlainString() : noScore();
    }

    /** 等级 as the page and the workbook write it. */
    public String gradeText() {
        return grade != null ? grade : noScore();
    }

    private String noScore() {
        return Messages.text(EvaluationStatus.NOT_STARTED.name().equals(status)
                ? "evaluation.summary.notEvaluated" : "evaluation.summary.noTotal");
    }
}
