package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.TargetValue;
import jixiao.project.ProjectDetails;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts a project's 自评表 together: the saved entries where there are any, otherwise what the year's reports
 * suggest, scored by the engine. The one place a sheet is built, so every view of it shows the same scores.
 */
final class SelfEvaluationSheets {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SelfEvaluationSheets() {
    }

    /**
     * @param saved   the saved sheet, null when there is none
     * @param lines   the saved sheet's indicator entries
     * @param figures what the reports of the project's year say
     */
    static SelfEvaluationView assemble(ScoringEngine engine, ProjectDetails project, SelfEvaluation saved,
                                       List<SelfEvaluationLine> lines, YearEndFigures figures, boolean editable) {
        MoneyBlock money = saved != null ? saved.money() : MoneyBlock.prefilled(new BigDecimal(project.fiscalFundsYuan()),
                new BigDecimal(project.otherFundsYuan()), figures.adjustedBudgetYuan(), figures.spentYuan());
        MoneyBlock.Amounts total = money.total();
        Map<Long, SelfEvaluationLine> byIndicator = lines.stream()
                .collect(Collectors.toMap(SelfEvaluationLine::indicatorId, Function.identity()));

        List<IndicatorInput> inputs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (ProjectDetails.IndicatorView indicator : project.indicators()) {
            TargetValue target = indicator.targetValue();
            SelfEvaluationLine line = byIndicator.get(indicator.id());
            if (line != null) {
                inputs.add(new IndicatorInput(indicator.level1(), indicator.level2(), indicator.name(), target,
                        line.actualValue(), line.grade(), line.evaluatorScore(), indicator.weight(), line.deviationReason()));
                sources.add(null);
                continue;
            }
            YearEndFigures.Actual reported = figures.actual(indicator.id());
            boolean quantitative = target.isQuantitative();
            inputs.add(new IndicatorInput(indicator.level1(), indicator.level2(), indicator.name(), target,
                    quantitative ? reported.value() : null, quantitative ? null : reported.grade(), null,
                    indicator.weight(), null));
            sources.add(quantitative ? reported.valueSource() : reported.gradeSource());
        }
        ScoreSheet sheet = engine.score(new ScoringInput(total.fullYear(), total.executed(), inputs));

        List<SelfEvaluationView.IndicatorRow> rows = new ArrayList<>();
        for (IndicatorScore scored : sheet.indicators()) {
            int i = scored.index();
            ProjectDetails.IndicatorView indicator = project.indicators().get(i);
            IndicatorInput input = inputs.get(i);
            SelfEvaluationLine line = byIndicator.get(indicator.id());
            rows.add(new SelfEvaluationView.IndicatorRow(i, indicator.id(), indicator.level1(), indicator.level2(),
                    indicator.name(), indicator.target(), indicator.targetValue().kind().name(),
                    indicator.targetValue().unit(), Numbers.normalized(input.actual()), line == null ? null : line.actualText(),
                    input.grade() == null ? null : input.grade().name(),
                    input.grade() == null ? null : input.grade().label(), Numbers.normalized(input.evaluatorScore()),
                    input.deviationReason(),
                    scored.weight(), scored.score(), scored.fullMarks(), scored.explanation(), scored.deviation(),
                    sources.get(i)));
        }

        BigDecimal executionWeight = engine.rulebook().executionWeight();
        List<SelfEvaluationView.MoneyRow> moneyRows = List.of(
                new SelfEvaluationView.MoneyRow("TOTAL", Messages.text("evaluation.money.TOTAL"), total.initial(),
                        total.fullYear(), total.executed(), sheet.executionRate(), executionWeight, sheet.executionScore()),
                moneyRow("FISCAL", money.fiscal()),
                moneyRow("CARRYOVER", money.carryover()),
                moneyRow("OTHER", money.other()));

        EvaluationStatus status = saved == null ? EvaluationStatus.NOT_STARTED : saved.status();
        return new SelfEvaluationView(project.id(), project.year(), project.unitCode(), project.unitName(),
                project.departmentName(), project.code(), project.name(), project.moneyUnit(),
                saved == null ? null : saved.id(), saved == null ? null : saved.version(), status.name(), status.label(),
                editable, moneyRows, total.fullYear(), total.executed(), project.goal(),
                saved == null ? null : saved.achievement(), sheet.executionRate(), executionWeight, sheet.executionScore(),
                sheet.executionExplanation(), rows, sheet.indicatorTotal(), sheet.total(), sheet.totalExplanation(),
                sheet.grade(), sheet.notes(), sheet.problems(), saved == null ? prefillNotes(figures) : List.of(),
                saved == null ? null : saved.comment(), saved == null ? null : saved.submittedAt(),
                saved == null ? null : saved.submittedBy(), saved == null ? null : saved.reviewedAt(),
                saved == null ? null : saved.reviewedBy());
    }

    private static SelfEvaluationView.MoneyRow moneyRow(String source, MoneyBlock.Amounts amounts) {
        return new SelfEvaluationView.MoneyRow(source, Messages.text("evaluation.money." + source), amounts.initial(),
                amounts.fullYear(), amounts.executed(), rate(amounts.executed(), amounts.fullYear()), null, null);
    }

    /** 执行率 of a row, in percent to 0.01, as the engine computes it for the total. */
    static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() <= 0) {
            return null;
        }
        return Numbers.round2(executed.divide(budget, MathContext.DECIMAL128).multiply(HUNDRED));
    }

    private static List<String> prefillNotes(YearEndFigures figures) {
        return List.of(
                figures.budgetSource() == null ? Messages.text("evaluation.prefill.budgetFromTargets")
                        : Messages.text("evaluation.prefill.budgetFromReport", figures.budgetSource()),
                figures.spendSource() == null ? Messages.text("evaluation.prefill.noSpend")
                        : Messages.text("evaluation.prefill.spendFromReport", figures.spendSource()),
                Messages.text("evaluation.prefill.confirm"));
    }
}
