package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Messages;
import jixiao.common.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A department target's budget summary (部门预算构成) in the API, each amount a decimal string in the target's money
 * unit; a line the table does not print is null. Stored as {@link DepartmentBudgetLine}s in 元.
 */
@Serdeable
public record BudgetSummary(
        @Nullable String basic,
        @Nullable String personnel,
        @Nullable String publicUse,
        @Nullable String project,
        @Nullable String specialFunds,
        @Nullable String otherDevelopment,
        @Nullable String ownLevel,
        @Nullable String transferDown,
        @Nullable String generalBudget,
        @Nullable String governmentFund,
        @Nullable String specialAccount,
        @Nullable String otherIncome) {

    public @Nullable String get(BudgetLineKind kind) {
        return switch (kind) {
            case BASIC -> basic;
            case PERSONNEL -> personnel;
            case PUBLIC_USE -> publicUse;
            case PROJECT -> project;
            case SPECIAL_FUNDS -> specialFunds;
            case OTHER_DEVELOPMENT -> otherDevelopment;
            case OWN_LEVEL -> ownLevel;
            case TRANSFER_DOWN -> transferDown;
            case GENERAL_BUDGET -> generalBudget;
            case GOVERNMENT_FUND -> governmentFund;
            case SPECIAL_ACCOUNT -> specialAccount;
            case OTHER_INCOME -> otherIncome;
        };
    }

    /** The summary of amounts already written as text (an import, the form), blank lines left out. */
    public static BudgetSummary of(Map<BudgetLineKind, String> lines) {
        return new BudgetSummary(lines.get(BudgetLineKind.BASIC), lines.get(BudgetLineKind.PERSONNEL),
                lines.get(BudgetLineKind.PUBLIC_USE), lines.get(BudgetLineKind.PROJECT),
                lines.get(BudgetLineKind.SPECIAL_FUNDS), lines.get(BudgetLineKind.OTHER_DEVELOPMENT),
                lines.get(BudgetLineKind.OWN_LEVEL), lines.get(BudgetLineKind.TRANSFER_DOWN),
                lines.get(BudgetLineKind.GENERAL_BUDGET), lines.get(BudgetLineKind.GOVERNMENT_FUND),
                lines.get(BudgetLineKind.SPECIAL_ACCOUNT), lines.get(BudgetLineKind.OTHER_INCOME));
    }

    /** Every line the summary gives, in the table's order. */
    public Map<BudgetLineKind, String> lines() {
        Map<BudgetLineKind, String> m = new EnumMap<>(BudgetLineKind.class);
        for (BudgetLineKind k : BudgetLineKind.values()) {
            String v = ProjectRules.text(get(k));
            if (v != null) {
                m.put(k, v);
            }
        }
        return m;
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }

    /** The lines read by the same rules as any amount of a project: a problem names the line. */
    static Map<BudgetLineKind, BigDecimal> accept(@Nullable BudgetSummary summary, ProjectKind kind, MoneyUnit unit,
                                                  List<Problem> problems) {
        Map<BudgetLineKind, BigDecimal> yuan = new EnumMap<>(BudgetLineKind.class);
        if (summary == null || summary.isEmpty()) {
            return yuan;
        }
        if (kind != ProjectKind.DEPARTMENT) {
            problems.add(new Problem("budgetSummary", Messages.text("budgetSummary.onlyDepartment")));
            return yuan;
        }
        summary.lines().forEach((k, text) -> {
            BigDecimal v = ProjectRules.amount(text, false, "budgetSummary." + k.property(),
                    Messages.text("budgetSummary.field", k.label()), unit, problems);
            if (v != null) {
                yuan.put(k, v);
            }
        });
        return yuan;
    }

    /**
     * Where the parts exceed what they are parts of. Published tables sometimes do not add up, so these are
     * warnings (待核对) for a person to check against the table, not refusals.
     */
    public static List<String> check(Map<BudgetLineKind, BigDecimal> yuan, BigDecimal totalYuan, MoneyUnit unit) {
        List<String> warnings = new ArrayList<>();
        if (yuan.isEmpty()) {
            return warnings;
        }
        exceeds(yuan, BudgetLineKind.SPENDING, totalYuan, Messages.text("field.budget"), unit, warnings);
        exceeds(yuan, BudgetLineKind.LEVELS, totalYuan, Messages.text("field.budget"), unit, warnings);
        exceeds(yuan, BudgetLineKind.INCOME, totalYuan, Messages.text("field.budget"), unit, warnings);
        BigDecimal basic = yuan.get(BudgetLineKind.BASIC);
        if (basic != null) {
            exceeds(yuan, BudgetLineKind.BASIC_PARTS, basic, BudgetLineKind.BASIC.label(), unit, warnings);
        }
        return warnings;
    }

    /** {@link #check} of a summary and total written in the target's money unit (unreadable lines are skipped). */
    public static List<String> check(@Nullable BudgetSummary summary, @Nullable String total, String moneyUnit) {
        MoneyUnit unit = MoneyUnit.parse(moneyUnit).orElse(null);
        BigDecimal t = total == null ? null : jixiao.common.Numbers.parse(total);
        if (summary == null || unit == null || t == null) {
            return List.of();
        }
        Map<BudgetLineKind, BigDecimal> yuan = new EnumMap<>(BudgetLineKind.class);
        summary.lines().forEach((k, v) -> {
            BigDecimal n = jixiao.common.Numbers.parse(v);
            if (n != null) {
                yuan.put(k, n.movePointRight(unit == MoneyUnit.WAN_YUAN ? 4 : 0));
            }
        });
        return check(yuan, t.movePointRight(unit == MoneyUnit.WAN_YUAN ? 4 : 0), unit);
    }

    private static void exceeds(Map<BudgetLineKind, BigDecimal> yuan, List<BudgetLineKind> parts, BigDecimal whole,
                                String wholeLabel, MoneyUnit unit, List<String> warnings) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (BudgetLineKind k : parts) {
            BigDecimal v = yuan.get(k);
            if (v != null) {
                sum = sum.add(v);
                names.add(k.label());
            }
        }
        if (!names.isEmpty() && sum.compareTo(whole) > 0) {
            warnings.add(Messages.text("budgetSummary.partsExceed", String.join("、", names),
                    unit.fromYuan(sum).toPlainString(), wholeLabel, unit.fromYuan(whole).toPlainString(), unit.label()));
        }
    }

    /** A line for the pages: the form's field {@code budget_<property>}, its label, its amount or null. */
    public record Row(String property, String label, @Nullable String amount) {
    }

    /** Every line in the table's order, blank ones included (the form offers them all). */
    public static List<Row> rows(@Nullable BudgetSummary summary) {
        List<Row> rows = new ArrayList<>();
        for (BudgetLineKind k : BudgetLineKind.values()) {
            rows.add(new Row(k.property(), k.label(), summary == null ? null : ProjectRules.text(summary.get(k))));
        }
        return rows;
    }

    /** The lines the summary gives, for the target's page. */
    public List<Row> givenRows() {
        return rows(this).stream().filter(r -> r.amount() != null).toList();
    }

    /**
     * The summary a form posted ({@code budget_basic}, …): every line blank clears it; null when the form has no
     * such fields (a project's form), so the stored summary is left alone.
     */
    public static @Nullable BudgetSummary fromForm(java.util.function.Function<String, String> field) {
        if (field.apply("budget_" + BudgetLineKind.BASIC.property()) == null) {
            return null;
        }
        Map<BudgetLineKind, String> lines = new EnumMap<>(BudgetLineKind.class);
        for (BudgetLineKind k : BudgetLineKind.values()) {
            String v = ProjectRules.text(field.apply("budget_" + k.property()));
            if (v != null) {
                lines.put(k, v);
            }
        }
        return of(lines);
    }

    /** Stored lines (元) shown in the target's money unit. */
    static BudgetSummary shown(List<DepartmentBudgetLine> lines, MoneyUnit unit) {
        Map<BudgetLineKind, String> m = new EnumMap<>(BudgetLineKind.class);
        lines.forEach(l -> m.put(l.kind(), unit.fromYuan(l.amountYuan()).toPlainString()));
        return of(m);
    }
}
