package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A budget project's 绩效目标表 header: budget block, goal and the facts around them. */
@MappedEntity("budget_project")
record BudgetProject(
        @Id @GeneratedValue @Nullable Long id,
        ProjectKind kind,
        Integer fiscalYear,
        Long unitId,
        @Nullable String code,
        String name,
        MoneyUnit moneyUnit,
        BigDecimal budgetYuan,
        BigDecimal fiscalFundsYuan,
        BigDecimal otherFundsYuan,
        @Nullable String purpose,
        @Nullable String goal,
        @Nullable String measures,
        @Nullable String attribute,
        @Nullable String term,
        @Nullable String managingOffice,
        @Version @Nullable Long version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
