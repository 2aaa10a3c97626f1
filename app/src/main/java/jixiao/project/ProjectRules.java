package jixiao.project;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.common.TextLimit;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a project must satisfy to be stored. Every problem names the field in Chinese; the input is
 * refused as a whole when there is any. Target-quality concerns that do not block storing (a
 * missing 满意度指标, a percentage above 100%…) are {@link TargetQualityChecks}, not here.
 */
public final class ProjectRules {

    /** The fiscal years the registry, the reporting periods and monitoring take: one range for all three. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2199;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,64}");

    private ProjectRules() {
    }

    /** The accepted draft, or every problem found. */
    static Result check(ProjectInput in) {
        List<Problem> problems = new ArrayList<>();
        Integer year = in.year();
        if (year == null) {
            problems.add(new Problem("year", Messages.text("project.yearRequired")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new Problem("year", Messages.text("project.yearRange", year, MIN_YEAR, MAX_YEAR)));
        }
        String unitCode = text(in.unitCode());
        if (unitCode == null) {
            problems.add(new Problem("unitCode", Messages.text("project.unitCodeRequired")));
        }
        ProjectKind kind = ProjectKind.PROJECT;
        if (text(in.kind()) != null) {
            try {
                kind = ProjectKind.valueOf(text(in.kind()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("kind", Messages.text("project.kindInvalid", in.kind())));
            }
        }
        String name = text(in.name());
        if (name == null) {
            problems.add(new Problem("name", Messages.text("project.nameRequired")));
        } else {
            TextLimit.PROJECT_NAME.check(name, "name", Messages.text("field.name"), problems);
        }
        TextLimit.UNIT_NAME.check(text(in.unitName()), "unitName", Messages.text("field.unitName"), problems);
        TextLimit.DEPARTMENT_NAME.check(text(in.departmentName()), "departmentName", Messages.text("field.departmentName"), problems);
        TextLimit.PURPOSE.check(text(in.purpose()), "purpose", Messages.text("field.purpose"), problems);
        TextLimit.GOAL.check(text(in.goal()), "goal", Messages.text("field.goal"), problems);
        TextLimit.MEASURES.check(text(in.measures()), "measures", Messages.text("field.measures"), problems);
        TextLimit.ATTRIBUTE.check(text(in.attribute()), "attribute", Messages.text("field.attribute"), problems);
        TextLimit.TERM.check(text(in.term()), "term", Messages.text("field.term"), problems);
        TextLimit.MANAGING_OFFICE.check(text(in.managingOffice()), "managingOffice", Messages.text("field.managingOffice"), problems);
        String code = text(in.code());
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(new Problem("code", Messages.text("project.codeInvalid", code)));
        }
        MoneyUnit moneyUnit = MoneyUnit.WAN_YUAN;
        if (text(in.moneyUnit()) != null) {
            Optional<MoneyUnit> parsed = MoneyUnit.parse(in.moneyUnit());
            if (parsed.isEmpty()) {
                problems.add(new Problem("moneyUnit", Messages.text("project.moneyUnitInvalid", in.moneyUnit())));
            } else {
                moneyUnit = parsed.get();
            }
        }

        BigDecimal budget = amount(in.budget(), true, "budget", Messages.text("field.budget"), moneyUnit, problems);
        BigDecimal other = amount(in.otherFunds(), false, "otherFunds", Messages.text("field.otherFunds"), moneyUnit, problems);
        BigDecimal fiscal = amount(in.fiscalFunds(), false, "fiscalFunds", Messages.text("field.fiscalFunds"), moneyUnit, problems);
        if (other == null) {
            other = BigDecimal.ZERO.setScale(2);
        }
        if (fiscal == null && budget != null) {
            fiscal = budget.subtract(other);
        }
        if (budget != null && fiscal != null && fiscal.add(other).compareTo(budget) != 0) {
            problems.add(new Problem("fiscalFunds", Messages.text("project.fundsDoNotAddUp",
                    moneyUnit.fromYuan(fiscal), moneyUnit.fromYuan(other), moneyUnit.fromYuan(budget), moneyUnit.label())));
        }

        SpendPlan plan = plan(in.spendPlan(), problems);
        List<ProjectDraft.IndicatorDraft> indicators = indicators(in.indicators(), problems);
        List<ProjectDraft.KeyTaskDraft> keyTasks = keyTasks(in.keyTasks(), moneyUnit, problems);
        java.util.Map<BudgetLineKind, BigDecimal> budgetLines = BudgetSummary.accept(in.budgetSummary(), kind, moneyUnit, problems);

        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new ProjectDraft(year, unitCode, text(in.unitName()), text(in.departmentName()), kind, code, name,
                moneyUnit, budget, fiscal, other, text(in.purpose()), text(in.goal()), text(in.measures()),
                text(in.attribute()), text(in.term()), text(in.managingOffice()), plan, indicators, keyTasks, budgetLines), List.of());
    }

