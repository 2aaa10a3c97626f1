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
}
