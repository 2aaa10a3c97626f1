package jixiao.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Messages;

import java.math.BigDecimal;
import java.util.List;

/**
 * What static/charts.js draws, as the page sends it in a {@code <script type="application/json">} block: the
 * numbers of the table beside the chart, with labels from the message bundle. The JavaScript knows no labels
 * and no colours of its own: a series coloured as a light names the light, and the colour is read from the
 * page's stylesheet ({@code .light.RED}).
 *
 * @param title          the chart's title
 * @param unit           what the values are in ("%", "个"), shown on the value axis; null for plain counts
 * @param categories     the x axis: periods, units, indicators, runs
 * @param series         the lines and bars, each with one value per category (null where there is none)
 * @param stacked        whether the bars are stacked (lights per unit)
 * @param reference      a value drawn as a line across the chart (100% of the expected progress); null for none
 * @param referenceLabel the reference line's label
 * @param emptyText      shown instead of the chart when there is nothing to draw ("暂无数据"): no category, or
 *                       not one value other than 0 (charts.js decides)
 */
@Serdeable
public record Chart(String title, @Nullable String unit, List<String> categories, List<Series> series, boolean stacked,
                    @Nullable BigDecimal reference, @Nullable String referenceLabel, String emptyText) {

    /**
     * @param type        "line" or "bar"
     * @param light       a light (RED…) whose colour the whole series takes; null otherwise
     * @param tone        a colour of the stylesheet (a custom property of :root without its dashes, e.g.
     *                    "accent", "muted") for a series that is no light; null for the chart library's own
     * @param pointLights per value the light whose colour its bar takes; null when the series has one colour
     */
    @Serdeable
    public record Series(String name, String type, @Nullable String light, @Nullable String tone, List<BigDecimal> values,
                         @Nullable List<String> pointLights) {

        public static Series line(String name, String tone, List<BigDecimal> values) {
            return new Series(name, "line", null, tone, values, null);
        }

        public static Series bar(String name, String tone, List<BigDecimal> values) {
            return new Series(name, "bar", null, tone, values, null);
        }

        public static Series lightBar(String name, String light, List<BigDecimal> values) {
            return new Series(name, "bar", light, null, values, null);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    public static Chart of(String title, @Nullable String unit, List<String> categories, List<Series> series) {
        return new Chart(title, unit, categories, series, false, null, null, Messages.text("chart.empty"));
    }

    public Chart stackedBars() {
        return new Chart(title, unit, categories, series, true, reference, referenceLabel, emptyText);
    }

    public Chart withReference(BigDecimal value, String label) {
        return new Chart(title, unit, categories, series, stacked, value, label, emptyText);
    }
}
