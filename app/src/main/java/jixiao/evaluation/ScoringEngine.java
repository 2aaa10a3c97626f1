package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a project's year-end self-evaluation (绩效自评) out of 100: 预算执行率 plus the indicators, each
 * number explained. It never refuses a sheet: what cannot be scored counts 0 and is listed as a problem. Only
 * weights that do not add up to the indicator points leave the sheet without a total and a grade.
 */
public final class ScoringEngine {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ScoringRulebook rules;
    private final IndicatorScorer scorer;
    private final boolean explained;
    private final ScoringEngine withoutTexts;

    public ScoringEngine(ScoringRulebook rules) {
        this(rules, true);
    }

    private ScoringEngine(ScoringRulebook rules, boolean explained) {
        this.rules = rules;
        this.explained = explained;
        this.scorer = new IndicatorScorer(rules, explained);
        this.withoutTexts = explained ? new ScoringEngine(rules, false) : this;
    }

    /**
     * This engine scoring without words: the same rules, so the same scores, totals, grades and problems, but every
     * explanation, note and problem message left empty. A summary row needs only the numbers, the grade and how
     * many problems there are, and writing the sentences (several per indicator) was most of scoring a unit's sheets.
     * Not for a sheet anyone reads.
     */
    ScoringEngine withoutTexts() {
        return withoutTexts;
    }

    public ScoringRulebook rulebook() {
        return rules;
    }

    public ScoreSheet score(ScoringInput input) {
        List<ScoringProblem> problems = new ArrayList<>();
        Execution execution = execution(input, problems);

        List<IndicatorInput> indicators = input.indicators();
        IndicatorWeights.Plan plan = explained ? IndicatorWeights.plan(indicators, rules, true) : wordlessPlan(indicators);
        problems.addAll(plan.problems());
        List<IndicatorScorer.Result> results = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput indicator = indicators.get(i);
            BigDecimal weight = plan.weights().get(i);
            IndicatorScorer.Result result = scorer.score(i, indicator, weight);
            results.add(result);
            problems.addAll(result.problems());
            // An indicator that could not be scored has its own problem; the reason is asked once it is scored.
            if (result.valid() && result.score().compareTo(weight) < 0 && isBlank(indicator.deviationReason())) {
                problems.add(new ScoringProblem(i, "deviationReason",
                        text("evaluation.problem.deviationReason", i + 1, indicator.name())));
            }
        }

        List<BigDecimal> exactScores = results.stream().map(IndicatorScorer.Result::score).toList();
        BigDecimal exactIndicatorSum = exactScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal indicatorTotal = Numbers.round2(exactIndicatorSum);
        BigDecimal sum = Numbers.round2(execution.score().add(exactIndicatorSum));
        List<BigDecimal> shownScores = CentApportionment.apportion(indicatorTotal, exactScores);
        // Both totals are rounded once from full precision, so the execution row is whatever makes them agree.
        BigDecimal executionScore = sum.subtract(indicatorTotal);

