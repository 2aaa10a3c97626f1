package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The formulas of 财预〔2020〕10号 for one indicator, with their explanation. Whether an indicator is a target or
 * a limit, strict or not, met or missed is {@link IndicatorSemantics}' reading (README, "How an indicator is
 * judged"), the same that monitoring lights it by.
 */
final class IndicatorScorer {

    /**
     * @param score       at full precision; 0 when {@code valid} is false
     * @param valid       false when the inputs do not allow a score (the problems say why)
     * @param explanation the formula with its own half-up result
     */
    record Result(BigDecimal score, boolean valid, boolean deviation, String explanation,
                  List<ScoringProblem> problems) {
    }

    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ScoringRulebook rules;
    private final boolean explained;

    /** @param explained false to leave every explanation and problem message empty (see {@link ScoringEngine#withoutTexts}) */
    IndicatorScorer(ScoringRulebook rules, boolean explained) {
        this.rules = rules;
        this.explained = explained;
    }

    /** A sentence of the explanations or problems, or "" when this scorer writes none. */
    private String text(String key, Object... args) {
        return explained ? Messages.text(key, args) : "";
    }

    Result score(int index, IndicatorInput indicator, BigDecimal weight) {
        TargetValue target = indicator.target();
        IndicatorSemantics semantics = target == null ? null : IndicatorSemantics.wholeTarget(target);
        Result result;
        if (semantics == null || semantics.shape() == IndicatorSemantics.Shape.UNREADABLE) {
            result = invalid(text("evaluation.explain.noTargetValue"), new ScoringProblem(index, "target",
                    text("evaluation.problem.noTargetValue", index + 1, indicator.name())));
        } else if (semantics.shape() == IndicatorSemantics.Shape.QUALITATIVE) {
            result = qualitative(index, indicator, weight);
        } else if (indicator.actual() == null) {
            result = invalid(text("evaluation.explain.missingActual"), new ScoringProblem(index, "actual",
                    text("evaluation.problem.missingActual", index + 1, indicator.name())));
        } else if (semantics.isLimit()) {
            result = reverse(semantics, indicator.actual(), weight);
        } else {
            result = positive(semantics, indicator.actual(), weight);
        }
        if (target != null && target.needsReview()) {
            String review = target.note() == null
                    ? text("evaluation.explain.review", target.text())
                    : text("evaluation.explain.reviewWithNote", target.text(), target.note());
            result = new Result(result.score(), result.valid(), result.deviation(), result.explanation() + review,
                    result.problems());
        }
        return result;
    }

    private Result positive(IndicatorSemantics semantics, BigDecimal actual, BigDecimal weight) {
        TargetValue target = semantics.target();
        BigDecimal goal = target.value();
        String shownActual = withUnit(actual, target);
        IndicatorSemantics.Verdict verdict = semantics.judge(actual);
        if (verdict != IndicatorSemantics.Verdict.MISSED) {
            ScoringRulebook.OverAchievementRule over = rules.overAchievement();
            if (over.enabled() && goal.signum() > 0 && actual.compareTo(over.threshold().multiply(goal)) >= 0) {
                BigDecimal score = weight.multiply(BigDecimal.ONE.subtract(over.deductionShare()));
                BigDecimal percentOfTarget = actual.multiply(HUNDRED).divide(goal, MathContext.DECIMAL128);
                return valid(score, true, text("evaluation.explain.overAchieved", shownActual,
                        shownTarget(target), Numbers.round2(percentOfTarget), over.threshold().multiply(HUNDRED),
                        over.deductionShare().multiply(HUNDRED), weight, shown(score)));
            }
            return valid(weight, false, text("evaluation.explain.positiveMet", shownActual,
                    withUnit(goal, target), weight) + atStrictBound(verdict, target));
        }
        if (goal.signum() <= 0 || actual.signum() < 0) {
            return valid(BigDecimal.ZERO, false, text("evaluation.explain.positiveNone", shownActual,
                    shownTarget(target)));
        }
        BigDecimal score = actual.multiply(weight).divide(goal, MathContext.DECIMAL128);
        return valid(score, false, text("evaluation.explain.positivePartial", shownActual,
                shownTarget(target), actual, goal, weight, shown(score)));
    }

