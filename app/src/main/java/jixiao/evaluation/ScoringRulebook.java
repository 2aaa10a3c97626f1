package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every self-evaluation rule that differs between provinces. {@link #national()} gives the practice of
 * 财预〔2020〕10号; a province's rulebook is a copy with its own values.
 *
 * <p>Shares and rates are fractions (0.8 = 80%); points are points out of 100. Thresholds are compared with
 * the numbers as printed (rounded to 0.01), so a printed figure never contradicts the decision taken on it.
 *
 * @param executionWeight           points for 预算执行率
 * @param levelPoints               points per first-level indicator when 成本指标 is not first-level, in
 *                                  table order
 * @param levelPointsWithCostLevel  points per first-level indicator for projects that have 成本指标 as a
 *                                  first-level indicator (newer tables)
 * @param missingLevelRecipients    where the points of a first-level indicator the project lacks go (missing
 *                                  level → level that receives them)
 * @param spreadMissingLevels       what happens to the points of a missing level that has no recipient here
 *                                  (or whose recipient is missing too): true spreads them over the present
 *                                  levels in proportion to their points; false leaves them unobtainable, so
 *                                  the project is scored out of less than 100
 * @param qualitativeBands          the share of the weight each qualitative grade allows
 * @param overAchievement           the optional 指标偏离 deduction for positive indicators far above target
 * @param executionRateCaps         optional caps on the total by execution rate; empty = no caps
 * @param gradeBands                评价等级 bands, highest first
 */
public record ScoringRulebook(
        BigDecimal executionWeight,
        Map<String, BigDecimal> levelPoints,
        Map<String, BigDecimal> levelPointsWithCostLevel,
        Map<String, String> missingLevelRecipients,
        boolean spreadMissingLevels,
        List<QualitativeBand> qualitativeBands,
        OverAchievementRule overAchievement,
        List<ExecutionRateCap> executionRateCaps,
        List<GradeBand> gradeBands) {

    private static final String OUTPUT = "产出指标";
    private static final String COST = "成本指标";
    private static final String EFFECT = "效益指标";
    private static final String SATISFACTION = "满意度指标";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ScoringRulebook {
        Objects.requireNonNull(executionWeight, "executionWeight");
        levelPoints = ordered(levelPoints);
        levelPointsWithCostLevel = ordered(levelPointsWithCostLevel);
        missingLevelRecipients = ordered(missingLevelRecipients);
        qualitativeBands = List.copyOf(qualitativeBands);
        Objects.requireNonNull(overAchievement, "overAchievement");
        executionRateCaps = List.copyOf(executionRateCaps);
        gradeBands = List.copyOf(gradeBands);
        requireFullHundred(executionWeight, levelPoints, "levelPoints");
        requireFullHundred(executionWeight, levelPointsWithCostLevel, "levelPointsWithCostLevel");
        for (Grade grade : Grade.values()) {
            if (qualitativeBands.stream().filter(b -> b.grade() == grade).count() != 1) {
                throw new IllegalArgumentException("exactly one qualitative band needed for " + grade);
            }
        }
        if (gradeBands.isEmpty()) {
            throw new IllegalArgumentException("at least one grade band needed");
        }
    }

    /**
     * The national defaults: 预算执行率 10, 产出 50 / 效益 30 / 满意度 10.
     *
     * <p>Where 成本指标 is a first-level indicator, 10号文 gives it no share of its own; practice takes it out
     * of 产出 (成本 10, 产出 40) so that 效益 30 and 满意度 10 stay as the document sets them, and 成本, which
     * older tables keep under 产出, still weighs the same against the other output indicators.
     *
     * <p>A project without 满意度指标 gives its 10 points to 效益指标, as 10号文 says. 10号文 moves no other
     * points, so the points of any other missing level cannot be earned (the target-quality checks already
     * warn that the table lacks the level); spreading them is a local rule. Qualitative bands: 达成 [80%, 100%], 部分达成 [60%, 80%),
     * 未达成 [0, 60%). No over-achievement deduction, no execution caps. 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
     */
    public static ScoringRulebook national() {
        return new ScoringRulebook(
                new BigDecimal("10"),
                points(OUTPUT, "50", EFFECT, "30", SATISFACTION, "10"),
                points(OUTPUT, "40", COST, "10", EFFECT, "30", SATISFACTION, "10"),
                Map.of(SATISFACTION, EFFECT),
                false,
                List.of(
                        new QualitativeBand(Grade.ACHIEVED, new BigDecimal("0.8"), true, BigDecimal.ONE, true),
                        new QualitativeBand(Grade.PARTIAL, new BigDecimal("0.6"), true, new BigDecimal("0.8"), false),
                        new QualitativeBand(Grade.NOT_ACHIEVED, BigDecimal.ZERO, true, new BigDecimal("0.6"), false)),
                OverAchievementRule.off(),
                List.of(),
                List.of(
                        new GradeBand("evaluation.rating.excellent", new BigDecimal("90")),
                        new GradeBand("evaluation.rating.good", new BigDecimal("80")),
                        new GradeBand("evaluation.rating.fair", new BigDecimal("60")),
                        new GradeBand("evaluation.rating.poor", BigDecimal.ZERO)));
    }

    /** Points for all indicators together: 100 less the execution weight. */
    public BigDecimal indicatorPoints() {
        return HUNDRED.subtract(executionWeight);
    }

    public QualitativeBand band(Grade grade) {
        return qualitativeBands.stream().filter(b -> b.grade() == grade).findFirst().orElseThrow();
    }

    /** The same rules with other weights: a department's sheet may weigh 预算执行率 and the levels differently. */
    public ScoringRulebook withWeights(BigDecimal execution, Map<String, BigDecimal> levels,
                                       Map<String, BigDecimal> levelsWithCostLevel) {
        return new ScoringRulebook(execution, levels, levelsWithCostLevel, missingLevelRecipients, spreadMissingLevels,
                qualitativeBands, overAchievement, executionRateCaps, gradeBands);
    }

    public ScoringRulebook withQualitativeBands(List<QualitativeBand> bands) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, missingLevelRecipients,
                spreadMissingLevels, bands, overAchievement, executionRateCaps, gradeBands);
    }

    public ScoringRulebook withMissingLevelRecipients(Map<String, String> recipients) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, recipients,
                spreadMissingLevels, qualitativeBands, overAchievement, executionRateCaps, gradeBands);
    }

    public ScoringRulebook withSpreadMissingLevels(boolean spread) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, missingLevelRecipients,
                spread, qualitativeBands, overAchievement, executionRateCaps, gradeBands);
    }

    public ScoringRulebook withOverAchievement(OverAchievementRule rule) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, missingLevelRecipients,
                spreadMissingLevels, qualitativeBands, rule, executionRateCaps, gradeBands);
    }

    public ScoringRulebook withExecutionRateCaps(List<ExecutionRateCap> caps) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, missingLevelRecipients,
                spreadMissingLevels, qualitativeBands, overAchievement, caps, gradeBands);
    }

    public ScoringRulebook withGradeBands(List<GradeBand> bands) {
        return new ScoringRulebook(executionWeight, levelPoints, levelPointsWithCostLevel, missingLevelRecipients,
                spreadMissingLevels, qualitativeBands, overAchievement, executionRateCaps, bands);
    }

    /**
     * The share of an indicator's weight a qualitative grade allows.
     *
     * @param lowerInclusive whether a score of exactly {@code lowerShare} × weight belongs to this band
     * @param upperInclusive whether a score of exactly {@code upperShare} × weight belongs to this band
     */
    public record QualitativeBand(Grade grade, BigDecimal lowerShare, boolean lowerInclusive,
                                  BigDecimal upperShare, boolean upperInclusive) {
    }

    /**
     * 指标偏离: a positive quantitative indicator whose actual reaches {@code threshold} × target suggests the
     * target was set too low; some provinces flag it and deduct {@code deductionShare} of its weight.
     */
    public record OverAchievementRule(boolean enabled, BigDecimal threshold, BigDecimal deductionShare) {

        /** Off, with the usual values (120%, 10%) ready for {@link #on()}. */
        public static OverAchievementRule off() {
            return new OverAchievementRule(false, new BigDecimal("1.2"), new BigDecimal("0.1"));
        }

        public OverAchievementRule on() {
            return new OverAchievementRule(true, threshold, deductionShare);
        }
    }

    /**
     * The total may not exceed {@code maxTotal} when the execution rate is in [{@code fromRate},
     * {@code belowRate}); a null {@code fromRate} means no lower bound.
     */
    public record ExecutionRateCap(BigDecimal fromRate, BigDecimal belowRate, BigDecimal maxTotal) {

        public ExecutionRateCap {
            Objects.requireNonNull(belowRate, "belowRate");
            Objects.requireNonNull(maxTotal, "maxTotal");
        }

        /** A common local rule: 70–80% → ≤ 89, 60–70% → ≤ 79, below 60% → ≤ 69. */
        public static List<ExecutionRateCap> common() {
            return List.of(
                    new ExecutionRateCap(new BigDecimal("0.7"), new BigDecimal("0.8"), new BigDecimal("89")),
                    new ExecutionRateCap(new BigDecimal("0.6"), new BigDecimal("0.7"), new BigDecimal("79")),
                    new ExecutionRateCap(null, new BigDecimal("0.6"), new BigDecimal("69")));
        }

        boolean covers(BigDecimal rate) {
            return (fromRate == null || rate.compareTo(fromRate) >= 0) && rate.compareTo(belowRate) < 0;
        }
    }

    /** A total of at least {@code minTotal} earns the grade named by message key {@code labelKey}. */
    public record GradeBand(String labelKey, BigDecimal minTotal) {
    }

    private static Map<String, BigDecimal> points(String... levelAndPoints) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (int i = 0; i < levelAndPoints.length; i += 2) {
            points.put(levelAndPoints[i], new BigDecimal(levelAndPoints[i + 1]));
        }
        return points;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static void requireFullHundred(BigDecimal executionWeight, Map<String, BigDecimal> levels, String name) {
        BigDecimal sum = levels.values().stream().reduce(executionWeight, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException(name + " and executionWeight must add up to 100, not " + sum);
        }
    }
}
