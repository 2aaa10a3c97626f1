package jixiao.evaluation;

import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;
import jixiao.project.IndicatorLevels;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a what-if sheet: the 指标值 texts are read as the target registry reads them, the entries are checked
 * as a saved sheet's are, and the engine does the rest. Input that is not a number is refused; anything the
 * engine can judge (bands, missing values, 偏差原因) comes back as the sheet's problems.
 */
final class WhatIfScoring {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private WhatIfScoring() {
    }

    static ScoreSheet score(ScoringEngine engine, WhatIfRequest request) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal budget = ProjectRules.amount(request.budgetYuan(), false, "budgetYuan",
                Messages.text("evaluation.whatIf.budget"), MoneyUnit.YUAN, problems);
        BigDecimal executed = ProjectRules.amount(request.executedYuan(), false, "executedYuan",
                Messages.text("evaluation.whatIf.executed"), MoneyUnit.YUAN, problems);
        List<WhatIfRequest.Indicator> rows = request.indicators() == null ? List.of() : request.indicators();
        List<IndicatorInput> indicators = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            WhatIfRequest.Indicator row = rows.get(i) == null
                    ? new WhatIfRequest.Indicator(null, null, null, null, null, null, null, null, null) : rows.get(i);
            String field = "indicators[" + i + "]";
            String name = row.name() == null ? "" : row.name().strip();
            TargetValue target = IndicatorValueParser.parse(row.target(), IndicatorLevels.isCost(row.level1(), row.level2()));
            BigDecimal actual = SelfEvaluationRules.actual(row.actual(), target, field + ".actual", i + 1, name, problems);
            Grade grade = SelfEvaluationRules.grade(row.grade(), field + ".grade", i + 1, name, problems);
            BigDecimal score = SelfEvaluationRules.score(row.score(), field + ".score", i + 1, name, problems);
            indicators.add(new IndicatorInput(row.level1(), row.level2(), name, target, actual, grade, score,
                    weight(row.weight(), field + ".weight", i + 1, name, problems), row.deviationReason()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return engine.score(new ScoringInput(budget, executed, indicators));
    }

    private static BigDecimal weight(String text, String field, int row, String name, List<Problem> problems) {
        String t = SelfEvaluationRules.text(text);
        if (t == null) {
            return null;
        }
        BigDecimal value = Numbers.parse(t);
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(new Problem(field, Messages.text("evaluation.whatIf.weightInvalid", row, name, t)));
            return null;
        }
        return value;
    }
}
