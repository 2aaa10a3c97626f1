package jixiao.monitoring;

import jixiao.common.Numbers;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.TargetValue;
import jixiao.monitoring.MonitoringRulebook.ProgressGapRule;
import jixiao.monitoring.MonitoringRulebook.SpendFloor;
import jixiao.project.SpendPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of one {@link MonitoringRulebook} applied at one date of one fiscal year (运行监控).
 *
 * <p>A sweep builds one instance and calls it for every project row. Everything that depends only
 * on the date (share of the year elapsed, the fixed floor in force, the date phrases) is worked out
 * once here, so a call costs a few BigDecimal operations; sentences are formatted only when read
 * ({@link Finding#text()}).
 *
 * <p>Whether an indicator is a target or a limit, strict or not, held or accumulating, is
 * {@link IndicatorSemantics}' reading (README, "How an indicator is judged"), the same that the year-end
 * score uses, so a value with full marks at year end is never red here.
 *
 * <p>Computed percentages and expected values are rounded half up to 2 decimals and the lights are
 * decided on the rounded figures, so a light always agrees with what is shown. Reported values are
 * used as reported.
 */
public final class MonitoringRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Map<Grade, Sentence> GRADE_LABELS = labels(Grade.class, "grade.");
    private static final Map<Likelihood, Sentence> LIKELIHOOD_LABELS = labels(Likelihood.class, "monitoring.likelihood.");

    private final MonitoringRulebook rulebook;
    private final int fiscalYear;
    private final LocalDate asOf;
    private final BigDecimal elapsedPercent;
    private final BigDecimal elapsedShown;
    private final SpendFloor floorInForce;
    private final Sentence floorWhen;
    /** "6月底" on a month end, else "截至7月15日": opens a spend sentence. */
    private final Sentence spendWhen;
    /** "6月底" on a month end, else "7月15日": follows 截至 in an indicator sentence. */
    private final Sentence indicatorWhen;
    /** "截至7月15日", always the day: a missing report is counted in days. */
    private final Sentence untilToday;

    /**
     * @param fiscalYear the budget year being monitored; dates outside it clamp (see
     *                   {@link SpendPlan#plannedPercentAt})
     * @param asOf       the monitoring date; counts as a whole day done
     */
    public MonitoringRules(MonitoringRulebook rulebook, int fiscalYear, LocalDate asOf) {
        this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
        this.fiscalYear = fiscalYear;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.elapsedPercent = SpendPlan.timeElapsedPercent(fiscalYear, asOf);
        this.elapsedShown = Numbers.round2(elapsedPercent);
        this.floorInForce = floorInForce(rulebook.spendFloors());
        this.floorWhen = floorInForce == null ? null : Sentence.of("monitoring.monthEnd", floorInForce.month());
        boolean monthEnd = asOf.getYear() == fiscalYear && asOf.getDayOfMonth() == asOf.lengthOfMonth();
        Sentence day = datePhrase(asOf);
        this.untilToday = Sentence.of("monitoring.until", day);
        this.indicatorWhen = monthEnd ? Sentence.of("monitoring.monthEnd", asOf.getMonthValue()) : day;
        this.spendWhen = monthEnd ? indicatorWhen : untilToday;
    }

    /**
     * Spend against plan: ratio = 执行率 ÷ planned rate, lit by {@link MonitoringRulebook#spendBands()};
     * nothing planned yet (0%) is GREEN. Plus SPEND_FLOOR (RED) when a fixed floor in force is missed.
     *
     * @param plan   the project's 资金支出计划; {@link SpendPlan#none()} falls back to time elapsed
     * @param budget the (adjusted) budget; spend and budget in the same unit
     * @param spent  cumulative spend so far; null when not reported
     */
    public SpendAssessment evaluateSpend(SpendPlan plan, BigDecimal budget, BigDecimal spent) {
        BigDecimal planned = plan.plannedPercentAt(fiscalYear, asOf);
        if (budget == null || budget.signum() <= 0 || spent == null) {
            return new SpendAssessment(planned, null, List.of());
        }
        BigDecimal executed = spent.multiply(HUNDRED).divide(budget, SpendPlan.SCALE, RoundingMode.HALF_UP);
        BigDecimal expectedShown = Numbers.round2(planned);
        BigDecimal actualShown = Numbers.round2(executed);
        BigDecimal lag = expectedShown.subtract(actualShown);
        BigDecimal ratio = null;
        Light light = Light.GREEN;
        if (planned.signum() > 0) {
            ratio = spent.multiply(TEN_THOUSAND).divide(budget.multiply(planned), 2, RoundingMode.HALF_UP);
            light = rulebook.spendBands().classify(ratio);
        }
        Finding lagFinding = new Finding(AlertRule.SPEND_LAG, light, expectedShown, actualShown, ratio, lag,
                spendSentence(expectedShown, actualShown, lag));
        if (floorInForce == null || actualShown.compareTo(floorInForce.minimumPercent()) >= 0) {
            return new SpendAssessment(planned, executed, List.of(lagFinding));
        }
        BigDecimal floor = Numbers.round2(floorInForce.minimumPercent());
        BigDecimal shortfall = floor.subtract(actualShown);
        Finding floorFinding = new Finding(AlertRule.SPEND_FLOOR, Light.RED, floor, actualShown, null, shortfall,
                Sentence.of("monitoring.spend.floor", floorWhen, floor, actualShown, shortfall));
        return new SpendAssessment(planned, executed, List.of(lagFinding, floorFinding));
    }

    /**
     * One indicator's findings. A reported number is judged against a quantitative target (a limit
     * for reverse targets, progress otherwise); without a number a reported grade is judged; with
     * neither there is no progress finding. A reported likelihood adds its own finding where the
     * rulebook gives it a light, and the progress-gap check adds one where it is switched on.
     *
     * @param name                 the 三级指标 name, opens every sentence
     * @param progress             what was reported (its parts may be null, the record may not)
     * @param spendExecutedPercent the project's 执行率 for the progress-gap check; null when unknown
     */
    public List<Finding> evaluateIndicator(String name, TargetValue target, IndicatorProgress progress,
                                           BigDecimal spendExecutedPercent) {
        List<Finding> findings = new ArrayList<>(2);
        BigDecimal current = progress.currentValue();
        IndicatorSemantics semantics = IndicatorSemantics.of(name, target, rulebook.heldTargets());
        if (semantics.isJudgedByNumber() && current != null) {
            if (semantics.isLimit()) {
                findings.add(limitFinding(name, semantics, current));
            } else {
                findings.add(progressFinding(name, semantics, current));
                Finding gap = progressGap(name, semantics, current, spendExecutedPercent);
                if (gap != null) {
                    findings.add(gap);
                }
            }
        } else if (progress.grade() != null && rulebook.gradeLights().containsKey(progress.grade())) {
            findings.add(new Finding(AlertRule.INDICATOR_GRADE, rulebook.gradeLights().get(progress.grade()),
                    null, null, null, null,
                    Sentence.of("monitoring.indicator.grade", name, GRADE_LABELS.get(progress.grade()), target.text())));
        }
        Light likelihoodLight = progress.likelihood() == null ? null : rulebook.likelihoodLights().get(progress.likelihood());
        if (likelihoodLight != null) {
            findings.add(new Finding(AlertRule.INDICATOR_LIKELIHOOD, likelihoodLight, null, null, null, null,
                    Sentence.of("monitoring.indicator.likelihood", name, LIKELIHOOD_LABELS.get(progress.likelihood()))));
        }
        return findings;
    }

    /**
     * A period report past its deadline and not submitted. The deadline day itself is still in time.
     */
    public Optional<Finding> evaluateReport(LocalDate deadline, boolean submitted) {
        if (submitted || !asOf.isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(AlertRule.REPORT_MISSING, rulebook.missingReportLight(), null, null, null, null,
                Sentence.of("monitoring.report.missing", datePhrase(deadline), untilToday)));
    }

    private Finding progressFinding(String name, IndicatorSemantics semantics, BigDecimal current) {
        TargetValue target = semantics.target();
        boolean prorated = semantics.isAccumulating();
        BigDecimal exactExpected = semantics.expectedBy(elapsedPercent);
        BigDecimal expected = Numbers.round2(exactExpected);
        String unit = unitOf(target);
        Sentence targetShown = targetShown(target);
        if (exactExpected.signum() <= 0) {
            return new Finding(AlertRule.INDICATOR_PROGRESS, Light.GREEN, expected, current, null, null,
                    Sentence.of("monitoring.indicator.nothingExpected", name, indicatorWhen, targetShown, current, unit));
        }
        BigDecimal ratio = current.multiply(HUNDRED).divide(exactExpected, 2, RoundingMode.HALF_UP);
        BigDecimal lag = Numbers.round2(expected.subtract(current));
        boolean wholeTarget = exactExpected.compareTo(target.value()) == 0;
        if (wholeTarget && semantics.judge(current) == IndicatorSemantics.Verdict.AT_STRICT_BOUND) {
            return new Finding(AlertRule.INDICATOR_PROGRESS, rulebook.strictBoundLight(), expected, current, ratio, lag,
                    Sentence.of("monitoring.indicator.atStrictTarget", name, current, unit, targetShown));
        }
        Sentence sentence = prorated
                ? Sentence.of("monitoring.indicator.progress", name, indicatorWhen, expected, unit, targetShown,
                        elapsedShown, current, ratio)
                : Sentence.of("monitoring.indicator.rate", name, targetShown, current, unit, ratio);
        return new Finding(AlertRule.INDICATOR_PROGRESS, rulebook.indicatorBands().classify(ratio), expected, current,
                ratio, lag, sentence);
    }

    private Finding limitFinding(String name, IndicatorSemantics semantics, BigDecimal current) {
        TargetValue target = semantics.target();
        Light light;
        String key;
        switch (semantics.judge(current)) {
            case MET -> {
                light = Light.GREEN;
                key = "monitoring.indicator.withinLimit";
            }
            case AT_STRICT_BOUND -> {
                light = rulebook.strictBoundLight();
                key = "monitoring.indicator.atStrictLimit";
            }
            default -> {
                light = Light.RED;
                key = "monitoring.indicator.overLimit";
            }
        }
        return new Finding(AlertRule.INDICATOR_LIMIT, light, target.value(), current,
                null, null, Sentence.of(key, name, current, unitOf(target), targetShown(target)));
    }

    /**
     * Only targets that grow with the year: a rate reached (满意度 93%) or a headcount held (6人) is
     * not a share of the year's work done.
     */
    private Finding progressGap(String name, IndicatorSemantics semantics, BigDecimal current,
                                BigDecimal spendExecutedPercent) {
        ProgressGapRule rule = rulebook.progressGap();
        TargetValue target = semantics.target();
        if (rule == null || spendExecutedPercent == null || !semantics.isAccumulating()
                || target.value().signum() <= 0) {
            return null;
        }
        BigDecimal completion = current.multiply(HUNDRED).divide(target.value(), 2, RoundingMode.HALF_UP);
        BigDecimal spend = Numbers.round2(spendExecutedPercent);
        BigDecimal lag = spend.subtract(completion);
        if (lag.abs().compareTo(rule.maxPoints()) <= 0) {
            return null;
        }
        return new Finding(AlertRule.PROGRESS_GAP, rule.light(), spend, completion, null, lag,
                Sentence.of("monitoring.indicator.gap", name, completion, spend, lag.abs()));
    }

    private Sentence spendSentence(BigDecimal expected, BigDecimal actual, BigDecimal lag) {
        return switch (lag.signum()) {
            case 1 -> Sentence.of("monitoring.spend.behind", spendWhen, expected, actual, lag);
            case -1 -> Sentence.of("monitoring.spend.ahead", spendWhen, expected, actual, lag.negate());
            default -> Sentence.of("monitoring.spend.onPlan", spendWhen, expected, actual);
        };
    }

    /** "≥55场" rebuilt from the parse, so an OCR-damaged text (Σ9O%) is shown repaired. */
    private static Sentence targetShown(TargetValue target) {
        String symbol = target.comparator() == null ? "" : target.comparator().symbol();
        return Sentence.of("monitoring.target", symbol, target.value(), unitOf(target));
    }

    private static String unitOf(TargetValue target) {
        return target.unit() == null ? "" : target.unit();
    }

    private SpendFloor floorInForce(List<SpendFloor> floors) {
        SpendFloor inForce = null;
        for (SpendFloor floor : floors) {
            if (!asOf.isBefore(YearMonth.of(fiscalYear, floor.month()).atEndOfMonth())) {
                inForce = floor;
            }
        }
        return inForce;
    }

    /** "7月15日", with the year when it is not the fiscal year's. */
    private Sentence datePhrase(LocalDate date) {
        return date.getYear() == fiscalYear
                ? Sentence.of("monitoring.day", date.getMonthValue(), date.getDayOfMonth())
                : Sentence.of("monitoring.dayOfYear", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static <K extends Enum<K>> Map<K, Sentence> labels(Class<K> type, String keyPrefix) {
        Map<K, Sentence> labels = new EnumMap<>(type);
        for (K constant : type.getEnumConstants()) {
            labels.put(constant, Sentence.of(keyPrefix + constant.name()));
        }
        return labels;
    }
}