    private Result reverse(IndicatorSemantics semantics, BigDecimal actual, BigDecimal weight) {
        TargetValue target = semantics.target();
        BigDecimal limit = target.value();
        String shownActual = withUnit(actual, target);
        IndicatorSemantics.Verdict verdict = semantics.judge(actual);
        if (verdict != IndicatorSemantics.Verdict.MISSED) {
            return valid(weight, false, text("evaluation.explain.reverseMet", shownActual,
                    shownTarget(target), weight) + atStrictBound(verdict, target));
        }
        if (limit.signum() <= 0) {
            return valid(BigDecimal.ZERO, false, text("evaluation.explain.reverseZeroTarget", shownActual,
                    shownTarget(target)));
        }
        if (actual.compareTo(TWO.multiply(limit)) >= 0) {
            return valid(BigDecimal.ZERO, false, text("evaluation.explain.reverseDouble", shownActual,
                    shownTarget(target)));
        }
        BigDecimal excess = actual.subtract(limit).divide(limit, MathContext.DECIMAL128);
        BigDecimal score = BigDecimal.ONE.subtract(excess).multiply(weight);
        return valid(score, false, text("evaluation.explain.reversePartial", shownActual,
                shownTarget(target), Numbers.round2(excess.multiply(HUNDRED)), actual, limit, weight, shown(score)));
    }

    private Result qualitative(int index, IndicatorInput indicator, BigDecimal weight) {
        Grade grade = indicator.grade();
        if (grade == null) {
            return invalid(text("evaluation.explain.missingGrade"), new ScoringProblem(index, "grade",
                    text("evaluation.problem.missingGrade", index + 1, indicator.name())));
        }
        BandInPoints band = BandInPoints.of(rules.band(grade), weight);
        BigDecimal given = indicator.evaluatorScore();
        if (given == null) {
            return invalid(text("evaluation.explain.missingScore", grade.label()),
                    new ScoringProblem(index, "evaluatorScore", text("evaluation.problem.missingScore",
                            index + 1, indicator.name(), grade.label(), range(band))));
        }
        if (!band.contains(given)) {
            return invalid(text("evaluation.explain.outOfBand", grade.label(), given, range(band)),
                    new ScoringProblem(index, "evaluatorScore", text("evaluation.problem.outOfBand",
                            index + 1, indicator.name(), grade.label(), range(band), given)));
        }
        return valid(given, false, text("evaluation.explain.qualitative", grade.label(),
                band.band().lowerShare().multiply(HUNDRED), band.band().upperShare().multiply(HUNDRED),
                band.lower(), band.upper(), given));
    }

    /**
     * A qualitative band in points: its limits are the shares of the weight rounded to the cent, the numbers
     * the evaluator sees, so a score typed as shown is judged as shown.
     */
    private record BandInPoints(ScoringRulebook.QualitativeBand band, BigDecimal lower, BigDecimal upper) {

        static BandInPoints of(ScoringRulebook.QualitativeBand band, BigDecimal weight) {
            return new BandInPoints(band, Numbers.round2(band.lowerShare().multiply(weight)),
                    Numbers.round2(band.upperShare().multiply(weight)));
        }

        boolean contains(BigDecimal score) {
            int fromLower = score.compareTo(lower);
            int fromUpper = score.compareTo(upper);
            return (fromLower > 0 || (fromLower == 0 && band.lowerInclusive()))
                    && (fromUpper < 0 || (fromUpper == 0 && band.upperInclusive()));
        }

    }

    private String range(BandInPoints band) {
        return text("evaluation.explain.bandRange", band.lower(), band.upper(), text("evaluation.explain.bounds",
                bound(band.lower(), band.band().lowerInclusive()), bound(band.upper(), band.band().upperInclusive())));
    }

    private String bound(BigDecimal points, boolean inclusive) {
        return text(inclusive ? "evaluation.explain.inclusive" : "evaluation.explain.exclusive", points);
    }

    /** The national formula gives full marks at a strict bound; the words of the target are not quite met. */
    private String atStrictBound(IndicatorSemantics.Verdict verdict, TargetValue target) {
        return verdict == IndicatorSemantics.Verdict.AT_STRICT_BOUND
                ? text("evaluation.explain.atStrictBound", shownTarget(target)) : "";
    }

    private static Result valid(BigDecimal score, boolean deviation, String explanation) {
        return new Result(score, true, deviation, explanation, List.of());
    }

    private static Result invalid(String explanation, ScoringProblem problem) {
        return new Result(BigDecimal.ZERO, false, false, explanation, List.of(problem));
    }

    /** The target as a number with its comparator and unit ({@code ≥55场}); OCR noise in the text is not repeated. */
    private static String shownTarget(TargetValue target) {
        String comparator = target.comparator() == null || target.comparator() == Comparator.EQ
                ? "" : target.comparator().symbol();
        return comparator + withUnit(target.value(), target);
    }

    private static String withUnit(BigDecimal number, TargetValue target) {
        return Numbers.plain(number) + (target.unit() == null ? "" : target.unit());
    }

    /** A score as reported: always two decimals (8.00). */
    static String shown(BigDecimal score) {
        return Numbers.round2(score).toPlainString();
    }
}
