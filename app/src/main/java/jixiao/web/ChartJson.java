package jixiao.web;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Puts a {@link Chart} on a page as JSON (see views/charts.html). */
@Singleton
public class ChartJson {

    private final JsonMapper json;

    ChartJson(JsonMapper json) {
        this.json = json;
    }

    public ChartView view(String id, Chart chart) {
        try {
            return new ChartView(id, chart, scriptSafe(json.writeValueAsString(chart)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON is written unescaped into a {@code <script>} element, where the HTML parser looks for
     * {@code </script>} and entities are not decoded: a project named "</script><script>…" must not close it.
     * {@code <}, {@code >} and {@code &} only occur inside JSON strings, where the escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
