package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One printed line of a department target's budget summary, in 元. */
@MappedEntity("department_budget_line")
record DepartmentBudgetLine(@Id @GeneratedValue @Nullable Long id, Long projectId, BudgetLineKind kind, BigDecimal amountYuan) {
}
