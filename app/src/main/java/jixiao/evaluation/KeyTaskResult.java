package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jixiao.evaluation.department.DepartmentSheet;
import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;

/** The evaluator's entries for one 年度重点工作任务 of a department's saved self-evaluation. */
@MappedEntity("self_evaluation_key_task")
record KeyTaskResult(
        @Id @GeneratedValue @Nullable Long id,
        Long evaluationId,
        Integer position,
        String name,
        @Nullable BigDecimal executedYuan,
        @Nullable String completion,
        @Nullable Grade grade) {

    DepartmentSheet.TaskResult result() {
        return new DepartmentSheet.TaskResult(position, name, executedYuan, completion, grade);
    }
}
