package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.web.Chart;
import jixiao.web.ChartJson;
import jixiao.web.ChartView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The self-evaluation summary's charts and the tables beside them, both from the summary's rows: how the
 * totals spread over score bands, and each unit's projects by grade.
 *
 * <p>The bands are the configured grade bands (优 ≥ 90 …) cut further at every ten points between the lowest
 * and the highest grade's minimum (with the national bands: &lt;60, 60–70, 70–80, 80–90, ≥90), so no band
 * straddles a grade. A project without a total (未评, 不计分) is in no band and counted per unit as 未计分.
 *
 * @param grades the grade labels, best first, then 未计分: the columns of {@code units}
 */
public record EvaluationCharts(List<ScoreBand> bands, List<String> grades, List<UnitGrades> units,
                               ChartView distribution, ChartView byUnit) {

    private static final BigDecimal TEN = BigDecimal.TEN;

    /** Totals in [from, below); {@code below} null for the top band. */
    public record ScoreBand(String label, BigDecimal from, @Nullable BigDecimal below, int projects) {
    }

    /** @param counts projects by grade, in the order of {@link EvaluationCharts#grades()} */
    public record UnitGrades(String unitCode, String unitName, List<Integer> counts) {
    }

    static EvaluationCharts of(ChartJson json, ScoringRulebook rulebook, List<EvaluationSummaryRow> rows) {
        List<BigDecimal> edges = edges(rulebook.gradeBands());
        List<ScoreBand> bands = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            BigDecimal from = edges.get(i);
            BigDecimal below = i + 1 < edges.size() ? edges.get(i + 1) : null;
            boolean first = i == 0;
            int count = (int) rows.stream().map(EvaluationSummaryRow::total)
                    .filter(t -> t != null && (first || t.compareTo(from) >= 0) && (below == null || t.compareTo(below) < 0))
                    .count();
            String label = below == null ? Messages.text("chart.evaluation.bandFrom", Numbers.plain(from))
                    : first && from.signum() == 0 ? Messages.text("chart.evaluation.bandBelow", Numbers.plain(below))
                    : Messages.text("chart.evaluation.band", Numbers.plain(from), Numbers.plain(below));
            bands.add(new ScoreBand(label, from, below, count));
        }

        List<String> gradeLabels = new ArrayList<>(rulebook.gradeBands().stream()
                .map(b -> Messages.text(b.labelKey())).toList());
        int unscored = gradeLabels.size();
        gradeLabels.add(Messages.text("chart.evaluation.unscored"));
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (EvaluationSummaryRow r : rows) {
            int[] c = counts.computeIfAbsent(r.unitCode(), k -> new int[gradeLabels.size()]);
            names.put(r.unitCode(), r.unitName());
            int column = r.grade() == null ? unscored : gradeLabels.indexOf(r.grade());
            c[column < 0 ? unscored : column]++;
        }
        List<UnitGrades> units = counts.entrySet().stream()
                .map(e -> new UnitGrades(e.getKey(), names.get(e.getKey()),
                        Arrays.stream(e.getValue()).boxed().toList()))
                .toList();

        Chart distribution = Chart.of(Messages.text("chart.evaluation.distribution"), null,
                bands.stream().map(ScoreBand::label).toList(),
                List.of(Chart.Series.bar(Messages.text("chart.evaluation.projects"), "accent",
                        bands.stream().map(b -> BigDecimal.valueOf(b.projects())).toList())));
        List<Chart.Series> byGrade = new ArrayList<>();
        for (int g = 0; g < gradeLabels.size(); g++) {
            int column = g;
            byGrade.add(new Chart.Series(gradeLabels.get(g), "bar", null, null,
                    units.stream().map(u -> BigDecimal.valueOf(u.counts().get(column))).toList(), null));
        }
        Chart byUnit = Chart.of(Messages.text("chart.evaluation.byUnit"), null,
                units.stream().map(UnitGrades::unitName).toList(), byGrade).stackedBars();
        return new EvaluationCharts(bands, List.copyOf(gradeLabels), units,
                json.view("chart-evaluation-distribution", distribution), json.view("chart-evaluation-units", byUnit));
    }

    /** The grades' minimums, plus every ten points between the lowest positive one and the highest. */
    static List<BigDecimal> edges(List<ScoringRulebook.GradeBand> grades) {
        TreeSet<BigDecimal> edges = new TreeSet<>();
        grades.forEach(g -> edges.add(Numbers.normalized(g.minTotal())));
        BigDecimal lowest = edges.stream().filter(e -> e.signum() > 0).findFirst().orElse(null);
        if (lowest != null) {
            BigDecimal highest = edges.last();
            for (BigDecimal e = lowest.add(TEN); e.compareTo(highest) < 0; e = e.add(TEN)) {
                edges.add(Numbers.normalized(e));
            }
        }
        return List.copyOf(edges);
    }
}