    record Result(ProjectDraft draft, List<Problem> problems) {
        boolean accepted() {
            return draft != null;
        }
    }

    private static SpendPlan plan(List<ProjectInput.PlanPoint> points, List<Problem> problems) {
        if (points == null || points.isEmpty()) {
            return SpendPlan.none();
        }
        List<SpendPlan.Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ProjectInput.PlanPoint p = points.get(i);
            if (p == null || p.percent() == null) {
                continue; // a blank checkpoint: no plan for that month
            }
            if (p.month() == null) {
                problems.add(new Problem("spendPlan[" + i + "].month", Messages.text("project.planMonthRequired", i + 1)));
                continue;
            }
            checkpoints.add(new SpendPlan.Checkpoint(p.month(), p.percent()));
        }
        SpendPlan plan = new SpendPlan(checkpoints);
        for (SpendPlan.PlanProblem problem : plan.problems()) {
            problems.add(new Problem(problem.month() == null ? "spendPlan" : "spendPlan." + problem.month(), problem.message()));
        }
        return plan;
    }

    private static List<ProjectDraft.IndicatorDraft> indicators(List<ProjectInput.IndicatorLine> lines, List<Problem> problems) {
        List<ProjectDraft.IndicatorDraft> drafts = new ArrayList<>();
        if (lines == null) {
            return drafts;
        }
        for (int i = 0; i < lines.size(); i++) {
            ProjectInput.IndicatorLine line = lines.get(i);
            String field = "indicators[" + i + "]";
            int row = i + 1;
            if (line == null || isBlankLine(line)) {
                continue;
            }
            Optional<String> level1 = IndicatorLevels.level1(line.level1());
            String level2 = IndicatorLevels.level2(line.level2());
            if (text(line.level1()) == null) {
                problems.add(new Problem(field + ".level1", Messages.text("project.level1Required", row)));
            } else if (level1.isEmpty()) {
                problems.add(new Problem(field + ".level1", Messages.text("project.level1Unknown", row, line.level1())));
            }
            if (level2.isEmpty()) {
                problems.add(new Problem(field + ".level2", Messages.text("project.level2Required", row)));
            } else {
                TextLimit.INDICATOR_LEVEL2.check(level2, field + ".level2", indicatorField(row, "field.level2"), problems);
            }
            String name = text(line.name());
            if (name == null) {
                problems.add(new Problem(field + ".name", Messages.text("project.indicatorNameRequired", row)));
            } else {
                TextLimit.INDICATOR_NAME.check(name, field + ".name", indicatorField(row, "field.level3"), problems);
            }
            String target = text(line.target());
            if (target == null) {
                problems.add(new Problem(field + ".target", Messages.text("project.targetRequired", row, name == null ? "" : name)));
            } else {
                TextLimit.INDICATOR_TARGET.check(target, field + ".target", indicatorField(row, "field.target"), problems);
            }
            TextLimit.INDICATOR_DESCRIPTION.check(text(line.description()), field + ".description",
                    indicatorField(row, "field.description"), problems);
            TextLimit.INDICATOR_PERIOD_TARGET.check(text(line.periodTarget()), field + ".periodTarget",
                    indicatorField(row, "field.periodTarget"), problems);
            TextLimit.INDICATOR_BASIS.check(text(line.basis()), field + ".basis", indicatorField(row, "field.basis"), problems);
            BigDecimal weight = null;
            String weightText = text(line.weight());
            if (weightText != null) {
                weight = Numbers.parse(weightText);
                if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(new Problem(field + ".weight", Messages.text("project.weightInvalid", row, weightText)));
                    weight = null;
                }
            }
            if (level1.isPresent() && !level2.isEmpty() && name != null && target != null) {
                TargetValue parsed = IndicatorValueParser.parse(target, IndicatorLevels.isCost(level1.get(), level2));
                drafts.add(new ProjectDraft.IndicatorDraft(line.id(), level1.get(), level2, name, text(line.description()),
                        parsed, text(line.periodTarget()), text(line.basis()), weight));
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!keys.add(drafts.get(i).key())) {
                problems.add(new Problem("indicators", Messages.text("project.indicatorDuplicate", drafts.get(i).name())));
            }
        }
        return drafts;
    }

    private static List<ProjectDraft.KeyTaskDraft> keyTasks(List<ProjectInput.KeyTaskLine> lines, MoneyUnit unit, List<Problem> problems) {
        List<ProjectDraft.KeyTaskDraft> drafts = new ArrayList<>();
        if (lines == null) {
            return drafts;
        }
        for (int i = 0; i < lines.size(); i++) {
            ProjectInput.KeyTaskLine line = lines.get(i);
            if (line == null || text(line.name()) == null) {
                continue;
            }
            String field = "keyTasks[" + i + "]";
            TextLimit.KEY_TASK_NAME.check(text(line.name()), field + ".name", keyTaskField(i + 1, "field.keyTaskName"), problems);
            TextLimit.KEY_TASK_CONTENT.check(text(line.content()), field + ".content", keyTaskField(i + 1, "field.keyTaskContent"), problems);
            TextLimit.KEY_TASK_EXPECTED_GOAL.check(text(line.expectedGoal()), field + ".expectedGoal",
                    keyTaskField(i + 1, "field.keyTaskExpectedGoal"), problems);
            BigDecimal funds = amount(line.funds(), false, "keyTasks[" + i + "].funds",
                    Messages.text("field.keyTaskFunds", line.name()), unit, problems);
            drafts.add(new ProjectDraft.KeyTaskDraft(text(line.name()), text(line.content()), funds, text(line.expectedGoal())));
        }
        return drafts;
    }

    /** An amount in {@code unit} converted to 元; null when blank and not required (or refused: see problems). */
    public static BigDecimal amount(String text, boolean required, String field, String label, MoneyUnit unit, List<Problem> problems) {
        String t = text(text);
        if (t == null) {
            if (required) {
                problems.add(new Problem(field, Messages.text("project.amountRequired", label)));
            }
            return null;
        }
        BigDecimal value = Numbers.parse(t);
        if (value == null) {
            problems.add(new Problem(field, Messages.text("project.amountNotNumber", label, t)));
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new Problem(field, Messages.text("project.amountNegative", label, t)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > unit.maxDecimals()) {
            problems.add(new Problem(field, Messages.text("project.amountTooPrecise", label, t, unit.maxDecimals(), unit.label())));
            return null;
        }
        if (value.compareTo(new BigDecimal("1E14")) >= 0) {
            problems.add(new Problem(field, Messages.text("project.amountTooLarge", label, t)));
            return null;
        }
        return unit.toYuan(value);
    }

    private static String indicatorField(int row, String labelKey) {
        return Messages.text("field.ofIndicator", row, Messages.text(labelKey));
    }

    private static String keyTaskField(int row, String labelKey) {
        return Messages.text("field.ofKeyTask", row, Messages.text(labelKey));
    }

    private static boolean isBlankLine(ProjectInput.IndicatorLine l) {
        return text(l.level1()) == null && text(l.level2()) == null && text(l.name()) == null
                && text(l.description()) == null && text(l.target()) == null && text(l.basis()) == null
                && text(l.weight()) == null && text(l.periodTarget()) == null;
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
