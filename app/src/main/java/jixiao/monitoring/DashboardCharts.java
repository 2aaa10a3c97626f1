package jixiao.monitoring;

import jixiao.common.Messages;
import jixiao.monitoring.DashboardQueries.UnitRow;
import jixiao.web.Chart;
import jixiao.web.ChartJson;
import jixiao.web.ChartView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's charts, drawn from the very rows its tables show: the lights and execution rates from the
 * units table, the alerts from the runs table, so a chart can never disagree with its table.
 */
public record DashboardCharts(ChartView lights, ChartView execution, ChartView alerts) {

    /**
     * @param lights the lights in the order of the table's columns
     * @param runs   the runs table's rows, latest first
     */
    static DashboardCharts of(ChartJson json, List<UnitRow> units, List<Light> lights, List<RunView> runs) {
        List<String> unitNames = units.stream().map(UnitRow::unitName).toList();
        List<Chart.Series> byLight = new ArrayList<>();
        for (Light light : lights) {
            byLight.add(Chart.Series.lightBar(light.label(), light.name(),
                    units.stream().map(u -> BigDecimal.valueOf(u.lights().count(light))).toList()));
        }
        Chart lightChart = Chart.of(Messages.text("chart.dashboard.lights"), null, unitNames, byLight).stackedBars();

        Chart executionChart = Chart.of(Messages.text("chart.dashboard.execution"), "%", unitNames, List.of(
                Chart.Series.bar(Messages.text("chart.dashboard.executed"), "accent", numbers(units, UnitRow::executedPercent)),
                Chart.Series.bar(Messages.text("chart.dashboard.planned"), "muted", numbers(units, UnitRow::plannedPercent))));

        List<RunView> oldestFirst = new ArrayList<>(runs);
        Collections.reverse(oldestFirst);
        Chart alertChart = Chart.of(Messages.text("chart.dashboard.alerts"), null,
                oldestFirst.stream().map(r -> Messages.text("chart.dashboard.run", String.valueOf(r.id()), r.asOf().toString())).toList(),
                List.of(Chart.Series.bar(Messages.text("monitoring.run.opened"), "red",
                                oldestFirst.stream().map(r -> BigDecimal.valueOf(r.alertsOpened())).toList()),
                        Chart.Series.bar(Messages.text("monitoring.run.closed"), "green",
                                oldestFirst.stream().map(r -> BigDecimal.valueOf(r.alertsClosed())).toList())));
        return new DashboardCharts(json.view("chart-dashboard-lights", lightChart),
                json.view("chart-dashboard-execution", executionChart),
                json.view("chart-dashboard-alerts", alertChart));
    }

    /** The table's figure as a number; null where the table's cell is empty. */
    private static List<BigDecimal> numbers(List<UnitRow> units, Function<UnitRow, String> figure) {
        return units.stream().map(figure).map(s -> s == null || s.isEmpty() ? null : new BigDecimal(s)).toList();
    }
}
