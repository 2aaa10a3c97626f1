package jixiao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A page with charts (views/charts.html) as a test reads it: a chart's data as the page sends it to
 * static/charts.js, and the table its container names in {@code data-table}.
 */
public final class ChartPage {

    private final Document html;

    public ChartPage(String body) {
        this.html = Jsoup.parse(body);
    }

    public Document html() {
        return html;
    }

    /** The chart's JSON ({@code jixiao.web.Chart}); fails when its container or its data is missing. */
    public JsonNode chart(String id) {
        Element container = html.getElementById(id);
        if (container == null || !id.equals(container.attr("data-chart"))) {
            throw new AssertionError("no chart container " + id);
        }
        Element data = html.getElementById(id + "-data");
        if (data == null || !"application/json".equals(data.attr("type"))) {
            throw new AssertionError("no data block for chart " + id);
        }
        return Json.parse(data.data());
    }

    /** The id of the table the chart's container names. */
    public String tableOf(String chartId) {
        return html.getElementById(chartId).attr("data-table");
    }

    /** The body rows of a table, their cells' texts. */
    public List<List<String>> rows(String tableId) {
        Element table = html.getElementById(tableId);
        if (table == null) {
            throw new AssertionError("no table " + tableId);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody > tr")) {
            rows.add(tr.select("td").stream().map(Element::text).toList());
        }
        return rows;
    }

    /** The body rows' elements, for their data- attributes. */
    public List<Element> rowElements(String tableId) {
        return html.getElementById(tableId).select("tbody > tr");
    }

    /** A series' values as plain numbers ("31", "97.89"; "" for null), for comparing with table cells. */
    public static List<String> values(JsonNode chart, int series) {
        List<String> values = new ArrayList<>();
        chart.get("series").get(series).get("values").forEach(v -> values.add(v.isNull() ? "" : plain(v.decimalValue())));
        return values;
    }

    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    /**
     * A table cell's number the same way ("1,170,000.00 元" → "1170000", "31.00" → "31", "3次" → "3"); "" for
     * an empty cell.
     */
    public static String number(String cell) {
        String digits = cell.replace(",", "").replaceAll("[^0-9.\\-].*$", "").strip();
        return digits.isEmpty() ? "" : plain(new BigDecimal(digits));
    }

    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
