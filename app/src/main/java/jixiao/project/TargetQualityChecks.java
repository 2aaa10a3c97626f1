package jixiao.project;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.IndicatorSemantics;
import jixiao.indicatorvalue.TargetValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of a target table's quality that warn without refusing: the table may be what was
 * published, and a person decides. Run on every import preview and every stored project.
 */
public final class TargetQualityChecks {

    /** A time expression that makes a 时效指标 judgeable: a date, a period, "before", "within". */
    private static final Pattern TIME_WORDS = Pattern.compile("[年月日天季周旬时]|前|内|以内|当期|当日|当月|当年");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetQualityChecks() {
    }

    public record Line(String level1, String level2, String name, TargetValue target) {
    }

    /**
     * @param budget      预算数 as published, null if unknown
     * @param fiscalFunds 财政资金, null if not stated
     * @param otherFunds  其他资金, null if blank
     */
    public static List<String> check(BigDecimal budget, BigDecimal fiscalFunds, BigDecimal otherFunds, List<Line> lines) {
        List<String> warnings = new ArrayList<>();
        if (budget != null && fiscalFunds != null) {
            BigDecimal other = otherFunds == null ? BigDecimal.ZERO : otherFunds;
            if (fiscalFunds.add(other).compareTo(budget) != 0) {
                warnings.add(Messages.text("quality.fundsDoNotAddUp", Numbers.plain(fiscalFunds), Numbers.plain(other), Numbers.plain(budget)));
            }
        }
        Set<String> level1s = new LinkedHashSet<>();
        lines.forEach(l -> level1s.add(l.level1()));
        if (!lines.isEmpty()) {
            for (String required : List.of(IndicatorLevels.OUTPUT, IndicatorLevels.EFFECT, IndicatorLevels.SATISFACTION)) {
                if (!level1s.contains(required)) {
                    warnings.add(Messages.text("quality.level1Missing", required));
                }
            }
        } else {
            warnings.add(Messages.text("quality.noIndicators"));
        }
        for (Line l : lines) {
            TargetValue t = l.target();
            if (IndicatorLevels.isCost(l.level1(), l.level2()) && IndicatorSemantics.wholeTarget(t).isTarget()) {
                warnings.add(Messages.text("quality.costWithLowerBound", l.name(), t.text()));
            }
            if (IndicatorLevels.isCost(l.level1(), l.level2()) && isDoubtfulCostUnit(t.unit())) {
                warnings.add(Messages.text("quality.costUnitNotMoney", l.name(), t.text(), t.unit()));
            }
            if (t.isQuantitative() && "%".equals(t.unit()) && t.value() != null && t.value().compareTo(HUNDRED) > 0) {
                warnings.add(Messages.text("quality.percentAbove100", l.name(), t.text()));
            }
            if (t.isQuantitative() && (t.unit() == null || t.unit().isBlank())) {
                warnings.add(Messages.text("quality.noUnit", l.name(), t.text()));
            }
            if (!t.isQuantitative() && sameAsName(l, t)) {
                warnings.add(Messages.text("quality.qualitativeRepeatsName", l.name(), t.text()));
            } else if (!t.isQuantitative() && "时效指标".equals(l.level2()) && !TIME_WORDS.matcher(t.text()).find()) {
                warnings.add(Messages.text("quality.timelinessVague", l.name(), t.text()));
            }
            if (t.needsReview()) {
                warnings.add(Messages.text("quality.needsReview", l.name(), t.text(), t.note() == null ? "" : t.note()));
            }
        }
        return warnings;
    }

    static List<String> check(ProjectDetails p) {
        return check(new BigDecimal(p.budgetYuan()), new BigDecimal(p.fiscalFundsYuan()), new BigDecimal(p.otherFundsYuan()),
                p.indicators().stream().map(i -> new Line(i.level1(), i.level2(), i.name(), i.targetValue())).toList());
    }

    private static boolean sameAsName(Line l, TargetValue t) {
        String text = t.text() == null ? "" : t.text().replaceAll("\\s+", "");
        return !text.isEmpty() && text.equals(l.name().replaceAll("\\s+", ""));
    }

    /**
     * Under a cost indicator a rate unit {@code X/Y} states a unit cost, money per Y. If X is not money the money
     * unit was lost and the number's meaning is in doubt ({@code ≤4000人/次}, where 元/人次 was surely meant): a
     * doubt about the published table, read exactly as written, so a warning and not a reading to confirm. A
     * plain non-money unit under a cost is not doubtful: 社会成本 and 生态成本 may be counted in people, days or
     * percent; outside a cost indicator rate units are ordinary ({@code 人/天}, {@code 期/月}).
     */
    static boolean isDoubtfulCostUnit(String unit) {
        if (unit == null || unit.indexOf('/') < 0) {
            return false;
        }
        String amount = unit.substring(0, unit.indexOf('/'));
        return !(amount.contains("元") || amount.matches("[千万亿]+"));
    }
}
