package jixiao.project;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project as stored, in the shape of the JSON API: amounts as decimal strings in the published
 * money unit, plus {@code budgetYuan}; each indicator with its parsed target.
 */
@Serdeable
@Introspected
public record ProjectDetails(
        Long id,
        Long version,
        String kind,
        Integer year,
        Long unitId,
        String unitCode,
        String unitName,
        @Nullable String departmentName,
        @Nullable String code,
        String name,
        String moneyUnit,
        String budget,
        String fiscalFunds,
        String otherFunds,
        String budgetYuan,
        String fiscalFundsYuan,
        String otherFundsYuan,
        @Nullable String purpose,
        @Nullable String goal,
        @Nullable String measures,
        @Nullable String attribute,
        @Nullable String term,
        @Nullable String managingOffice,
        List<PlanPointView> spendPlan,
        List<IndicatorView> indicators,
        List<KeyTaskView> keyTasks,
        List<String> warnings,
        List<GuessView> guesses,
        @Nullable BudgetSummary budgetSummary) {

    @Serdeable
    public record PlanPointView(int month, BigDecimal percent) {
    }

    @Serdeable
    public record IndicatorView(
            Long id,
            int position,
            String level1,
            String level2,
            String name,
            @Nullable String description,
            String target,
            @Nullable String periodTarget,
            @Nullable String basis,
            @Nullable BigDecimal weight,
            TargetValue targetValue) {

        /** How the target was read, for the page: {@code ≥ 6 次}. */
        public String parsed() {
            TargetValue t = targetValue;
            if (!t.isQuantitative()) {
                return "";
            }
            return ((t.comparator() == null ? "" : t.comparator().symbol() + " ") + Numbers.plain(t.value())
                    + (t.unit() == null ? "" : " " + t.unit())).strip();
        }
    }

    @Serdeable
    public record KeyTaskView(String name, @Nullable String content, @Nullable String funds, @Nullable String expectedGoal) {
    }

    /** The guesses not yet confirmed or corrected (待核对), the indicators' target readings included. */
    public List<GuessView> openGuesses() {
        return guesses.stream().filter(g -> !g.confirmed()).toList();
    }

    /** Whether the field (a {@link GuessedField} name) has an open guess. */
    public boolean toCheck(String field) {
        return guesses.stream().anyMatch(g -> !g.confirmed() && g.field().equals(field) && g.indicatorId() == null);
    }

    /** The spend plan was guessed by an import and nobody has confirmed it yet. */
    public boolean planUnconfirmed() {
        return guesses.stream().anyMatch(g -> !g.confirmed() && GuessedField.SPEND_PLAN.name().equals(g.field()));
    }

    public BigDecimal budgetAmountYuan() {
        return new BigDecimal(budgetYuan);
    }

    /**
     * The project as an input again: what the edit form starts from and what an export writes.
     * Indicators keep their ids and the version is the stored one, so saving it back changes nothing.
     */
    public ProjectInput toInput() {
        return new ProjectInput(year, unitCode, unitName, departmentName, kind, code, name, moneyUnit, budget, fiscalFunds,
                otherFunds, purpose, goal, measures, attribute, term, managingOffice,
                spendPlan.stream().map(s -> new ProjectInput.PlanPoint(s.month(), s.percent())).toList(),
                indicators.stream().map(i -> new ProjectInput.IndicatorLine(i.id(), i.level1(), i.level2(), i.name(),
                        i.description(), i.target(), i.periodTarget(), i.basis(),
                        i.weight() == null ? null : Numbers.plain(i.weight()))).toList(),
                keyTasks.stream().map(k -> new ProjectInput.KeyTaskLine(k.name(), k.content(), k.funds(), k.expectedGoal())).toList(),
                version, budgetSummary);
    }

    /** The 资金支出计划 as the monitoring and reporting rules use it. */
    public SpendPlan plan() {
        return new SpendPlan(spendPlan.stream().map(p -> new SpendPlan.Checkpoint(p.month(), p.percent())).toList());
    }
}