        List<IndicatorScore> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput indicator = indicators.get(i);
            IndicatorScorer.Result result = results.get(i);
            BigDecimal weight = plan.weights().get(i);
            rows.add(new IndicatorScore(i, indicator.level1(), indicator.level2(), indicator.name(),
                    Numbers.round2(weight), shownScores.get(i), result.valid() && result.score().compareTo(weight) == 0,
                    result.explanation() + roundingNote(result.score(), shownScores.get(i)), result.deviation()));
        }

        if (indicators.isEmpty()) {
            // nothing to score 90 points against (乐亭's department target states no indicators): a total of the
            // execution row alone would read as a grade, so there is none until the target has indicators
            problems.add(new ScoringProblem(null, "indicators", text("evaluation.problem.noIndicators")));
            return new ScoreSheet(execution.shownRate(), executionScore,
                    execution.explanation() + roundingNote(execution.score(), executionScore), rows, indicatorTotal,
                    null, text("evaluation.total.noIndicators"), null, plan.notes(), problems);
        }
        if (!plan.balanced()) {
            // A total over weights that do not add up (e.g. 110 of 100) would be believed: none until they are fixed.
            return new ScoreSheet(execution.shownRate(), executionScore,
                    execution.explanation() + roundingNote(execution.score(), executionScore), rows, indicatorTotal,
                    null, text("evaluation.total.unbalanced", Numbers.plain(plan.weightSum()),
                    Numbers.plain(plan.expected())), null, plan.notes(), problems);
        }
        Optional<ScoringRulebook.ExecutionRateCap> cap = applicableCap(execution.shownRate(), sum);
        BigDecimal total = cap.map(ScoringRulebook.ExecutionRateCap::maxTotal).map(Numbers::round2).orElse(sum);
        String grade = grade(total);
        String totalExplanation = cap
                .map(c -> text("evaluation.total.capped", shown(executionScore), shown(indicatorTotal),
                        shown(sum), shown(execution.shownRate()), capRange(c), c.maxTotal(), grade))
                .orElseGet(() -> text("evaluation.total.sum", shown(executionScore), shown(indicatorTotal),
                        shown(sum), grade));

        return new ScoreSheet(execution.shownRate(), executionScore,
                execution.explanation() + roundingNote(execution.score(), executionScore),
                rows, indicatorTotal, total, totalExplanation, grade, plan.notes(), problems);
    }

    /** @param shownRate 执行率 in percent to 0.01, null when the budget or the spend is missing */
    private record Execution(BigDecimal shownRate, BigDecimal score, String explanation) {
    }

    /** 预算执行率得分 = min(全年执行数 / 全年预算数, 1) × weight. */
    private Execution execution(ScoringInput input, List<ScoringProblem> problems) {
        BigDecimal budget = input.budgetYuan();
        BigDecimal executed = input.executedYuan();
        if (budget == null || budget.signum() <= 0) {
            problems.add(new ScoringProblem(null, "budgetYuan", text("evaluation.problem.noBudget")));
            return new Execution(null, BigDecimal.ZERO, text("evaluation.execution.noBudget"));
        }
        if (executed == null) {
            problems.add(new ScoringProblem(null, "executedYuan", text("evaluation.problem.noExecuted")));
            return new Execution(null, BigDecimal.ZERO, text("evaluation.execution.noExecuted"));
        }
        BigDecimal rate = executed.divide(budget, MathContext.DECIMAL128);
        BigDecimal shownRate = Numbers.round2(rate.multiply(HUNDRED));
        if (rate.compareTo(BigDecimal.ONE) >= 0) {
            return new Execution(shownRate, rules.executionWeight(), text(
                    rate.compareTo(BigDecimal.ONE) > 0 ? "evaluation.execution.over" : "evaluation.execution.full",
                    executed, budget, shown(shownRate), rules.executionWeight()));
        }
        BigDecimal score = rate.multiply(rules.executionWeight());
        return new Execution(shownRate, score,
                text("evaluation.execution.score", executed, budget, shown(shownRate), shown(score)));
    }

    /** The first cap whose band holds the printed execution rate, if it lowers the total. */
    private Optional<ScoringRulebook.ExecutionRateCap> applicableCap(BigDecimal shownRate, BigDecimal total) {
        if (shownRate == null) {
            return Optional.empty();
        }
        BigDecimal rate = shownRate.divide(HUNDRED);
        return rules.executionRateCaps().stream()
                .filter(c -> c.covers(rate) && total.compareTo(c.maxTotal()) > 0)
                .findFirst();
    }

    private String capRange(ScoringRulebook.ExecutionRateCap cap) {
        BigDecimal below = cap.belowRate().multiply(HUNDRED);
        return cap.fromRate() == null
                ? text("evaluation.total.capBelow", below)
                : text("evaluation.total.capRange", cap.fromRate().multiply(HUNDRED), below);
    }

    /** The grade of the printed total, so that 89.995 printed as 90.00 is 优. */
    private String grade(BigDecimal total) {
        List<ScoringRulebook.GradeBand> bands = rules.gradeBands();
        ScoringRulebook.GradeBand band = bands.stream()
                .filter(b -> total.compareTo(b.minTotal()) >= 0)
                .findFirst()
                .orElse(bands.get(bands.size() - 1));
        return Messages.text(band.labelKey());
    }

    private String roundingNote(BigDecimal exact, BigDecimal shown) {
        return Numbers.round2(exact).compareTo(shown) == 0 ? "" : text("evaluation.rounding", shown(shown));
    }

    /** What a wordless weight plan depends on besides the rulebook: each indicator's first-level name and own weight. */
    private record PlanKey(List<String> levels, List<BigDecimal> weights) {
    }

    /** Enough for every distinct way a province's projects are weighted; past it, plans are worked out each time. */
    private static final int KEPT_PLANS = 10_000;

    /**
     * Wordless weight plans by what they depend on. A plan is a function of its key and this engine's rulebook only
     * (its words, which name indicators, are left out), so a kept plan is the plan that would be worked out now,
     * whatever the database holds: nothing to go stale. Nearly all of a unit's projects share a handful of them, and
     * working them out was a third of scoring a summary row.
     */
    private final Map<PlanKey, IndicatorWeights.Plan> plans = new ConcurrentHashMap<>();

    private IndicatorWeights.Plan wordlessPlan(List<IndicatorInput> indicators) {
        List<String> levels = new ArrayList<>(indicators.size());
        List<BigDecimal> weights = new ArrayList<>(indicators.size());
        for (IndicatorInput indicator : indicators) {
            levels.add(indicator.level1());
            weights.add(indicator.weight());
        }
        PlanKey key = new PlanKey(levels, weights);
        IndicatorWeights.Plan kept = plans.get(key);
        if (kept != null) {
            return kept;
        }
        IndicatorWeights.Plan plan = IndicatorWeights.plan(indicators, rules, false);
        IndicatorWeights.Plan shared = new IndicatorWeights.Plan(List.copyOf(plan.weights()), List.copyOf(plan.notes()),
                List.copyOf(plan.problems()), plan.weightSum(), plan.expected());
        if (plans.size() < KEPT_PLANS) {
            plans.put(key, shared);
        }
        return shared;
    }

    /** A sentence of the explanations or problems, or "" when this engine writes none. */
    private String text(String key, Object... args) {
        return explained ? Messages.text(key, args) : "";
    }

    private static String shown(BigDecimal number) {
        return IndicatorScorer.shown(number);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
