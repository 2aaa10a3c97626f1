package jixiao.indicatorvalue;

import java.util.List;
import java.util.Set;

/**
 * Which "at least" targets state a level held all year and which a count that accumulates over the year
 * (README, "How an indicator is judged"). A count of events (场, 次, 件, 人次) accumulates: by 6月底 half of
 * {@code ≥55场} should be done. A rate ({@code ≥95%}, or a per-unit rate such as {@code 每天 1 人} = 1 人/天)
 * is held unless {@code ratesAccumulate}. A headcount or caseload ({@code 24 人} 司法协理员, {@code ≥6人} 社工,
 * {@code ≥800人} 社区矫正对象) is held when its unit is a stock unit, unless the indicator's name says the
 * people are counted as they come ({@code 培训500人}). Limits are always held: a limit is never prorated.
 *
 * @param ratesAccumulate   whether rates grow with the year like counts (some provinces prorate them)
 * @param stockUnits        units of a number of people or things kept all year
 * @param accumulatingWords words in an indicator's name that make a stock unit a running count
 */
public record HeldTargets(boolean ratesAccumulate, Set<String> stockUnits, List<String> accumulatingWords) {

    /** A per-unit rate is written with a slash by the indicator-value parser: 人/天, 万元/人. */
    private static final String PER = "/";
    private static final String PERCENT = "%";

    public HeldTargets {
        stockUnits = Set.copyOf(stockUnits);
        accumulatingWords = List.copyOf(accumulatingWords);
    }

    /** 人 and 名 held; 培训, 新增, 累计, 接待, 办理, 受援 in the name make them running counts. */
    public static HeldTargets national() {
        return NATIONAL;
    }

    /** One instance (a record of immutable copies): the year-end score asks for it for every indicator. */
    private static final HeldTargets NATIONAL = new HeldTargets(false, Set.of("人", "名"),
            List.of("培训", "新增", "累计", "接待", "办理", "受援"));

    /** Whether an "at least" target is a level held all year rather than a count reached bit by bit. */
    public boolean held(String indicatorName, TargetValue target) {
        String unit = target.unit();
        if (unit == null) {
            return false;
        }
        if (isRate(unit)) {
            return !ratesAccumulate;
        }
        if (!stockUnits.contains(unit)) {
            return false;
        }
        for (String word : accumulatingWords) {
            if (indicatorName != null && indicatorName.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRate(String unit) {
        return PERCENT.equals(unit) || unit.contains(PER);
    }
}
