package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jixiao.evaluation.department.DepartmentPart;

import java.math.BigDecimal;

/** A project of a department as its approved 部门整体支出绩效自评表 recorded it (see V16). */
@MappedEntity("self_evaluation_department_project")
record FrozenProjectLine(
        @Id @GeneratedValue @Nullable Long id,
        Long evaluationId,
        Integer position,
        Long projectId,
        @Nullable String code,
        String name,
        String unitCode,
        String unitName,
        @Nullable BigDecimal initialYuan,
        @Nullable BigDecimal fullYearYuan,
        @Nullable BigDecimal executedYuan,
        @Nullable BigDecimal total,
        @Nullable String grade,
        String status) {

    static FrozenProjectLine of(long evaluationId, int position, DepartmentPart.ProjectLine line) {
        return new FrozenProjectLine(null, evaluationId, position, line.projectId(), line.code(), line.name(),
                line.unitCode(), line.unitName(), line.initialYuan(), line.fullYearYuan(), line.executedYuan(),
                line.total(), line.grade(), line.status());
    }

    DepartmentPart.ProjectLine line() {
        return new DepartmentPart.ProjectLine(projectId, code, name, unitCode, unitName, initialYuan, fullYearYuan,
                executedYuan, ExecutionRate.percent(executedYuan, fullYearYuan), total, grade, status,
                EvaluationStatus.valueOf(status).label());
    }
}
