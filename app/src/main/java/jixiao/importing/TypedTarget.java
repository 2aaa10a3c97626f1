package jixiao.importing;

import jixiao.common.Numbers;
import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A target published over columns of its own: 指标性质 (正向/反向/定性, or a comparison such as ≥ or
 * 大于等于), 指标值 and 计量单位. Composed into the one text the registry stores ({@code ≥} + {@code 95}
 * + {@code %} → {@code ≥95%}), which {@link IndicatorValueParser} then reads like any other target: the
 * importer judges no target itself.
 */
final class TypedTarget {

    /** What a 指标性质 cell says about the target. */
    enum Nature {
        /** Nothing to add: blank, 定量, or 等于 / 达到 (a bare target already means "="). */
        NONE,
        /** 正向: higher is better, the target is a floor. */
        POSITIVE,
        /** 反向: lower is better, the target is a ceiling. */
        REVERSE,
        /** 定性: a person judges it; no unit is added. */
        QUALITATIVE,
        /** A comparison written out: {@link Reading#comparator()}. */
        COMPARISON,
        /** Text that says none of these. */
        UNKNOWN
    }

    record Reading(Nature nature, Comparator comparator) {

        /** The symbol to put before the number, or null. */
        String symbol() {
            return switch (nature) {
                case POSITIVE -> Comparator.GE.symbol();
                case REVERSE -> Comparator.LE.symbol();
                case COMPARISON -> comparator == Comparator.EQ ? null : comparator.symbol();
                default -> null;
            };
        }

        boolean upperLimit() {
            return nature == Nature.REVERSE || (nature == Nature.COMPARISON && comparator.isUpperLimit());
        }

        boolean statesDirection() {
            return nature == Nature.POSITIVE || nature == Nature.REVERSE
                    || (nature == Nature.COMPARISON && comparator != Comparator.EQ);
        }
    }

    /**
     * @param text     the composed target
     * @param conflict the comparison written in the value when it contradicts the 指标性质, else null
     */
    record Composed(String text, String conflict) {
    }

    private static final Set<String> POSITIVE = Set.of("正向", "正向指标", "正指标", "越大越好", "越高越好", "定量正向");
    private static final Set<String> REVERSE = Set.of("反向", "反向指标", "逆向", "逆向指标", "负向", "负向指标",
            "越小越好", "越低越好", "定量反向");
    private static final Set<String> QUALITATIVE = Set.of("定性", "定性指标");
    private static final Set<String> NEUTRAL = Set.of("定量", "定量指标", "达到", "持平", "达标", "区间");
    /** Cells that stand for "no unit": a slash or dash left by the form, 无. */
    private static final Pattern NO_UNIT = Pattern.compile("[/／\\\\\\-－—–无]*");

    private TypedTarget() {
    }

    static Reading nature(String cell) {
        String t = cell == null ? "" : Texts.removeSpaces(cell).replace('（', '(').replace('）', ')');
        if (t.isEmpty() || NEUTRAL.contains(t)) {
            return new Reading(Nature.NONE, null);
        }
        if (POSITIVE.contains(t)) {
            return new Reading(Nature.POSITIVE, null);
        }
        if (REVERSE.contains(t)) {
            return new Reading(Nature.REVERSE, null);
        }
        if (QUALITATIVE.contains(t)) {
            return new Reading(Nature.QUALITATIVE, null);
        }
        Optional<Comparator> spelled = Comparator.spelled(t);
        return spelled.map(c -> new Reading(Nature.COMPARISON, c)).orElseGet(() -> new Reading(Nature.UNKNOWN, null));
    }

    /** The first of several 指标性质 cells (指标性质 and 指标方向性) that says something. */
    static Reading nature(List<String> cells) {
        Reading best = new Reading(Nature.NONE, null);
        for (String cell : cells) {
            Reading r = nature(cell);
            if (r.statesDirection() || r.nature() == Nature.QUALITATIVE) {
                return r;
            }
            if (best.nature() == Nature.NONE) {
                best = r;
            }
        }
        return best;
    }

    /**
     * @param value the 指标值 cell, may already hold its comparison or unit
     * @param unit  the 计量单位 cell, or null
     * @return null when there is no value
     */
    static Composed compose(Reading nature, String value, String unit) {
        String v = Texts.orNull(value);
        if (v == null) {
            return null;
        }
        v = v.strip();
        TargetValue read = IndicatorValueParser.parse(v);
        if (!read.isQuantitative() || nature.nature() == Nature.QUALITATIVE) {
            return new Composed(v, null);
        }
        String conflict = null;
        String symbol = nature.symbol();
        if (read.comparator() != null) {
            if (nature.statesDirection() && read.comparator() != Comparator.EQ
                    && read.comparator().isUpperLimit() != nature.upperLimit()) {
                conflict = read.comparator().symbol();
            }
            symbol = null;
        }
        String u = unit == null ? "" : Texts.removeSpaces(unit);
        boolean addUnit = !NO_UNIT.matcher(u).matches() && !Texts.removeSpaces(v).contains(u);
        return new Composed((symbol == null ? "" : symbol) + v + (addUnit ? u : ""), conflict);
    }

    /** Outcome of reading a 分值 / 权重 cell. */
    record Weight(String plain, boolean unreadable) {
    }

    /** {@code 10}, {@code 10分}, {@code 10%}, {@code 5.5}: the plain number; a dash or blank is no weight. */
    static Weight weight(String cell) {
        String t = cell == null ? "" : Texts.removeSpaces(cell);
        if (NO_UNIT.matcher(t).matches()) {
            return new Weight(null, false);
        }
        BigDecimal n = Numbers.parse(t.replaceFirst("(分|%|％)$", ""));
        return n == null || n.signum() < 0 ? new Weight(null, true) : new Weight(Numbers.plain(n), false);
    }
}
