package jixiao.indicatorvalue;

import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one indicator is judged: the single reading of a target that import warnings, the report form,
 * monitoring (运行监控) and scoring (绩效自评) all use, so that a value earning full marks at year end is never
 * red in monitoring and a red value never earns full marks. The rules are stated once, in the README section
 * "How an indicator is judged"; this class is that section in code.
 *
 * <ul>
 *   <li><b>Shape.</b> {@code ≤} and {@code <} are limits (反向). A target written without a sign, or with
 *   {@code =}, is a limit when it is a cost (the parser reads a bare number under 成本指标 as REVERSE) or when
 *   it is zero ({@code 0件} 安全事故: none is allowed, any occurrence breaches it). Everything else quantitative
 *   ({@code ≥}, {@code >}, a bare number) is a target to reach (正向).</li>
 *   <li><b>Strictness.</b> {@code <2%} and {@code >70件} are strict. A value exactly at a strict bound is
 *   {@link Verdict#AT_STRICT_BOUND}: the national formula (财预〔2020〕10号: actual ≤ target, actual ≥ target)
 *   gives it full marks, so it is no breach, but the words of the target are not quite met, so monitoring
 *   shows it with its own light (yellow by default) and scoring says so in the explanation.</li>
 *   <li><b>Held or accumulating.</b> Limits are held all year. A target to reach is held or accumulates as
 *   {@link HeldTargets} decides; an accumulating target is expected in proportion to the year elapsed.</li>
 *   <li><b>Units.</b> A reported number is in the target's unit; it may carry that unit, or 元 for a target
 *   in 万元 and the other way round (converted exactly); any other unit is refused.</li>
 * </ul>
 */
public final class IndicatorSemantics {

    /** What kind of target the indicator has. */
    public enum Shape {
        /** 定性: judged by a grade (达成 / 部分达成 / 未达成). */
        QUALITATIVE,
        /** 定量 but no number could be read: nothing can be judged until the target is corrected. */
        UNREADABLE,
        /** 正向: a value to reach (≥, >, or a bare number that is neither a cost nor zero). */
        TARGET,
        /** 反向: a value not to exceed (≤, <, a bare cost, a bare zero). */
        LIMIT
    }

    /** A value compared with the whole target. */
    public enum Verdict {
        MET,
        /** Exactly at a strict bound ({@code <2%} with 2%): no breach, not quite the words of the target. */
        AT_STRICT_BOUND,
        MISSED
    }

    /** Why a reported text could not be read as a number in the target's unit. */
    public enum ReadingProblem { NOT_A_NUMBER, WRONG_UNIT }

    /** A reported text read in the target's unit: {@code value} or {@code problem}, never both. */
    public record Reading(BigDecimal value, ReadingProblem problem) {
        static Reading of(BigDecimal value) {
            return new Reading(value, null);
        }

        static Reading refused(ReadingProblem problem) {
            return new Reading(null, problem);
        }
    }

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*)");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String YUAN = "元";
    private static final String TEN_THOUSAND_YUAN = "万元";

    private final TargetValue target;
    private final Shape shape;
    private final boolean strict;
    private final boolean held;

    private IndicatorSemantics(TargetValue target, Shape shape, boolean strict, boolean held) {
        this.target = target;
        this.shape = shape;
        this.strict = strict;
        this.held = held;
    }

    /**
     * @param indicatorName the 三级指标 name: decides whether a headcount is counted as people come ({@link HeldTargets})
     */
    public static IndicatorSemantics of(String indicatorName, TargetValue target, HeldTargets heldTargets) {
        Objects.requireNonNull(target, "target");
        if (!target.isQuantitative()) {
            return new IndicatorSemantics(target, Shape.QUALITATIVE, false, false);
        }
        if (target.value() == null) {
            return new IndicatorSemantics(target, Shape.UNREADABLE, false, false);
        }
        Comparator comparator = target.comparator();
        boolean strict = comparator == Comparator.LT || comparator == Comparator.GT;
        if (isLimit(target)) {
            return new IndicatorSemantics(target, Shape.LIMIT, strict, true);
        }
        return new IndicatorSemantics(target, Shape.TARGET, strict, heldTargets.held(indicatorName, target));
    }

    /**
     * For judging against the whole target, as the year-end score does: whether a target is held or
     * accumulates makes no difference there ({@link #isHeld()} then says nothing).
     */
    public static IndicatorSemantics wholeTarget(TargetValue target) {
        return of(null, target, HeldTargets.national());
    }

    private static boolean isLimit(TargetValue target) {
        Comparator comparator = target.comparator();
        if (comparator == null || comparator == Comparator.EQ) {
            return target.direction() == Direction.REVERSE || target.value().signum() == 0;
        }
        return comparator.isUpperLimit();
    }

    public TargetValue target() {
        return target;
    }

    public Shape shape() {
        return shape;
    }

    /** A number to compare with: TARGET or LIMIT. */
    public boolean isJudgedByNumber() {
        return shape == Shape.TARGET || shape == Shape.LIMIT;
    }

    public boolean isLimit() {
        return shape == Shape.LIMIT;
    }

    public boolean isTarget() {
        return shape == Shape.TARGET;
    }

    /** {@code <} or {@code >}. */
    public boolean isStrict() {
        return strict;
    }

    /** A limit of zero: {@code 0件}, {@code ≤0}. */
    public boolean isZeroLimit() {
        return shape == Shape.LIMIT && target.value().signum() == 0;
    }

    /** Compared with the whole target at any date (limits, rates, stock counts), not prorated by time. */
    public boolean isHeld() {
        return held;
    }

    /** A target to reach that grows with the year: {@code ≥55场} is half expected by 6月底. */
    public boolean isAccumulating() {
        return shape == Shape.TARGET && !held;
    }

    /** The number of the target or limit; null unless {@link #isJudgedByNumber()}. */
    public BigDecimal number() {
        return isJudgedByNumber() ? target.value() : null;
    }

    /**
     * A value against the whole target, as the year-end score and the 12月底 light both see it.
     *
     * @throws IllegalStateException unless {@link #isJudgedByNumber()}
     */
    public Verdict judge(BigDecimal value) {
        if (!isJudgedByNumber()) {
            throw new IllegalStateException("not judged by a number: " + target.text());
        }
        int c = value.compareTo(target.value());
        if (c == 0) {
            return strict ? Verdict.AT_STRICT_BOUND : Verdict.MET;
        }
        boolean better = shape == Shape.LIMIT ? c < 0 : c > 0;
        return better ? Verdict.MET : Verdict.MISSED;
    }

    /**
     * What should have been reached by a date: the whole target when held, else the target times the share
     * of the year elapsed (exact, not rounded).
     *
     * @param elapsedPercent share of the fiscal year elapsed, 0–100
     */
    public BigDecimal expectedBy(BigDecimal elapsedPercent) {
        if (shape != Shape.TARGET) {
            throw new IllegalStateException("only a target to reach has an expected value: " + target.text());
        }
        return held ? target.value() : target.value().multiply(elapsedPercent).movePointLeft(2);
    }

    /**
     * Completion of a target to reach, in % of the whole target, for the report form; null for limits,
     * qualitative targets and targets of zero or less.
     */
    public BigDecimal completionPercent(BigDecimal value) {
        if (shape != Shape.TARGET || target.value().signum() <= 0 || value == null) {
            return null;
        }
        return value.movePointRight(2).divide(target.value(), 2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * A reported 当前值 / 实际完成值 as people type it ({@code 58}, {@code 58场}, {@code 3,200}, {@code 95％},
     * {@code 319000元} against {@code ≤31.9万元}), in the target's unit.
     */
    public Reading read(String text) {
        String t = text.replace('％', '%').replace('，', ',').strip();
        Matcher m = NUMBER_AND_UNIT.matcher(t);
        if (!m.matches()) {
            return Reading.refused(ReadingProblem.NOT_A_NUMBER);
        }
        BigDecimal value = Numbers.parse(m.group(1));
        if (value == null) {
            return Reading.refused(ReadingProblem.NOT_A_NUMBER);
        }
        String unit = m.group(2).replaceAll("\\s", "");
        String expected = target.unit() == null ? "" : target.unit().replaceAll("\\s", "");
        if (unit.isEmpty() || unit.equals(expected)) {
            return Reading.of(value);
        }
        if (expected.equals(TEN_THOUSAND_YUAN) && unit.equals(YUAN)) {
            return Reading.of(value.divide(TEN_THOUSAND));
        }
        if (expected.equals(YUAN) && unit.equals(TEN_THOUSAND_YUAN)) {
            return Reading.of(value.multiply(TEN_THOUSAND));
        }
        if (expected.startsWith(TEN_THOUSAND_YUAN + "/") && unit.equals(YUAN + expected.substring(2))) {
            return Reading.of(value.divide(TEN_THOUSAND));
        }
        return Reading.refused(unit.chars().anyMatch(Character::isDigit)
                ? ReadingProblem.NOT_A_NUMBER : ReadingProblem.WRONG_UNIT);
    }

    @Override
    public String toString() {
        return target.text() + " → " + shape + (strict ? " strict" : "") + (held ? " held" : "");
    }
}
