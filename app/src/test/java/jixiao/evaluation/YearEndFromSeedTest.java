package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static jixiao.evaluation.SelfEvaluationApiTest.cells;
import static jixiao.evaluation.SelfEvaluationApiTest.rowOf;
import static jixiao.evaluation.SelfEvaluationApiTest.text;
import static jixiao.evaluation.SelfEvaluationApiTest.two;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year of one seed project through every feature, over HTTP: the published table imported, its
 * four period reports filled, submitted and approved, the self-evaluation pre-filled from them,
 * completed, submitted and approved, and the xlsx opened with POI showing the page's numbers.
 */
@MicronautTest
class YearEndFromSeedTest {

    private static final int YEAR = 2060;

    @Inject
    EmbeddedServer server;

    @Test
    void aSeedProjectFromImportToApprovedSelfEvaluation() throws IOException {
        World world = new World(server.getURL().toString());
        String unit = world.unit("乐亭县司法局本级");
        String clerkName = world.user("BUREAU", List.of(unit));
        Http clerk = world.script(clerkName);
        Http finance = world.script(world.user("FINANCE", List.of()));

        String seed = seed("leting-2024.txt").replace("315001乐亭县司法局本级", unit + "乐亭县司法局本级");
        Http.Response imported = clerk.postText("/api/imports/target-tables?year=" + YEAR + "&dryRun=false", seed);
        assertEquals(200, imported.status(), imported.body());
        long id = 0;
        for (JsonNode p : Json.parse(imported.body()).get("projects")) {
            if (p.get("code").asText().equals("13022524P000R2410017A")) {
                id = p.get("id").asLong();
            }
        }
        assertTrue(id > 0, "提前下达基层公检法司转移支付配套资金 was imported");

        // 5.00 万元; indicators: ≥55场, 及时完成, 控制在预算内, 明显提升, ≥95%.
        report(clerk, finance, id, "03", "12500", "12", "PARTIAL");
        report(clerk, finance, id, "06", "25000", "28", "PARTIAL");
        report(clerk, finance, id, "10", "37500", "41", "PARTIAL");
        report(clerk, finance, id, "12", "45000", "58", "ACHIEVED");

        String path = "/api/projects/" + id + "/self-evaluation";
        JsonNode prefilled = Json.parse(clerk.get(path).body());
        assertEquals("45000.00", two(prefilled.get("money").get(0).get("executedYuan")), "全年执行数 from the 12月底 report");
        JsonNode rows = prefilled.get("indicators");
        assertEquals("58", rows.get(0).get("actual").asText(), "the 12月底 count is pre-filled");
        assertEquals("ACHIEVED", rows.get(1).get("grade").asText(), "the 12月底 grade is suggested");

        // Confirm the figures, give the qualitative scores; the 满意度 (96%) and 场次 (58 ≥ 55) are full marks.
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(rows.get(0).get("indicatorId").asLong(), "58", null, null, null));
        entries.add(entry(rows.get(1).get("indicatorId").asLong(), null, "达成", "16.67", null));
        entries.add(entry(rows.get(2).get("indicatorId").asLong(), null, "达成", "16.66", null));
        entries.add(entry(rows.get(3).get("indicatorId").asLong(), null, "达成", "27", "社会效益尚需长期观察，下年度开展群众回访"));
        entries.add(entry(rows.get(4).get("indicatorId").asLong(), "96", null, null, null));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("version", null);
        input.put("achievement", "全年开展普法宣传58场，人民调解工作按时完成");
        input.put("indicators", entries);
        Http.Response saved = clerk.putJson(path, Json.write(input));
        assertEquals(200, saved.status(), saved.body());
        Http.Response submitted = clerk.postJson(path + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted.body());
        Http.Response approved = finance.postJson(path + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());

        // 45000 ÷ 50000 = 90% → 9.00; 16.67 + 16.67 + 16.66 + 27 + 10 = 87.00 → total 96.00, 优
        JsonNode sheet = Json.parse(clerk.get(path).body());
        assertEquals("APPROVED", sheet.get("status").asText());
        assertEquals("9.00", two(sheet.get("executionScore")));
        assertEquals("96.00", two(sheet.get("total")));
        assertEquals("优", sheet.get("grade").asText());

        // The approved score stands: the targets it was given against can no longer change.
        JsonNode project = Json.parse(clerk.get("/api/projects/" + id).body());
        String edited = project.toString().replace("≥55场", "≥40场");
        Http.Response locked = clerk.putJson("/api/projects/" + id, edited);
        assertEquals(403, locked.status(), locked.body());
        assertTrue(locked.body().contains("绩效自评已提交或已审核"), locked.body());

        Map<String, String> page = cells(world.browser(clerkName).get("/projects/" + id + "/evaluation").body());
        assertEquals("96.00", page.get("total"));
        assertEquals("优", page.get("grade"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(clerk.getBytes(path + ".xlsx")))) {
            Sheet form = book.getSheetAt(0);
            int moneyTotal = rowOf(form, "年度资金总额");
            assertEquals(page.get("money-0-executed"), text(form, moneyTotal, 4));
            assertEquals(page.get("money-0-rate"), text(form, moneyTotal, 6));
            assertEquals(page.get("money-0-score"), text(form, moneyTotal, 7));
            int first = rowOf(form, "普法宣传场次");
            for (int i = 0; i < 5; i++) {
                assertEquals(page.get("indicator-" + i + "-score"), text(form, first + i, 6), "indicator " + i);
            }
            int total = rowOf(form, "总分");
            assertEquals("96.00", text(form, total, 6));
            assertEquals("优", text(form, total + 1, 5));
        }
    }

    /** Fills, submits and (finance) approves one period report. */
    private static void report(Http clerk, Http finance, long id, String month, String spent, String count, String qualitative) {
        String path = "/api/projects/" + id + "/reports/" + YEAR + "-" + month;
        JsonNode blank = Json.parse(clerk.get(path).body());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : blank.get("indicators")) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicatorId", i.get("indicatorId").asLong());
            boolean quantitative = i.get("kind").asText().equals("QUANTITATIVE");
            boolean isCount = quantitative && i.get("targetUnit").asText().equals("场");
            e.put("currentValue", quantitative ? (isCount ? count : "96") : null);
            e.put("grade", quantitative ? null : qualitative);
            e.put("expectedFullYear", quantitative ? (isCount ? "58" : "96%") : "达成");
            e.put("likelihood", "CERTAIN");
            indicators.add(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", null);
        body.put("spentYuan", spent);
        body.put("indicators", indicators);
        Http.Response saved = clerk.putJson(path, Json.write(body));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, clerk.postJson(path + "/submit", "{}").status(), "submit " + month);
        Http.Response approved = finance.postJson(path + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
    }

    private static Map<String, Object> entry(long indicatorId, String actual, String grade, String score, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("indicatorId", indicatorId);
        e.put("actual", actual);
        e.put("grade", grade);
        e.put("score", score);
        e.put("deviationReason", reason);
        return e;
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = YearEndFromSeedTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
