package jixiao.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Problem;
import jixiao.indicatorvalue.TargetValue;

import java.util.List;

/**
 * What an import understood (dry run) or stored: per table its amounts, plan, indicator tree with
 * each target's parse, and every warning; {@code errors} stop the whole import.
 */
@Serdeable
public record ImportResult(
        List<Table> projects,
        List<Table> departmentTargets,
        List<String> warnings,
        List<Problem> errors,
        boolean stored) {

    public int tableCount() {
        return projects.size() + departmentTargets.size();
    }

    /** Department-level targets first, then projects, as the page lists them. */
    public List<Table> allTables() {
        return java.util.stream.Stream.concat(departmentTargets.stream(), projects.stream()).toList();
    }

    @Serdeable
    public record Table(
            int ordinal,
            String where,
            @Nullable String unitCode,
            @Nullable String unitName,
            @Nullable String code,
            @Nullable String name,
            String moneyUnit,
            @Nullable String budget,
            @Nullable String fiscalFunds,
            @Nullable String otherFunds,
            @Nullable String budgetYuan,
            List<PlanPoint> spendPlan,
            List<Indicator> indicators,
            List<KeyTask> keyTasks,
            List<String> warnings,
            List<String> errors,
            @Nullable Long id,
            @Nullable Boolean created) {

        public int reviewCount() {
            return (int) indicators.stream().filter(i -> i.target().needsReview()).count();
        }
    }

    @Serdeable
    public record PlanPoint(int month, java.math.BigDecimal percent) {
    }

    @Serdeable
    public record Indicator(String level1, String level2, String name, @Nullable String description, TargetValue target,
                            @Nullable String periodTarget, @Nullable String basis) {
    }

    @Serdeable
    public record KeyTask(String name, @Nullable String content, @Nullable String funds, @Nullable String expectedGoal) {
    }
}
