package jixiao.reporting;

import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.Grade;
import jixiao.monitoring.Likelihood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a refused save differs from the report as another person saved it: field by field, their
 * value and yours, in words a person reads (labels, not codes; numbers without trailing zeros).
 */
final class ReportDifferences {

    /** One field that differs; a blank value is the empty string. */
    record Difference(String field, String theirs, String yours) {
    }

    private ReportDifferences() {
    }

    static List<Difference> between(PeriodReportView theirs, PeriodReportInput yours) {
        List<Difference> out = new ArrayList<>();
        add(out, Messages.text("reporting.field.spentYuan"), number(theirs.spentYuan()), number(yours.spentYuan()));
        add(out, Messages.text("reporting.field.adjustedBudgetYuan"), number(theirs.adjustedBudgetYuan()), number(yours.adjustedBudgetYuan()));
        add(out, Messages.text("reporting.field.spendDecreaseReason"), text(theirs.spendDecreaseReason()), text(yours.spendDecreaseReason()));
        Map<Long, PeriodReportInput.IndicatorEntry> mine = new HashMap<>();
        for (PeriodReportInput.IndicatorEntry e : yours.entries()) {
            if (e != null && e.indicatorId() != null) {
                mine.putIfAbsent(e.indicatorId(), e);
            }
        }
        PeriodReportInput.IndicatorEntry none = new PeriodReportInput.IndicatorEntry(null, null, null, null, null, null, null, null);
        for (PeriodReportView.IndicatorProgressView i : theirs.indicators()) {
            PeriodReportInput.IndicatorEntry e = mine.getOrDefault(i.indicatorId(), none);
            String name = i.name();
            add(out, field(name, "reporting.field.currentValue"), number(i.currentValue()), number(e.currentValue()));
            add(out, field(name, "reporting.field.grade"), choice(i.grade(), Grade.class, Grade::label), choice(e.grade(), Grade.class, Grade::label));
            add(out, field(name, "reporting.field.expectedFullYear"), text(i.expectedFullYear()), text(e.expectedFullYear()));
            add(out, field(name, "reporting.field.likelihood"), choice(i.likelihood(), Likelihood.class, Likelihood::label),
                    choice(e.likelihood(), Likelihood.class, Likelihood::label));
            add(out, field(name, "reporting.field.deviationCauses"), causes(i.deviationCauses()), causes(e.deviationCauses()));
            add(out, field(name, "reporting.field.deviationNote"), text(i.deviationNote()), text(e.deviationNote()));
            add(out, field(name, "reporting.field.correctiveAction"), text(i.correctiveAction()), text(e.correctiveAction()));
        }
        return out;
    }

    /** "累计支出（元）：对方为“12000”，您填写的是“13000”；…", or that there is no difference. */
    static String describe(List<Difference> differences) {
        if (differences.isEmpty()) {
            return Messages.text("reporting.conflict.same");
        }
        List<String> parts = differences.stream()
                .map(d -> Messages.text("reporting.conflict.difference", d.field(), d.theirs(), d.yours())).toList();
        return String.join("；", parts);
    }

    private static void add(List<Difference> out, String field, String theirs, String yours) {
        if (!Objects.equals(theirs, yours)) {
            out.add(new Difference(field, theirs, yours));
        }
    }

    private static String field(String indicator, String labelKey) {
        return Messages.text("reporting.field.ofIndicator", indicator, Messages.text(labelKey));
    }

    private static String number(String s) {
        String t = text(s);
        BigDecimal n = t.isEmpty() ? null : Numbers.parse(t);
        return n == null ? t : Numbers.plain(n);
    }

    private static <E extends Enum<E>> String choice(String s, Class<E> type, Function<E, String> label) {
        String t = text(s);
        return Choices.parse(type, t, label).map(label).orElse(t);
    }

    private static String causes(List<String> codes) {
        if (codes == null) {
            return "";
        }
        return String.join("、", codes.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> DeviationCause.parse(c).map(DeviationCause::label).orElse(c.strip())).sorted().toList());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
