package jixiao.importing;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.project.BudgetLineKind;
import jixiao.project.BudgetSummary;
import jixiao.project.ProjectInput;
import jixiao.project.ProjectKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a table read from published text into a project input. Where the published table is silent
 * or inconsistent, the choice made is stated as a warning; where no sound choice exists, as an error.
 */
final class TableConversion {

    private TableConversion() {
    }

    /**
     * @param defaultUnitCode the unit the person importing chose for tables that name no unit code
     * @param unitCodeByName  finds a registered unit's code by its exact name
     */
    static ImportCandidate convert(ParsedTable t, int year, String defaultUnitCode, Function<String, Optional<String>> unitCodeByName) {
        String where = t.where();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ImportIssue issue : t.issues()) {
            String text = issue.where() + "：" + issue.message();
            (issue.severity() == Severity.ERROR ? errors : warnings).add(text);
        }
        boolean department = t.kind() == TableKind.DEPARTMENT;

        String unitCode = t.unitCode();
        if (unitCode == null && t.unitName() != null) {
            unitCode = unitCodeByName.apply(t.unitName()).orElse(null);
            if (unitCode != null) {
                warnings.add(Messages.text("import.unitMatchedByName", t.unitName(), unitCode));
            }
        }
        if (unitCode == null && defaultUnitCode != null && !defaultUnitCode.isBlank()) {
            unitCode = defaultUnitCode.strip();
            warnings.add(Messages.text("import.unitChosen", unitCode));
        }
        if (unitCode == null) {
            errors.add(Messages.text("import.unitMissing", where, t.unitName() == null ? "" : t.unitName()));
        }

        String moneyUnit = t.moneyUnit() == null ? "万元" : t.moneyUnit();
        BigDecimal budget = t.budget();
        BigDecimal fiscal = t.fiscalFunds();
        BigDecimal other = t.otherFunds();
        if (budget == null) {
            if (department) {
                budget = BigDecimal.ZERO;
                warnings.add(Messages.text("import.departmentWithoutBudget"));
            } else {
                errors.add(Messages.text("import.budgetMissing", where, t.place()));
            }
        }
        if (budget != null) {
            if (fiscal == null && other == null) {
                fiscal = budget;
                other = BigDecimal.ZERO;
                if (!department || budget.signum() > 0) {
                    warnings.add(Messages.text("import.fundsNotStated", Numbers.plain(budget), moneyUnit));
                }
            } else if (fiscal == null) {
                fiscal = budget.subtract(other);
            } else if (other == null) {
                other = budget.subtract(fiscal);
                if (other.signum() < 0) {
                    errors.add(Messages.text("import.fiscalAboveBudget", where, Numbers.plain(fiscal), Numbers.plain(budget)));
                } else if (other.signum() > 0) {
                    warnings.add(Messages.text("import.otherDerived", Numbers.plain(fiscal), Numbers.plain(budget), Numbers.plain(other)));
                }
            } else if (fiscal.add(other).compareTo(budget) != 0) {
                errors.add(Messages.text("import.fundsDoNotAddUp", where, Numbers.plain(fiscal), Numbers.plain(other), Numbers.plain(budget)));
            }
        }

        if (!department && t.indicators().isEmpty()) {
            warnings.add(Messages.text("import.indicatorsMissing", t.place()));
        }
        List<ProjectInput.PlanPoint> plan = t.spendPlan().stream()
                .map(p -> new ProjectInput.PlanPoint(p.month(), p.percent())).toList();
        List<ProjectInput.IndicatorLine> indicators = new ArrayList<>();
        for (ParsedIndicator i : t.indicators()) {
            if (i.target() == null || i.target().isBlank()) {
                warnings.add(Messages.text("import.indicatorWithoutTarget", i.name() == null ? "" : i.name()));
                continue;
            }
            indicators.add(new ProjectInput.IndicatorLine(null, i.level1(), i.level2(), i.name(), i.description(),
                    i.target(), i.periodTarget(), i.basis(), i.weight()));
        }
        List<ProjectInput.KeyTaskLine> tasks = t.keyTasks().stream()
                .map(k -> new ProjectInput.KeyTaskLine(k.name(), k.content(), k.funds() == null ? null : k.funds().toPlainString(), k.expectedGoal()))
                .toList();
        ProjectInput input = new ProjectInput(year, unitCode, t.unitName(), t.departmentName(),
                (department ? ProjectKind.DEPARTMENT : ProjectKind.PROJECT).name(), t.code(), t.name(), moneyUnit,
                plain(budget), plain(fiscal), plain(other), t.purpose(), t.goal(), t.measures(), t.attribute(), t.term(),
                t.managingOffice(), plan, indicators, tasks, null);
        if (department) {
            input = input.withBudgetSummary(budgetSummary(t));
            warnings.addAll(BudgetSummary.check(input.budgetSummary(), input.budget(), moneyUnit));
        }
        return new ImportCandidate(t.ordinal(), where, department, input, warnings, errors, t.guesses(),
                t.sourceLines(), t.sourceLinesLeftOut());
    }

    /**
     * The department's budget summary as printed; the income side also holds the 财政拨款 and 其他资金 the form gives
     * (花都: 收入来源 财政拨款 / 其他资金), which the target keeps as its fiscal and other funds too.
     */
    private static BudgetSummary budgetSummary(ParsedTable t) {
        Map<BudgetLineKind, String> lines = new EnumMap<>(BudgetLineKind.class);
        t.budgetLines().forEach((k, v) -> lines.put(k, v.toPlainString()));
        if (!lines.isEmpty()) {
            if (t.fiscalFunds() != null) {
                lines.putIfAbsent(BudgetLineKind.GENERAL_BUDGET, t.fiscalFunds().toPlainString());
            }
            if (t.otherFunds() != null) {
                lines.putIfAbsent(BudgetLineKind.OTHER_INCOME, t.otherFunds().toPlainString());
            }
        }
        return lines.isEmpty() ? null : BudgetSummary.of(lines);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
