package jixiao.evaluation;

import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds parsed targets and indicator rows the way the 指标值 parser and the entry form would. */
final class Fixtures {

    static final String REASON = "受疫情影响部分活动延期，下年度加强统筹";

    private Fixtures() {
    }

    static TargetValue target(String text, Comparator comparator, String value, String unit, Direction direction) {
        return new TargetValue(text, ValueKind.QUANTITATIVE, comparator, new BigDecimal(value), unit, direction,
                false, null);
    }

    static TargetValue qualitative(String text) {
        return new TargetValue(text, ValueKind.QUALITATIVE, null, null, null, null, false, null);
    }

    static IndicatorInput quantitative(String level1, String level2, String name, TargetValue target,
                                       String actual, String weight, String reason) {
        return new IndicatorInput(level1, level2, name, target, decimal(actual), null, null, decimal(weight), reason);
    }

    static IndicatorInput qualitativeRow(String level1, String level2, String name, String text, Grade grade,
                                         String score, String weight, String reason) {
        return new IndicatorInput(level1, level2, name, qualitative(text), null, grade, decimal(score),
                decimal(weight), reason);
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** One indicator's entries for PUT /api/projects/{id}/self-evaluation, for the row of the sheet JSON. */
    static Map<String, Object> entry(JsonNode row, String actual, String grade, String score, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("indicatorId", row.get("indicatorId").asLong());
        e.put("actual", actual);
        e.put("grade", grade);
        e.put("score", score);
        e.put("deviationReason", reason);
        return e;
    }

    /**
     * The body of PUT /api/projects/{id}/self-evaluation for a sheet (its JSON) with every indicator at its target:
     * a number its target's figure, a words target 达成 at full weight; the money as given.
     */
    static Map<String, Object> onTarget(JsonNode sheet, String initial, String fullYear, String executed, String reason) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode row : sheet.get("indicators")) {
            boolean quantitative = row.get("kind").asText().equals("QUANTITATIVE");
            entries.add(entry(row, quantitative ? row.get("target").asText().replaceAll("[^0-9.]", "") : null,
                    quantitative ? null : "ACHIEVED", quantitative ? null : row.get("weight").asText(), reason));
        }
        Map<String, Object> input = new LinkedHashMap<>();
        if (sheet.hasNonNull("version")) {
            input.put("version", sheet.get("version").asLong());
        }
        input.put("fiscalInitial", initial);
        input.put("fiscalFullYear", fullYear);
        input.put("fiscalExecuted", executed);
        input.put("achievement", "按计划完成");
        input.put("indicators", entries);
        return input;
    }
}
