package jixiao.web;

/**
 * A chart as a template places it (views/charts.html): the container's id, and the chart as JSON safe to put
 * inside a {@code <script>} element.
 *
 * @param id   the container's id and {@code data-chart}, for the browser tests; the data block is {@code id + "-data"}
 * @param json the {@link Chart} as JSON
 */
public record ChartView(String id, Chart chart, String json) {
}
