package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import jixiao.testing.Http;
import jixiao.testing.Json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Period report JSON bodies and calls for tests. */
public final class Reports {

    private Reports() {
    }

    public static String path(long projectId, String period) {
        return "/api/projects/" + projectId + "/reports/" + period;
    }

    public static JsonNode get(Http http, long projectId, String period) {
        Http.Response r = http.get(path(projectId, period));
        if (r.status() != 200) {
            throw new AssertionError("report not read: " + r.status() + " " + r.body());
        }
        return Json.parse(r.body());
    }

    public static Map<String, Object> body(Object version, String spentYuan, List<Map<String, Object>> indicators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("spentYuan", spentYuan);
        m.put("adjustedBudgetYuan", null);
        m.put("spendDecreaseReason", null);
        m.put("indicators", indicators);
        return m;
    }

    public static Map<String, Object> entry(long indicatorId, String currentValue, String grade, String expected, String likelihood,
                                     String... causes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicatorId", indicatorId);
        m.put("currentValue", currentValue);
        m.put("grade", grade);
        m.put("expectedFullYear", expected);
        m.put("likelihood", likelihood);
        m.put("deviationCauses", Arrays.asList(causes));
        m.put("deviationNote", null);
        m.put("correctiveAction", null);
        return m;
    }

    /** A complete, valid entry for every indicator of the report: 3 for numbers, 达成 for qualitative ones. */
    public static List<Map<String, Object>> complete(JsonNode report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode i : report.get("indicators")) {
            boolean quantitative = i.get("kind").asText().equals("QUANTITATIVE");
            out.add(entry(i.get("indicatorId").asLong(), quantitative ? "3" : null, quantitative ? null : "ACHIEVED",
                    quantitative ? "6" : "达成", "CERTAIN"));
        }
        return out;
    }

    public static long indicatorId(JsonNode report, String name) {
        for (JsonNode i : report.get("indicators")) {
            if (i.get("name").asText().equals(name)) {
                return i.get("indicatorId").asLong();
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    public static Long version(JsonNode report) {
        return report.get("version").isNull() ? null : report.get("version").asLong();
    }

    /** The messages of a refusal, "field: message" each. */
    public static List<String> problems(Http.Response r) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : Json.parse(r.body()).get("problems")) {
            out.add(p.get("field").asText() + ": " + p.get("message").asText());
        }
        return out;
    }
}
